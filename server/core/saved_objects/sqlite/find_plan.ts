/**
 * Turns FindOptions into one SQL part per type (FROM and WHERE over alias `t`) and a total
 * order. Reads, counts, pages and aggregations are all built on the same parts, so they
 * can never disagree on what matches.
 */
import { invalidQuery } from '../errors';
import type { FindOptions, SortClause } from '../types';
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
}

export interface FindPlan {
  parts: TypePart[];
  keys: OrderKey[];
  relevance: boolean;
}

export type PlanOptions = Omit<FindOptions, 'page' | 'perPage' | 'aggs' | 'fields'>;

/** Null when none of the types asked is registered: Kibana answers such a find with nothing. */
export function planFind(ctx: SqliteContext, options: PlanOptions, sortOverride?: SortClause[]): FindPlan | null {
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
  const wantRelevance = search !== undefined && clauses.length === 0;
  const parts = scopes.map((scope) => buildPart(scope, options, search, wantRelevance));
  const relevance = parts.some((part) => part.score !== 'NULL');
  const keys = orderKeys(
    scopes,
    clauses,
    relevance ? parts.map((part) => (part.score === 'NULL' ? '0' : 'coalesce(s.rank, 0)')) : undefined,
  );
  return { parts, keys, relevance };
}

function buildPart(scope: QueryScope, options: PlanOptions, search: string | undefined, wantRelevance: boolean): TypePart {
  const { schema } = scope;
  const conditions: SqlFragment[] = [sql('t.namespace = ?', [namespaceFor(schema, options.namespace)])];
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
  return { scope, from, where: joinSql(conditions, ' AND '), score };
}
