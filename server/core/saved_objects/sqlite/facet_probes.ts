/**
 * Several array filters in one facet range: "open, high, tagged phishing, escalated = true".
 * Each array filter with the facets is a range of the facets index (one row per object and
 * value); the objects that match all of them are those of one range that also own a row of
 * every other. So the plan walks one range, the smallest, and tests each entry with an
 * indexed EXISTS per other filter: its rows share the walked row's namespace, facet values
 * (they are the same object's) and object, so each probe is one seek of the whole index key.
 *
 * Why not intersect the ranges (INTERSECT, or a join SQLite orders itself): that reads every
 * range in full, and without table statistics SQLite cannot tell which range is the small one.
 * A walk costs one seek per entry of the walked range only; the others may be as large as
 * they like.
 */
import { facetColumn } from './facet_rows';
import type { SqliteContext } from './sqlite_context';
import { sql, type SqlFragment } from './sql_text';
import type { TypeSchema } from './type_schema';

/** Counts the facet rows `f` matching `range`, stopping at `limit`. */
export type RangeSize = (range: SqlFragment, limit: number) => number;

/**
 * How far each candidate range is counted to choose the walk. Counting steps through
 * covering index entries, a small fraction of what a probe costs per entry, so counting this
 * far costs at most a few percent of walking a range this long; past it, ranges count as
 * equally large and the first one is walked.
 */
export const RANGE_ESTIMATE_LIMIT = 5_000;

/** The index of the range to walk: the smallest, counted up to the limit; the first on a tie. */
export function walkedRange(ranges: SqlFragment[], rangeSize?: RangeSize): number {
  if (ranges.length === 1 || !rangeSize) return 0;
  let best = 0;
  let bestSize = Infinity;
  ranges.forEach((range, i) => {
    if (bestSize === 0) return;
    const size = rangeSize(range, RANGE_ESTIMATE_LIMIT);
    if (size < bestSize) [best, bestSize] = [i, size];
  });
  return best;
}

/** Counts a range of the type's facets index in covering index entries, stopping at `limit`. */
export function rangeCounter(ctx: SqliteContext, schema: TypeSchema): RangeSize {
  return (range, limit) => {
    const query = `SELECT count(*) FROM (SELECT 1 FROM ${schema.facetsTable} f WHERE ${range.sql} LIMIT ${Math.trunc(limit)})`;
    return ctx.stmt(query).pluck().get(...range.params) as number;
  };
}

/**
 * True when the object of facet row `f` also owns a row matching `rows` (conditions on alias
 * `g`). `IS` rather than `=`: a facet value may be NULL (a case without severity).
 */
export function probeOtherRows(schema: TypeSchema, rows: SqlFragment): SqlFragment {
  const same = ['namespace', ...schema.facets.map((_, i) => facetColumn(i))].map((column) => `g.${column} IS f.${column}`);
  return sql(`EXISTS (SELECT 1 FROM ${schema.facetsTable} g WHERE ${rows.sql} AND ${same.join(' AND ')} AND g.rid = f.rid)`, rows.params);
}
