/** `find`: validate paging, then count, page and aggregate in one read snapshot. */
import { invalidQuery } from '../errors';
import { MAX_RESULT_WINDOW, type FindOptions, type FindResult } from '../types';
import { runAggregations } from './aggregations';
import { planFind, WALK_SORT_INDEX_FROM, walkingSortIndex, type FindPlan } from './find_plan';
import { countMatches, pageRows, type PageRow } from './find_rows';
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
    const offset = (page - 1) * perPage;
    const read = (from: FindPlan) => pageRows<T>(ctx, from, { limit: perPage, offset, fields: options.fields });
    let total: number;
    let rows: Array<PageRow<T>>;
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
    const result: FindResult<T> = { saved_objects: rows.map((r) => r.object), total, page, per_page: perPage };
    if (options.aggs) result.aggregations = runAggregations(ctx, plan, options.aggs, total);
    return result;
  });
}
