/**
 * The reads that may be heavy, as plain data: a read worker receives them by message, so
 * nothing here may hold a function. The same runner serves the main connection when the
 * pool is off, so both paths run the very same queries.
 */
import type { FinderOptions, FindOptions, SortClause } from '../types';
import { findRaw, type RawFindResult } from './find_objects';
import { planFind } from './find_plan';
import { countMatches, pageRawRows, type RawPageRow } from './find_rows';
import type { SqliteContext } from './sqlite_context';

export interface FinderPageRequest {
  op: 'finderPage';
  options: FinderOptions;
  sort: SortClause[];
  perPage: number;
  /** Order-key values of the last row already returned. */
  after?: unknown[];
  /** The first page also counts the matches, in the same snapshot. */
  count: boolean;
}

export type ReadRequest = { op: 'find'; options: FindOptions } | FinderPageRequest;

/** Null when none of the types asked is registered. */
export type RawFinderPage = { rows: RawPageRow[]; total?: number } | null;

export type ReadResponse<R extends ReadRequest> = R extends { op: 'find' } ? RawFindResult : RawFinderPage;

/** Runs whatever a pool or the main connection is asked to read. */
export interface ReadRunner {
  run<R extends ReadRequest>(request: R): Promise<ReadResponse<R>>;
}

export function runReadRequest(ctx: SqliteContext, request: ReadRequest): RawFindResult | RawFinderPage {
  if (request.op === 'find') return findRaw(ctx, request.options);
  return ctx.read(() => {
    const plan = planFind(ctx, request.options, request.sort);
    if (!plan) return null;
    const page: RawFinderPage = { rows: pageRawRows(ctx, plan, { limit: request.perPage, offset: 0, after: request.after }) };
    if (request.count) page.total = countMatches(ctx, plan);
    return page;
  });
}

/** Pool size 0: reads run on the main connection, synchronously, without a time budget. */
export function mainThreadReader(context: () => SqliteContext): ReadRunner {
  return {
    run<R extends ReadRequest>(request: R): Promise<ReadResponse<R>> {
      try {
        return Promise.resolve(runReadRequest(context(), request) as ReadResponse<R>);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}

/**
 * Which reads a pool takes. A find with no text search, no aggregations and a filter reads a
 * bounded slice through indexes (one case's comments or activity, a page of ids for a
 * cascade): handing it to a worker costs more than running it, and it must not queue behind
 * heavy searches, or reading one case would wait for them. Text searches, aggregations (the
 * per-status counts over every match) and unfiltered finds go to the pool. A broad filter
 * without aggregations still counts its matches on the main connection: callers that scan
 * many objects ask for aggregations or search, as the case list does.
 */
export function isHeavyRead(request: ReadRequest): boolean {
  const { search, filter } = request.options;
  const aggs = request.op === 'find' ? request.options.aggs : undefined;
  // A ranked find groups every holder of its values: as heavy as a search.
  const ranked = request.op === 'find' && request.options.rankBy !== undefined;
  return search !== undefined || aggs !== undefined || filter === undefined || ranked;
}

/** Heavy reads to the pool, the rest on the main connection; `all` sends every read to the pool (tests of the pool). */
export function routedReader(pool: ReadRunner, main: ReadRunner, routing: 'heavy' | 'all'): ReadRunner {
  return {
    run: (request) => (routing === 'all' || isHeavyRead(request) ? pool : main).run(request),
  };
}
