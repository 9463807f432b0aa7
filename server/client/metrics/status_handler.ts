/** `status`: the cases in scope per stage, under Kibana's names. */
import { statusCountsAggregation, statusCountsOf } from '../cases/status_counts';
import type { CasesMetricsHandler } from './metrics_handler';

export const statusHandler: CasesMetricsHandler = {
  id: 'status',
  async compute(args, scope) {
    const counts = statusCountsOf(await args.services.cases.find({ filter: scope, perPage: 0, aggs: statusCountsAggregation() }));
    return { status: { open: counts.open, inProgress: counts['in-progress'], closed: counts.closed } };
  },
};
