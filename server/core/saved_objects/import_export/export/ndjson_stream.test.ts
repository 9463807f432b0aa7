import { ndjsonStream, stableStringify } from './ndjson_stream';
import { readAll } from './__fixtures__/export_harness';

describe('stableStringify', () => {
  it('sorts keys at every level and leaves out what JSON leaves out', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x"y' }, u: undefined, f: () => 1, ten: '10', when: new Date(0) };
    expect(stableStringify(value)).toBe('{"a":{"c":"x\\"y","d":[3,{"y":null,"z":true}]},"b":1,"ten":"10","when":"1970-01-01T00:00:00.000Z"}');
    expect(JSON.parse(stableStringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('orders integer-like keys as strings, as Kibana’s stable stringify does', () => {
    expect(stableStringify({ 9: 'a', 10: 'b', x: [undefined, Number.NaN] })).toBe('{"10":"b","9":"a","x":[null,null]}');
  });
});

describe('ndjsonStream', () => {
  it('joins lines with \\n, none after the last, pulling chunks as it is read', async () => {
    let pulled = 0;
    async function* chunks() {
      pulled++;
      yield [{ b: 1, a: 2 }];
      pulled++;
      yield [];
      pulled++;
      yield [{ c: 3 }, { d: 4 }];
    }
    const stream = ndjsonStream(chunks());
    expect(pulled).toBe(0);
    expect(await readAll(stream)).toBe('{"a":2,"b":1}\n{"c":3}\n{"d":4}');
    expect(pulled).toBe(3);
  });

  it('ends the stream with the error a chunk throws', async () => {
    async function* chunks() {
      yield [{ a: 1 }];
      throw new Error('boom');
    }
    await expect(readAll(ndjsonStream(chunks()))).rejects.toThrow('boom');
  });
});
