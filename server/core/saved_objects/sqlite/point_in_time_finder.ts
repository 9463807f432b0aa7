/**
 * The finder streams any number of results with keyset pagination: each page resumes
 * strictly after the order-key values of the previous page's last row (the order always
 * ends with the id), so memory stays flat and no object is returned twice or skipped,
 * whatever the size. Without a sort it orders by id, which the UNIQUE(namespace, id) index
 * serves directly; relevance order is not used because scores move as data changes.
 * Pages are read by a ReadRunner (a read worker, or the main connection when the pool is
 * off) and become saved objects here, where the types' migrations are.
 */
import { invalidQuery } from '../errors';
import type { FinderOptions, FindResult, PointInTimeFinder } from '../types';
import { toPageRows } from './find_rows';
import { sortClauses } from './order_keys';
import type { ReadRunner } from './read_requests';
import type { SqliteContext } from './sqlite_context';

const DEFAULT_FINDER_PER_PAGE = 1000;

export function createFinder<T>(context: () => SqliteContext, reader: ReadRunner, options: FinderOptions): PointInTimeFinder<T> {
  let open = true;
  const perPage = options.perPage ?? DEFAULT_FINDER_PER_PAGE;

  async function* find(): AsyncGenerator<FindResult<T>> {
    if (!Number.isInteger(perPage) || perPage < 1) throw invalidQuery('perPage of a finder must be a positive integer');
    const clauses = sortClauses(options);
    const sort = clauses.length > 0 ? clauses : [{ field: 'id', order: 'asc' as const }];
    let after: unknown[] | undefined;
    let total: number | undefined;
    for (let page = 1; open; page++) {
      const result = await reader.run({ op: 'finderPage', options, sort, perPage, after, count: total === undefined });
      if (!result || result.rows.length === 0) return;
      total ??= result.total;
      const ctx = context();
      const rows = toPageRows<T>((type) => ctx.schemaOf(type), result.rows, options.fields);
      after = rows[rows.length - 1].keyValues;
      yield { saved_objects: rows.map((r) => r.object), total: total ?? 0, page, per_page: perPage };
      if (rows.length < perPage) return;
    }
  }

  return {
    find,
    close: async () => {
      open = false;
    },
  };
}
