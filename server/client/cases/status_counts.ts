/**
 * Cases per stage under a filter: one terms aggregation over the statuses, read by the find
 * API (its count_*_cases) and by the metrics (their status feature). The API keeps Kibana's
 * three counts, so a registered status counts toward the stage it sits on.
 */
import type { CaseStage } from '../../../common/constants';
import { caseStatuses } from '../../../common/registries/case_statuses';
import { termsBuckets, type AggregationRequest, type FindResult } from '../../core';

/** Built per call: the registry is complete only once setup has run. */
export const statusCountsAggregation = (): Record<string, AggregationRequest> => ({
  statuses: { terms: { field: 'status', size: caseStatuses.list().length } },
});

/** The counts per stage of a find that asked for statusCountsAggregation(). */
export function statusCountsOf(found: FindResult<unknown>): Record<CaseStage, number> {
  const counts: Record<CaseStage, number> = { open: 0, 'in-progress': 0, closed: 0 };
  for (const bucket of termsBuckets(found.aggregations, 'statuses')) {
    // A stored status nobody registers any more (a removed plugin) counts toward no stage.
    const stage = caseStatuses.get(String(bucket.key))?.stage;
    if (stage) counts[stage] += bucket.doc_count;
  }
  return counts;
}
