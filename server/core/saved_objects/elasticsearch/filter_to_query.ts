/**
 * The filter AST as query DSL for one type. A multi-type find runs this once per type, so a
 * bare `status` means each type's own `status`. A path prefixed with another type of the same
 * find (`cases.status` while translating comments) matches nothing for this type, as in KQL.
 */
import type { estypes } from '@elastic/elasticsearch';
import { isHttpError } from '../../errors';
import type { FieldUse } from '../mapping_fields';
import type { FilterNode, SavedObjectsType } from '../types';
import { esFieldFor, type EsField } from './field_paths';

type Query = estypes.QueryDslQueryContainer;

export interface FilterScope {
  type: SavedObjectsType;
  /** The other types of the same find. */
  siblings: SavedObjectsType[];
}

export const MATCH_NONE: Query = { match_none: {} };
export const MATCH_ALL: Query = { match_all: {} };

function leafField(scope: FilterScope, path: string, use: FieldUse): EsField | null {
  if (scope.siblings.some((t) => path.startsWith(`${t.name}.`)) && !path.startsWith(`${scope.type.name}.`)) {
    return null;
  }
  return esFieldFor(scope.type, path, use);
}

/** `exists` works on any indexed field, text included, so it falls back to the search lookup. */
function existsField(scope: FilterScope, path: string): EsField | null {
  try {
    return leafField(scope, path, 'filter');
  } catch (e) {
    if (!isHttpError(e) || e.statusCode !== 400) throw e;
    try {
      return leafField(scope, path, 'search');
    } catch {
      throw e;
    }
  }
}

function wrapNested(target: EsField, query: Query): Query {
  return target.nestedPath ? { nested: { path: target.nestedPath, query } } : query;
}

function rangeQuery(node: Extract<FilterNode, { op: 'range' }>, field: string): Query {
  const bounds: Record<string, string | number | boolean> = {};
  for (const key of ['gt', 'gte', 'lt', 'lte'] as const) {
    if (node[key] !== undefined) bounds[key] = node[key];
  }
  return { range: { [field]: bounds } };
}

function leafQuery(node: Exclude<FilterNode, { op: 'and' | 'or' | 'not' }>, scope: FilterScope): Query {
  const target = node.op === 'exists' ? existsField(scope, node.field) : leafField(scope, node.field, 'filter');
  if (!target) return MATCH_NONE;
  const { field } = target;
  switch (node.op) {
    case 'term':
      return wrapNested(target, { term: { [field]: node.value } });
    case 'terms':
      return wrapNested(target, { terms: { [field]: node.values } });
    case 'range':
      return wrapNested(target, rangeQuery(node, field));
    case 'exists':
      return wrapNested(target, { exists: { field } });
    case 'prefix':
      return wrapNested(target, { prefix: { [field]: { value: node.value } } });
  }
}

export function filterToQuery(node: FilterNode, scope: FilterScope): Query {
  switch (node.op) {
    case 'and':
      return node.nodes.length === 0 ? MATCH_ALL : { bool: { filter: node.nodes.map((n) => filterToQuery(n, scope)) } };
    case 'or':
      return node.nodes.length === 0
        ? MATCH_NONE
        : { bool: { should: node.nodes.map((n) => filterToQuery(n, scope)), minimum_should_match: 1 } };
    case 'not':
      return { bool: { must_not: [filterToQuery(node.node, scope)] } };
    default:
      return leafQuery(node, scope);
  }
}
