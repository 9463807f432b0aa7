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
