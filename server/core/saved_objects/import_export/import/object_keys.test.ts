/** The key index answers exactly, even when every key hashes alike (then the lines are read back). */
import { hashKey, ObjectKeyIndex } from './object_keys';

it('finds keys, tells duplicates, and grows', () => {
  const keys: Array<{ type: string; id: string }> = [];
  const index = new ObjectKeyIndex((entry) => keys[entry]);
  for (let i = 0; i < 5000; i++) {
    keys.push({ type: i % 2 ? 'a' : 'b', id: `id-${i}` });
    expect(index.addOrGet(keys[i].type, keys[i].id, i)).toBeUndefined();
  }
  expect(index.addOrGet('b', 'id-10', 9999)).toBe(10);
  expect(index.get('a', 'id-4999')).toBe(4999);
  expect(index.has('a', 'id-10')).toBe(false);
  expect(index.has('b', 'id-10')).toBe(true);
});

it('tells apart keys whose hashes collide by reading them back', () => {
  // Two ids of equal hash, found once by trying `k0`, `k1`, ... (the birthday bound).
  const pair: [string, string] = ['k332456', 'k1452380'];
  expect(hashKey('t', pair[0])).toBe(hashKey('t', pair[1]));
  const keys = pair.map((id) => ({ type: 't', id }));
  const reads: number[] = [];
  const index = new ObjectKeyIndex((entry) => {
    reads.push(entry);
    return keys[entry];
  });
  expect(index.addOrGet('t', pair[0], 0)).toBeUndefined();
  expect(index.addOrGet('t', pair[1], 1)).toBeUndefined();
  expect(reads).toEqual([0]);
  expect(index.get('t', pair[0])).toBe(0);
  expect(index.get('t', pair[1])).toBe(1);
  expect(index.addOrGet('t', pair[1], 2)).toBe(1);
});
