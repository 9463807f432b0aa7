import { byIdAscending, preservedOrder, referencesFirst } from './sort_objects';

const o = (type: string, id: string, refs: Array<[string, string]> = []) => ({
  type,
  id,
  references: refs.map(([t, i]) => ({ type: t, id: i, name: `${t}-${i}` })),
});
const keys = (list: Array<{ type: string; id: string }>) => list.map((x) => `${x.type}:${x.id}`);

describe('export order', () => {
  it('sorts by id as plain strings, the type breaking ties', () => {
    const list = [o('b', 'delta'), o('a', 'alpha'), o('b', 'Beta'), o('b', 'alpha')].sort(byIdAscending);
    expect(keys(list)).toEqual(['b:Beta', 'a:alpha', 'b:alpha', 'b:delta']);
  });

  it('keeps the order asked for, then the others by id', () => {
    const order = preservedOrder([o('x', 'c'), o('x', 'a'), o('x', 'c')]);
    const list = [o('y', 'b'), o('x', 'a'), o('y', 'a'), o('x', 'c')].sort(order);
    expect(keys(list)).toEqual(['x:c', 'x:a', 'y:a', 'y:b']);
  });

  it('moves references in the export before the objects pointing at them, depth first, once each', () => {
    const list = [o('t', '1', [['t', '3'], ['t', 'absent']]), o('t', '2', [['t', '3']]), o('t', '3', [['t', '4']]), o('t', '4')];
    expect(keys(referencesFirst(list))).toEqual(['t:4', 't:3', 't:1', 't:2']);
  });

  it('tolerates cycles and duplicates, and long chains', () => {
    const cycle = [o('t', 'a', [['t', 'b']]), o('t', 'b', [['t', 'a']]), o('t', 'a')];
    expect(keys(referencesFirst(cycle))).toEqual(['t:b', 't:a']);
    const chain = Array.from({ length: 50_000 }, (_, i) => o('t', String(i), i + 1 < 50_000 ? [['t', String(i + 1)]] : []));
    const sorted = referencesFirst(chain);
    expect(sorted[0].id).toBe('49999');
    expect(sorted[sorted.length - 1].id).toBe('0');
  });
});
