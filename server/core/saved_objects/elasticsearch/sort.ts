/**
 * Sort clauses. The order always ends with the id (in the direction of the first clause, as
 * the SQLite backend orders) and, across several types, the type: equal keys then keep one
 * order, pages never overlap, and search_after always has a unique last key.
 */
import type { estypes } from '@elastic/elasticsearch';
import { ROOT_FIELDS } from '../mapping_fields';
import type { FindOptions, SavedObjectsType, SortClause, SortOrder } from '../types';
import { esFieldForTypes, ownerByPrefix } from './field_paths';
import { multiTypeSort } from './multi_type_sort';

type Sort = estypes.SortCombinations;

function requestedClauses(options: Pick<FindOptions, 'sort' | 'sortField' | 'sortOrder'>): SortClause[] {
  if (options.sort && options.sort.length > 0) return options.sort;
  if (options.sortField) return [{ field: options.sortField, order: options.sortOrder ?? 'asc' }];
  return [];
}

const isBareAttribute = (types: SavedObjectsType[], field: string) =>
  types.length > 1 && !ownerByPrefix(types, field) && !ROOT_FIELDS[field.replace(/^attributes\./, '')];

function clauseToSort(types: SavedObjectsType[], clause: SortClause): { sort: Sort; field: string } {
  if (clause.field === '_score') return { sort: { _score: { order: clause.order } }, field: '_score' };
  if (isBareAttribute(types, clause.field)) return { sort: multiTypeSort(types, clause), field: clause.field };
  const target = esFieldForTypes(types, clause.field, 'sort');
  const options: estypes.FieldSort = { order: clause.order };
  if (target.nestedPath) options.nested = { path: target.nestedPath };
  return { sort: { [target.field]: options }, field: target.field };
}

export function buildSort(
  types: SavedObjectsType[],
  options: Pick<FindOptions, 'sort' | 'sortField' | 'sortOrder' | 'search'>,
): Sort[] {
  const requested = requestedClauses(options);
  const clauses = requested.map((c) => clauseToSort(types, c));
  // When searching, relevance orders whatever the explicit keys leave tied, as in Kibana.
  if (options.search?.trim() && !clauses.some((c) => c.field === '_score')) {
    clauses.push({ sort: { _score: { order: 'desc' } }, field: '_score' });
  }
  const tieOrder: SortOrder = requested[0]?.order ?? 'asc';
  const sorts = clauses.map((c) => c.sort);
  if (!clauses.some((c) => c.field === 'id')) sorts.push({ id: { order: tieOrder } });
  if (types.length > 1) sorts.push({ type: { order: tieOrder } });
  return sorts;
}
