import { f, type FilterNode } from '../types';
import { CASE_TYPE, COMMENT_TYPE } from './__fixtures__/mock_cluster';
import { filterToQuery } from './filter_to_query';

const scope = { type: CASE_TYPE, siblings: [] };
const q = (node: FilterNode) => filterToQuery(node, scope);

describe('filter AST to query DSL', () => {
  it('term on an attribute, under the type name', () => {
    expect(q(f.term('status', 'open'))).toEqual({ term: { 'cases.status': 'open' } });
  });

  it('term on a text field goes through its keyword multi-field', () => {
    expect(q(f.term('title', 'Phish'))).toEqual({ term: { 'cases.title.keyword': 'Phish' } });
  });

  it('accepts Kibana prefixes cases. and cases.attributes.', () => {
    expect(q(f.term('cases.status', 'open'))).toEqual({ term: { 'cases.status': 'open' } });
    expect(q(f.term('cases.attributes.status', 'open'))).toEqual({ term: { 'cases.status': 'open' } });
  });

  it('root fields stay at the root; id is the stored id keyword', () => {
    expect(q(f.term('id', 'abc'))).toEqual({ term: { id: 'abc' } });
    expect(q(f.range('created_at', { gte: '2024-01-01' }))).toEqual({ range: { created_at: { gte: '2024-01-01' } } });
    expect(q(f.term('originId', 'src'))).toEqual({ term: { originId: 'src' } });
    expect(q(f.exists('originId'))).toEqual({ exists: { field: 'originId' } });
  });

  it('terms, range with only the bounds given, exists, prefix', () => {
    expect(q(f.terms('status', ['open', 'closed']))).toEqual({ terms: { 'cases.status': ['open', 'closed'] } });
    expect(q(f.range('severity_rank', { gt: 1, lte: 3 }))).toEqual({ range: { 'cases.severity_rank': { gt: 1, lte: 3 } } });
    expect(q(f.exists('assignees.uid'))).toEqual({ exists: { field: 'cases.assignees.uid' } });
    expect(q(f.prefix('id', 'ab'))).toEqual({ prefix: { id: { value: 'ab' } } });
    expect(q(f.term('closed', false))).toEqual({ term: { 'cases.closed': false } });
  });

  it('exists works on a text field without a keyword multi-field', () => {
    expect(q(f.exists('description'))).toEqual({ exists: { field: 'cases.description' } });
  });

  it('and, or, not and their nesting', () => {
    const node = f.and(f.term('status', 'open'), f.or(f.term('severity_rank', 1), f.not(f.exists('closed'))));
    expect(q(node)).toEqual({
      bool: {
        filter: [
          { term: { 'cases.status': 'open' } },
          {
            bool: {
              should: [{ term: { 'cases.severity_rank': 1 } }, { bool: { must_not: [{ exists: { field: 'cases.closed' } }] } }],
              minimum_should_match: 1,
            },
          },
        ],
      },
    });
  });

  it('empty and matches everything, empty or nothing', () => {
    expect(q(f.and())).toEqual({ match_all: {} });
    expect(q(f.or())).toEqual({ match_none: {} });
  });

  it('fields inside a nested mapping are queried through a nested query', () => {
    expect(q(f.term('observables.value', '1.2.3.4'))).toEqual({
      nested: { path: 'cases.observables', query: { term: { 'cases.observables.value': '1.2.3.4' } } },
    });
  });

  it('a field prefixed with a sibling type of the same find matches nothing for this type', () => {
    const comments = { type: COMMENT_TYPE, siblings: [CASE_TYPE] };
    expect(filterToQuery(f.term('cases.severity_rank', 1), comments)).toEqual({ match_none: {} });
    expect(filterToQuery(f.term('status', 'open'), comments)).toEqual({ term: { 'cases-comments.status': 'open' } });
  });

  it('unknown and unusable fields are a 400 naming them', () => {
    expect(() => q(f.term('nope', 1))).toThrow(expect.objectContaining({ statusCode: 400, message: expect.stringContaining('[nope]') }));
    expect(() => q(f.term('description', 'x'))).toThrow(expect.objectContaining({ statusCode: 400 }));
  });
});
