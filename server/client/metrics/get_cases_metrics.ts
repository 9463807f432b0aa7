/**
 * Metrics over every case in scope (owners the caller may read, the list's date range): the
 * mean time to close and the counts per status, each one aggregation of the store, so the
 * figure covers all cases and not just the page on screen.
 */
import type { CasesMetricsQuery, CasesMetricsResponse } from '../../../common/types/api/metrics';
import { f } from '../../core/saved_objects/types';
import { authorizedOwners, Operations } from '../authorization';
import { buildCasesFilter } from '../cases/find_filter';
import { STATUS_COUNTS, statusCountsOf } from '../cases/status_counts';
import type { CasesClientArgs } from '../types';

export async function getCasesMetrics(args: CasesClientArgs, query: CasesMetricsQuery): Promise<CasesMetricsResponse> {
  const owners = await authorizedOwners(args, Operations.getCasesMetrics, query.owner);
  const scope = buildCasesFilter({ from: query.from, to: query.to }, owners, args.now());
  const response: CasesMetricsResponse = {};
  if (query.features.includes('mttr')) {
    const closed = await args.services.cases.find({
      filter: f.and(scope, f.term('status', 'closed')),
      perPage: 0,
      aggs: { mttr: { avg: { field: 'duration' } } },
    });
    const mttr = closed.aggregations?.mttr;
    response.mttr = mttr && 'value' in mttr && mttr.value !== null ? Math.round(mttr.value) : null;
  }
  if (query.features.includes('status')) {
    const counts = statusCountsOf(await args.services.cases.find({ filter: scope, perPage: 0, aggs: STATUS_COUNTS }));
    response.status = { open: counts.open, inProgress: counts['in-progress'], closed: counts.closed };
  }
  return response;
}
