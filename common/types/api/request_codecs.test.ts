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
});
