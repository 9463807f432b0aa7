/** `mttr`: the mean time to resolve, in seconds, over the closed cases in scope; null when none is closed. */
import { statusesOfStage } from '../../../common/registries/case_statuses';
import { f } from '../../core';
import type { CasesMetricsHandler } from './metrics_handler';

export const mttrHandler: CasesMetricsHandler = {
  id: 'mttr',
  async compute(args, scope) {
    const closed = await args.services.cases.find({
      filter: f.and(scope, f.terms('status', statusesOfStage('closed'))),
      perPage: 0,
      aggs: { mttr: { avg: { field: 'duration' } } },
    });
    const mttr = closed.aggregations?.mttr;
    return { mttr: mttr && 'value' in mttr && mttr.value !== null ? Math.round(mttr.value) : null };
  },
};
