/** `GET /internal/cases/metrics/{case_id}`: one case's metrics for its summary panel. Decode, call one client method, answer. */
import { INTERNAL_SINGLE_CASE_METRICS_URL } from '../../common/constants';
import { CaseIdParamsRt } from '../../common/types/api/case';
import { SingleCaseMetricsQueryRt } from '../../common/types/api/metrics';
import type { RouteDeps } from './types';

export function registerCaseMetricsRoutes({ router, getClient }: RouteDeps): void {
  router.get(
    { path: INTERNAL_SINGLE_CASE_METRICS_URL, validate: { params: CaseIdParamsRt, query: SingleCaseMetricsQueryRt }, options: { access: 'internal' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).metrics.getCaseMetrics(req.params.case_id, req.query) }),
  );
}
