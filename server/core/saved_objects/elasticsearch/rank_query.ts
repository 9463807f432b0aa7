/**
 * A find ranked by overlap (`rankBy`) on Elasticsearch: the find's own query in `filter`
 * (which never scores) and one `constant_score` term per value in `should`, with at least one
 * required, so a hit's `_score` is exactly how many of the values it holds. The sort puts
 * `_score` first, then the find's sort and the id tie-breaker, as the SQLite backend orders.
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import type { FindOptions, SavedObjectsType } from '../types';
import { esFieldForTypes } from './field_paths';
import { buildSearchRequest, type SearchRequestParts } from './find_request';

export function rankedSearchRequest(types: SavedObjectsType[], namespace: string, options: FindOptions, values: string[]): SearchRequestParts {
  const { rankBy, ...rest } = options;
  if (types.length !== 1) throw invalidQuery('rankBy ranks the objects of one type');
  const target = esFieldForTypes(types, rankBy!.field, 'filter');
  if (target.info.type !== 'keyword' || target.nestedPath) throw invalidQuery(`rankBy needs a keyword field, got [${rankBy!.field}]`);
  const base = buildSearchRequest(types, namespace, rest);
  const should: estypes.QueryDslQueryContainer[] = values.map((value) => ({
    constant_score: { filter: { term: { [target.field]: value } }, boost: 1 },
  }));
  return {
    ...base,
    query: { bool: { ...base.query.bool, should, minimum_should_match: 1 } },
    sort: [{ _score: { order: 'desc' } }, ...base.sort],
  };
}
