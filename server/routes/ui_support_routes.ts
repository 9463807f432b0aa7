/** Metrics and user suggestions for the UI: decode, call one client method, answer. */
import { INTERNAL_CASE_METRICS_URL, INTERNAL_SUGGEST_USER_PROFILES_URL } from '../../common/constants';
import { CasesMetricsQueryRt } from '../../common/types/api/metrics';
import { SuggestUserProfilesRequestRt } from '../../common/types/api/user_profile';
import type { RouteDeps } from './types';

export function registerUiSupportRoutes({ router, getClient }: RouteDeps): void {
  const options = { access: 'internal' as const };
  router.get({ path: INTERNAL_CASE_METRICS_URL, validate: { query: CasesMetricsQueryRt }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).metrics.getCasesMetrics(req.query) }),
  );
  router.post({ path: INTERNAL_SUGGEST_USER_PROFILES_URL, validate: { body: SuggestUserProfilesRequestRt }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).userProfiles.suggest(req.body) }),
  );
}
