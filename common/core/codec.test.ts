import * as t from 'io-ts';
import { decodeOrThrow, DecodeError, limitedArray, limitedString, previewValue, strict, strictPartial, strictWithOptional } from './codec';

const Assignee = strict({ uid: t.string });
const Body = strictWithOptional({ title: limitedString('title', { min: 1, max: 5 }) }, { assignees: limitedArray(Assignee, 'assignees', { max: 2 }) });

describe('strict decoding', () => {
  it('accepts declared keys, required and optional', () => {
    expect(decodeOrThrow(Body, { title: 'ok', assignees: [{ uid: 'u1' }] })).toEqual({ title: 'ok', assignees: [{ uid: 'u1' }] });
  });

  it('names an unknown top-level key as Kibana does', () => {
    expect(() => decodeOrThrow(Body, { title: 'ok', extra: 1 })).toThrow('invalid keys "extra"');
  });

  it('names where a nested unknown key sits, and reports the missing key beside it', () => {
    let message = '';
    try {
      decodeOrThrow(Body, { title: 'ok', assignees: [{ name: 'x' }] });
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
      message = (e as Error).message;
    }
    expect(message).toContain('invalid keys "name" in "assignees.0"');
    expect(message).toContain('"assignees.0.uid"');
  });

  it('states string and array limits with the field name', () => {
    expect(() => decodeOrThrow(Body, { title: 'toolong' })).toThrow('The length of the title is too long. The maximum length is 5.');
    expect(() => decodeOrThrow(Body, { title: ' ' })).toThrow('The length of the title is too short. The minimum length is 1.');
    expect(() => decodeOrThrow(Body, { title: 'ok', assignees: [{ uid: 'a' }, { uid: 'b' }, { uid: 'c' }] })).toThrow(
      'The length of the field assignees is too long. Array must be of length <= 2.',
    );
  });

  it('strictPartial rejects unknown keys too', () => {
    expect(() => decodeOrThrow(strictPartial({ a: t.string }), { b: 1 })).toThrow('invalid keys "b"');
  });
});

describe('bounded error messages', () => {
  const deep = (levels: number): unknown => {
    let v: unknown = 'x';
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };

  it('refuses a value nested 10,000 levels with a DecodeError, not a stack overflow', () => {
    // JSON.stringify of this value throws RangeError: Maximum call stack size exceeded.
    const Title = strict({ title: limitedString('title', { max: 5 }) });
    let error: unknown;
    try {
      decodeOrThrow(Title, { title: deep(10_000) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toBe('Invalid value [[[[...]]]] supplied to "title"');
  });

  it('cuts a long value and names its path', () => {
    const message = (() => {
      try {
        decodeOrThrow(strict({ n: t.number }), { n: 'y'.repeat(1_000_000) });
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toMatch(/^Invalid value "y+\.\.\. supplied to "n"$/);
    expect(message!.length).toBeLessThanOrEqual(130);
  });

  it('previews wide and deep values within a fixed size', () => {
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    expect(previewValue(wide).length).toBeLessThanOrEqual(100);
    expect(previewValue(wide).startsWith('{"k0":0,"k1":1')).toBe(true);
    expect(previewValue({ a: [1, { b: [2] }], s: 'x' })).toBe('{"a":[1,{"b":[...]}],"s":"x"}');
    expect(previewValue(Number.NaN)).toBe('null');
    expect(previewValue(undefined)).toBe('undefined');
    expect(previewValue(Object.create(null))).toBe('{}');
  });

  it('names at most 20 failures, so 100,000 unknown keys get a short answer', () => {
    const body = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    let message = '';
    try {
      decodeOrThrow(strictPartial({ a: t.string }), body);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('invalid keys')).toHaveLength(21);
    expect(message.endsWith(', and more')).toBe(true);
  });

  it('cuts a hostile key in an unknown-key message', () => {
    expect(() => decodeOrThrow(strictPartial({ a: t.string }), { ['k'.repeat(100_000)]: 1 })).toThrow(/^invalid keys "k+\.\.\.$/);
  });
});
