/**
 * The search request shared by `find` and the point-in-time finder: which documents (types,
 * space, filter, references, search words), in what order, and which parts of `_source`.
 */
import type { estypes } from '@elastic/elasticsearch';
import { latestModelVersion } from '../model_versions';
import type { FinderOptions, HasReference, SavedObjectsType } from '../types';
import { type EsContext } from './context';
import { filterToQuery } from './filter_to_query';
import { searchQuery } from './search_query';
import { buildSort } from './sort';

type Query = estypes.QueryDslQueryContainer;

export interface SearchRequestParts {
  query: Query;
  sort: estypes.SortCombinations[];
  _source?: estypes.SearchSourceConfig;
}

/** Unregistered types match nothing, as in Kibana's repository (and the SQLite backend): no 400. */
export function resolveTypes(ctx: EsContext, type: string | string[]): SavedObjectsType[] {
  return [...new Set(Array.isArray(type) ? type : [type])].flatMap((name) => {
    const registered = ctx.registry.getType(name);
    return registered ? [registered] : [];
  });
}

/** One clause per type: its name, its space (agnostic types have none), its filter. */
function typeClause(type: SavedObjectsType, types: SavedObjectsType[], namespace: string, options: FinderOptions): Query {
  const filter: Query[] = [{ term: { type: type.name } }];
  if (type.namespaceType === 'single') filter.push({ term: { namespaces: namespace } });
  if (options.filter) {
    filter.push(filterToQuery(options.filter, { type, siblings: types.filter((t) => t !== type) }));
  }
  return { bool: { filter } };
}

const referenceClause = (type: string, idQuery: Query): Query => ({
  nested: { path: 'references', query: { bool: { filter: [{ term: { 'references.type': type } }, idQuery] } } },
});

/**
 * AND needs one nested clause per reference. OR groups the ids of each type into one `terms`
 * clause, so asking for the comments of a thousand cases stays far below the clause limit.
 */
export function referenceQuery(refs: HasReference[], operator: 'AND' | 'OR' = 'OR'): Query {
  if (operator === 'AND') {
    return { bool: { filter: refs.map((ref) => referenceClause(ref.type, { term: { 'references.id': ref.id } })) } };
  }
  const idsByType = new Map<string, string[]>();
  for (const ref of refs) idsByType.set(ref.type, [...(idsByType.get(ref.type) ?? []), ref.id]);
  const should = [...idsByType].map(([type, ids]) =>
    referenceClause(type, ids.length === 1 ? { term: { 'references.id': ids[0] } } : { terms: { 'references.id': ids } }),
  );
  return { bool: { should, minimum_should_match: 1 } };
}

/** Root keys always come back so every hit still parses into a saved object. */
const ROOT_SOURCE = [
  'id', 'type', 'namespace', 'namespaces', 'references', 'created_at', 'updated_at', 'created_by', 'updated_by', 'originId', 'model_version',
];

const attributeField = (field: string): string => field.replace(/^attributes\./, '');

function sourceIncludes(types: SavedObjectsType[], fields: string[]): string[] {
  return [...ROOT_SOURCE, ...types.flatMap((t) => fields.map((f) => `${t.name}.${attributeField(f)}`))];
}

/**
 * The `fields` to project after reading, or none when Elasticsearch can cut `_source`
 * itself. A type with migrations needs whole documents: a migration may read attributes the
 * caller did not ask for, so such hits are migrated first and projected here.
 */
export function fieldsToProject(types: SavedObjectsType[], fields: string[] | undefined): string[] | undefined {
  if (!fields || !types.some((t) => latestModelVersion(t) > 1)) return undefined;
  return fields.map(attributeField);
}

export function buildSearchRequest(
  types: SavedObjectsType[],
  namespace: string,
  options: FinderOptions,
): SearchRequestParts {
  const filter: Query[] = [
    { bool: { should: types.map((t) => typeClause(t, types, namespace, options)), minimum_should_match: 1 } },
  ];
  const refs = options.hasReference === undefined ? [] : [options.hasReference].flat();
  if (refs.length > 0) filter.push(referenceQuery(refs, options.hasReferenceOperator));
  const search = options.search ? searchQuery(types, options.search, options.searchFields, options.defaultSearchOperator) : undefined;
  const query: Query = { bool: { filter, ...(search ? { must: [search] } : {}) } };
  return {
    query,
    sort: buildSort(types, options),
    ...(options.fields && !fieldsToProject(types, options.fields)
      ? { _source: { includes: sourceIncludes(types, options.fields) } }
      : {}),
  };
}
