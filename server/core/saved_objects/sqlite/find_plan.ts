/**
 * Turns FindOptions into one SQL part per type (FROM and WHERE over alias `t`) and a total
 * order. Reads, counts, pages and aggregations are all built on the same parts, so they
 * can never disagree on what matches.
 */
import { invalidQuery } from '../errors';
import type { FindOptions, SortClause } from '../types';
import { facetRange, type FacetRange } from './facet_plan';
import { rangeCounter } from './facet_probes';
import { compileFilter } from './filter_sql';
import type { QueryScope } from './field_access';
import { loadMultiFields } from './multi_fields';
import { orderKeys, sortClauses, type OrderKey } from './order_keys';
import { hasReferenceCondition } from './reference_sql';
import { compileSearch } from './search_sql';
import type { SqliteContext } from './sqlite_context';
import { joinSql, sql, type SqlFragment } from './sql_text';
import { namespaceFor } from './type_schema';

export interface TypePart {
  scope: QueryScope;
  from: SqlFragment;
  where: SqlFragment;
  /** Relevance as Elasticsearch reports it (higher is better), or NULL. */
  score: string;
  /** Set when the facets table alone answers the filter: counts and facet aggregations read its range. */
  facets?: FacetRange;
  /** `where` for a page that walks the sort index and tests each row against a narrow range. */
  walkWhere?: SqlFragment;
}

/**
 * Matches past which a page walks the sort index rather than reading each match of a narrow
 * facet range. Reading a match costs a random page of the objects table (microseconds at a
 * million objects); walking tests index entries (a tenth of that) but may pass many that do
 * not match: with a thousand matches the first page is found within a few thousand entries.
 */
export const WALK_SORT_INDEX_FROM = 1_000;

export function walkingSortIndex(plan: FindPlan): FindPlan {
  return { ...plan, parts: plan.parts.map((part) => (part.walkWhere ? { ...part, where: part.walkWhere } : part)) };
}

export interface FindPlan {
  parts: TypePart[];
  keys: OrderKey[];
  relevance: boolean;
}

export type PlanOptions = Omit<FindOptions, 'page' | 'perPage' | 'aggs' | 'fields'>;

/**
 * Null when none of the types asked is registered: Kibana answers such a find with nothing.
 * `rows: false` plans a find that only counts and aggregates: it never ranks by relevance,
 * since ranking joins every match to its score for an order nobody reads.
 */
export function planFind(ctx: SqliteContext, options: PlanOptions, sortOverride?: SortClause[], rows = true): FindPlan | null {
  const typeNames = Array.isArray(options.type) ? options.type : [options.type];
  if (typeNames.length === 0 || typeNames.some((t) => typeof t !== 'string')) {
    throw invalidQuery('type must be a type name or a list of them');
  }
  const schemas = [...new Set(typeNames)].flatMap((name) => ctx.schemas.get(name) ?? []);
  if (schemas.length === 0) return null;
  const scopes: QueryScope[] = schemas.map((schema) => ({
    schema,
    multi: loadMultiFields(ctx, schema.type.name),
    allSchemas: schemas,
  }));
  const clauses = sortOverride ?? sortClauses(options);
  const search = typeof options.search === 'string' ? options.search : undefined;
  if (options.search !== undefined && search === undefined) throw invalidQuery('search must be a string');
  const wantRelevance = rows && search !== undefined && clauses.length === 0;
  const parts = scopes.map((scope) => buildPart(ctx, scope, options, search, wantRelevance));
  const relevance = parts.some((part) => part.score !== 'NULL');
  const keys = orderKeys(
    scopes,
    clauses,
    relevance ? parts.map((part) => (part.score === 'NULL' ? '0' : 'coalesce(s.rank, 0)')) : undefined,
  );
  return { parts, keys, relevance };
}

function buildPart(ctx: SqliteContext, scope: QueryScope, options: PlanOptions, search: string | undefined, wantRelevance: boolean): TypePart {
  const { schema } = scope;
  const namespace = namespaceFor(schema, options.namespace);
  const conditions: SqlFragment[] = [sql('t.namespace = ?', [namespace])];
  const facets =
    search === undefined && options.hasReference === undefined ? facetRange(scope, options.filter, namespace, rangeCounter(ctx, schema)) : undefined;
  if (facets?.narrow) {
    const inRange = (prefix: string) =>
      joinSql([...conditions, sql(`${prefix}t.rid IN (SELECT f.rid FROM ${schema.facetsTable} f WHERE ${facets.where.sql})`, facets.where.params)], ' AND ');
    // `+` keeps SQLite from driving the query by the range, so it walks the sort index.
    return { scope, from: sql(`${schema.main} t`), where: inRange(''), walkWhere: inRange('+'), score: 'NULL', facets };
  }
  if (options.filter !== undefined) conditions.push(compileFilter(options.filter, scope));
  const refs = hasReferenceCondition(schema, options.hasReference, options.hasReferenceOperator);
  if (refs) conditions.push(refs);
  let from = sql(`${schema.main} t`);
  let score = 'NULL';
  const compiled = search === undefined ? undefined : compileSearch(scope, search, options.searchFields, options.defaultSearchOperator);
  if (compiled) {
    if (wantRelevance && compiled.rankJoin) {
      from = sql(`${schema.main} t ${compiled.rankJoin.sql}`, compiled.rankJoin.params);
      score = '-coalesce(s.rank, 0)';
      if (!compiled.rankJoinFilters) conditions.push(compiled.filter);
    } else {
      conditions.push(compiled.filter);
    }
  }
  return { scope, from, where: joinSql(conditions, ' AND '), score, facets };
}
