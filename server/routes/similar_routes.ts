/**
 * `POST /internal/cases/{case_id}/_similar` (Kibana's similar cases) and
 * `POST /internal/cases/observables/_search` (ours: the cases holding an observable value, or
 * how many cases hold each of a case's observables). Decode, call one client method, answer.
 */
import { INTERNAL_CASE_SIMILAR_CASES_URL, INTERNAL_OBSERVABLES_SEARCH_URL } from '../../common/constants';
import { ObservableCaseParamsRt } from '../../common/types/api/observable';
import { ObservablesSearchRequestRt, SimilarCasesRequestRt } from '../../common/types/api/similar_cases';
import type { RouteDeps } from './types';

export function registerSimilarRoutes({ router, getClient }: RouteDeps): void {
  router.post(
    { path: INTERNAL_CASE_SIMILAR_CASES_URL, validate: { params: ObservableCaseParamsRt, body: SimilarCasesRequestRt }, options: { access: 'internal' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).similar.find(req.params.case_id, req.body) }),
  );

  router.post({ path: INTERNAL_OBSERVABLES_SEARCH_URL, validate: { body: ObservablesSearchRequestRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).similar.searchObservables(req.body) }),
  );
}
