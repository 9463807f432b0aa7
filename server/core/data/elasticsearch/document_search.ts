/**
 * Search and get-by-ids over the index of one space. The filter, search words and
 * aggregations go through the saved objects' translation with the family's mappings at the
 * index root. Every request tolerates a space without an index (`ignore_unavailable`,
 * `allow_no_indices`): an empty page, not a 404.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { aggregationsBody, parseAggregations, planAggregations, type AggregationPlan } from '../../saved_objects/elasticsearch/aggregations';
import { esCall } from '../../saved_objects/elasticsearch/es_errors';
import { esFieldFor } from '../../saved_objects/elasticsearch/field_paths';
import { filterToQuery } from '../../saved_objects/elasticsearch/filter_to_query';
import { searchQuery } from '../../saved_objects/elasticsearch/search_query';
import { MAX_RESULT_WINDOW, type SortClause } from '../../saved_objects/types';
import type { DocumentHit, DocumentIndexDefinition, DocumentSearchOptions, DocumentSearchResult } from '../types';
import { documentType } from './document_type';
import { nestedSource } from './document_source';

type Query = estypes.QueryDslQueryContainer;

export const DEFAULT_PER_PAGE = 20;

export const TOLERATE_MISSING_INDEX = { ignore_unavailable: true, allow_no_indices: true } as const;

export interface SearchTarget {
  client: Client;
  definition: DocumentIndexDefinition;
  index: string;
  logger?: Logger;
}

/**
 * `unmapped_type` keeps a sort from failing on an index that lacks the field (a foreign or
 * empty one). Ties go to the family's id field: `_id` cannot be sorted on in 8.x, and the id
 * field holds the same value.
 */
export function documentSort(definition: DocumentIndexDefinition, clauses: SortClause[] = []): estypes.SortCombinations[] {
  const type = documentType(definition);
  const sort: estypes.SortCombinations[] = clauses.map((clause) => {
    const target = esFieldFor(type, clause.field, 'sort');
    const options: estypes.FieldSort = { order: clause.order, unmapped_type: target.info.type as estypes.MappingFieldType };
    if (target.nestedPath) options.nested = { path: target.nestedPath };
    return { [target.field]: options };
  });
  if (!clauses.some((c) => c.field === definition.idField)) {
    sort.push({ [definition.idField]: { order: clauses[0]?.order ?? 'asc', unmapped_type: 'keyword' } });
  }
  return sort;
}

export function documentQuery(definition: DocumentIndexDefinition, options: Pick<DocumentSearchOptions, 'filter' | 'search' | 'searchFields'>): Query {
  const type = documentType(definition);
  const filter: Query[] = options.filter ? [filterToQuery(options.filter, { type, siblings: [] })] : [];
  const words = options.search ? searchQuery([type], options.search, options.searchFields, 'AND') : undefined;
  if (words) filter.push(words);
  return filter.length > 0 ? { bool: { filter } } : { match_all: {} };
}

function paging(options: DocumentSearchOptions): { page: number; perPage: number } {
  const page = options.page ?? 1;
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(page) || page < 1) throw new HttpError(400, `page must be a positive integer, got [${page}]`);
  if (!Number.isInteger(perPage) || perPage < 0) throw new HttpError(400, `perPage must be a non-negative integer, got [${perPage}]`);
  if (page * perPage > MAX_RESULT_WINDOW) {
    throw new HttpError(400, `page × perPage may not exceed ${MAX_RESULT_WINDOW}, got ${page} × ${perPage}`);
  }
  return { page, perPage };
}

export function searchRequest(
  target: SearchTarget,
  options: DocumentSearchOptions,
): { request: estypes.SearchRequest; plan?: AggregationPlan; page: number; perPage: number } {
  const { page, perPage } = paging(options);
  const plan = options.aggs ? planAggregations([documentType(target.definition)], options.aggs) : undefined;
  const request: estypes.SearchRequest = {
    index: target.index,
    ...TOLERATE_MISSING_INDEX,
    query: documentQuery(target.definition, options),
    sort: documentSort(target.definition, options.sort),
    from: (page - 1) * perPage,
    size: perPage,
    track_total_hits: true,
    ...(plan ? { aggs: aggregationsBody(plan) } : {}),
  };
  return { request, plan, page, perPage };
}

const toHit = (hit: estypes.SearchHit<unknown>, logger?: Logger): DocumentHit => ({
  _id: hit._id ?? '',
  _index: hit._index,
  _source: nestedSource(hit._source, hit._id ?? '', logger),
});

export async function searchDocuments(target: SearchTarget, options: DocumentSearchOptions): Promise<DocumentSearchResult> {
  const { request, plan, page, perPage } = searchRequest(target, options);
  const res = await esCall(() => target.client.search(request), undefined, target.logger);
  const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
  return {
    hits: res.hits.hits.map((hit) => toHit(hit, target.logger)),
    total,
    page,
    per_page: perPage,
    ...(plan ? { aggregations: parseAggregations(plan, res.aggregations as Record<string, unknown> | undefined) } : {}),
  };
}

/**
 * A search with an `ids` query rather than `_mget`: mget needs one concrete index, and a
 * Kibana alias spans several backing indices after a rollover.
 */
export async function getDocuments(target: SearchTarget, ids: string[]): Promise<Array<DocumentHit | undefined>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, DocumentHit>();
  for (let start = 0; start < unique.length; start += MAX_RESULT_WINDOW) {
    const chunk = unique.slice(start, start + MAX_RESULT_WINDOW);
    const res = await esCall(
      () => target.client.search({ index: target.index, ...TOLERATE_MISSING_INDEX, query: { ids: { values: chunk } }, size: chunk.length }),
      undefined,
      target.logger,
    );
    for (const hit of res.hits.hits) {
      if (hit._id !== undefined && !found.has(hit._id)) found.set(hit._id, toHit(hit, target.logger));
    }
  }
  return ids.map((id) => found.get(id));
}
