import { decodeOrThrow } from '../../core/codec';
import { CasesFindQueryRt, CasesDeleteQueryRt } from './case';
import { UserActionFindQueryRt } from './user_action';

describe('query codecs', () => {
  it('decodes numbers, one-or-many and JSON arrays from the query string', () => {
    expect(decodeOrThrow(CasesFindQueryRt, { page: '2', perPage: '10', tags: 'a', owner: ['cases', 'observability'] })).toEqual({
      page: 2,
      perPage: 10,
      tags: ['a'],
      owner: ['cases', 'observability'],
    });
    expect(decodeOrThrow(CasesDeleteQueryRt, { ids: '["a","b"]' })).toEqual({ ids: ['a', 'b'] });
    expect(decodeOrThrow(UserActionFindQueryRt, { types: 'action' })).toEqual({ types: ['action'] });
  });

  it('names what is wrong', () => {
    expect(() => decodeOrThrow(CasesFindQueryRt, { perPage: 'abc' })).toThrow('Invalid value "abc" supplied to "perPage",cannot parse to a number');
    expect(() => decodeOrThrow(CasesFindQueryRt, { page: '101', perPage: '100' })).toThrow(
      'The number of documents is too high. Paginating through more than 10000 documents is not possible.',
    );
    expect(() => decodeOrThrow(CasesFindQueryRt, { nope: '1' })).toThrow('invalid keys "nope"');
    expect(() => decodeOrThrow(CasesFindQueryRt, { status: 'done' })).toThrow('status');
    expect(() => decodeOrThrow(CasesDeleteQueryRt, { ids: [] })).toThrow('too short');
  });

  it('refuses a JSON array nested past the limit in a query value, without a stack overflow', () => {
    // 16,000 levels fit in Node's 16 KB of headers; JSON.stringify of them overflowed in the error message.
    const deep = `${'['.repeat(16_000)}"a"${']'.repeat(16_000)}`;
    expect(() => decodeOrThrow(CasesFindQueryRt, { tags: deep })).toThrow('The tags value is nested deeper than the limit of 64 levels.');
    const shallow = `${'['.repeat(64)}"a"${']'.repeat(64)}`;
    expect(() => decodeOrThrow(CasesFindQueryRt, { tags: shallow })).toThrow('Invalid value [[[[...]]]] supplied to "tags.0"');
  });
});
