/**
 * `find`: validate paging, then count, page and aggregate in one read snapshot. The reading
 * half (findRaw) runs wherever the read runs, on the main connection or in a read worker
 * (read_pool.ts); the converting half (toFindResult) runs where the types' migrations are.
 */
import { invalidQuery } from '../errors';
import { MAX_RESULT_WINDOW, type AggregationResult, type FindOptions, type FindResult } from '../types';
import { runAggregations } from './aggregations';
import { planFind, WALK_SORT_INDEX_FROM, walkingSortIndex, type FindPlan } from './find_plan';
import { countMatches, pageRawRows, toPageRows, type RawPageRow } from './find_rows';
import { rankByValues } from '../rank_by';
import { rankedFindRaw } from './rank_find';
import type { SqliteContext } from './sqlite_context';
import type { TypeSchema } from './type_schema';

const DEFAULT_PER_PAGE = 20;

export function checkPaging(page: number, perPage: number): void {
  if (!Number.isInteger(page) || page < 1) throw invalidQuery(`page must be a positive integer, got [${page}]`);
  if (!Number.isInteger(perPage) || perPage < 0) throw invalidQuery(`perPage must be a non-negative integer, got [${perPage}]`);
  if (page * perPage > MAX_RESULT_WINDOW) {
    throw invalidQuery(
      `Result window is too large: page * perPage must be less than or equal to ${MAX_RESULT_WINDOW} ` +
        `[page: ${page}, perPage: ${perPage}]. Use createPointInTimeFinder to read further.`,
    );
  }
}

/** What can be refused without reading: checked before a find is sent anywhere. */
export function checkFindOptions(options: FindOptions): void {
  checkPaging(options.page ?? 1, options.perPage ?? DEFAULT_PER_PAGE);
  if (options.fields !== undefined && !Array.isArray(options.fields)) throw invalidQuery('fields must be an array');
  rankByValues(options);
}

/** A find's answer before its rows become saved objects: plain data, as a worker sends it. */
export interface RawFindResult {
  rows: RawPageRow[];
  total: number;
  page: number;
  per_page: number;
  aggregations?: Record<string, AggregationResult>;
}

export function findRaw(ctx: SqliteContext, options: FindOptions): RawFindResult {
  checkFindOptions(options);
  const page = options.page ?? 1;
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  if (options.rankBy !== undefined) return rankedFindRaw(ctx, options, page, perPage);
  return ctx.read(() => {
    const plan = planFind(ctx, options, undefined, perPage > 0);
    if (!plan) return { rows: [], total: 0, page, per_page: perPage };
    const offset = (page - 1) * perPage;
    const read = (from: FindPlan) => pageRawRows(ctx, from, { limit: perPage, offset });
    let total: number;
    let rows: RawPageRow[];
    if (perPage === 0 || plan.parts.every((part) => part.facets)) {
      // Counted from an index range (cheap), and the count chooses how to read the page.
      total = countMatches(ctx, plan);
      rows = perPage === 0 || total <= offset ? [] : read(total >= WALK_SORT_INDEX_FROM ? walkingSortIndex(plan) : plan);
    } else {
      // A page that comes back short says the total itself: the count query is only for a
      // full page (or an empty one past the first), as for a case's comments it rarely is.
      rows = read(plan);
      total = rows.length < perPage && (rows.length > 0 || offset === 0) ? offset + rows.length : countMatches(ctx, plan);
    }
    const result: RawFindResult = { rows, total, page, per_page: perPage };
    if (options.aggs) result.aggregations = runAggregations(ctx, plan, options.aggs, total);
    return result;
  });
}

export function toFindResult<T>(schemaOf: (type: string) => TypeSchema, raw: RawFindResult, fields?: string[]): FindResult<T> {
  const result: FindResult<T> = {
    saved_objects: toPageRows<T>(schemaOf, raw.rows, fields).map((r) => r.object),
    total: raw.total,
    page: raw.page,
    per_page: raw.per_page,
  };
  if (raw.aggregations) result.aggregations = raw.aggregations;
  return result;
}

export function findObjects<T>(ctx: SqliteContext, options: FindOptions): FindResult<T> {
  return toFindResult<T>((type) => ctx.schemaOf(type), findRaw(ctx, options), options.fields);
}
