/** `find`: validate paging, then count, page and aggregate in one read snapshot. */
import { invalidQuery } from '../errors';
import { MAX_RESULT_WINDOW, type FindOptions, type FindResult } from '../types';
import { runAggregations } from './aggregations';
import { planFind, WALK_SORT_INDEX_FROM, walkingSortIndex } from './find_plan';
import { countMatches, pageRows } from './find_rows';
import type { SqliteContext } from './sqlite_context';

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

export function findObjects<T>(ctx: SqliteContext, options: FindOptions): FindResult<T> {
  const page = options.page ?? 1;
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  checkPaging(page, perPage);
  if (options.fields !== undefined && !Array.isArray(options.fields)) throw invalidQuery('fields must be an array');
  return ctx.read(() => {
    const plan = planFind(ctx, options, undefined, perPage > 0);
    if (!plan) return { saved_objects: [], total: 0, page, per_page: perPage };
    const total = countMatches(ctx, plan);
    const rows =
      perPage === 0 || total <= (page - 1) * perPage
        ? []
        : pageRows<T>(ctx, total >= WALK_SORT_INDEX_FROM ? walkingSortIndex(plan) : plan, {
            limit: perPage,
            offset: (page - 1) * perPage,
            fields: options.fields,
          });
    const result: FindResult<T> = { saved_objects: rows.map((r) => r.object), total, page, per_page: perPage };
    if (options.aggs) result.aggregations = runAggregations(ctx, plan, options.aggs, total);
    return result;
  });
}
