import * as t from 'io-ts';
import { decodeOrThrow, DecodeError, limitedArray, limitedString, strict, strictPartial, strictWithOptional } from './codec';

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
