/**
 * Cases per status under a filter: one terms aggregation, read by the find API (its
 * count_*_cases) and by the metrics (their status feature).
 */
import type { CaseStatus } from '../../../common/constants';
import { termsBuckets, type AggregationRequest, type FindResult } from '../../core/saved_objects/types';

export const STATUS_COUNTS: Record<string, AggregationRequest> = { statuses: { terms: { field: 'status', size: 3 } } };

/** The counts of a find that asked for STATUS_COUNTS. */
export function statusCountsOf(found: FindResult<unknown>): Record<CaseStatus, number> {
  const buckets = termsBuckets(found.aggregations, 'statuses');
  const count = (status: CaseStatus) => buckets.find((b) => b.key === status)?.doc_count ?? 0;
  return { open: count('open'), 'in-progress': count('in-progress'), closed: count('closed') };
}
