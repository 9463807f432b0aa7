/**
 * The backend-neutral half of `rankBy` (types.ts): what a find ranked by overlap may ask, so
 * both backends refuse the same requests with the same messages before reading anything.
 */
import { invalidQuery } from './errors';
import { MAX_RANK_BY_VALUES, type FindOptions } from './types';

/** The distinct values to rank by, or undefined when the find does not rank. */
export function rankByValues(options: Pick<FindOptions, 'rankBy' | 'search' | 'aggs'>): string[] | undefined {
  const { rankBy } = options;
  if (rankBy === undefined) return undefined;
  if (rankBy === null || typeof rankBy !== 'object' || typeof rankBy.field !== 'string' || !Array.isArray(rankBy.values)) {
    throw invalidQuery('rankBy needs a field and an array of values');
  }
  if (rankBy.values.some((value) => typeof value !== 'string')) throw invalidQuery('rankBy values must be strings');
  // A ranked find orders by its own score: relevance and aggregations over it would say something else.
  if (options.search !== undefined) throw invalidQuery('rankBy cannot be combined with search');
  if (options.aggs !== undefined) throw invalidQuery('rankBy cannot be combined with aggs');
  const values = [...new Set(rankBy.values)];
  if (values.length > MAX_RANK_BY_VALUES) throw invalidQuery(`rankBy names ${values.length} values; at most ${MAX_RANK_BY_VALUES} are allowed`);
  return values;
}
