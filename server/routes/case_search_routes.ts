/**
 * `POST /internal/cases/_search` (the find API with custom field filters, as Kibana's) and
 * `GET /internal/cases/configure/custom_fields/{key}/_usage` (how many cases hold a value for a
 * custom field). Decode, call one client method, answer.
 */
import { INTERNAL_CASE_SEARCH_URL, INTERNAL_CUSTOM_FIELD_USAGE_URL } from '../../common/constants';
import { CustomFieldUsageParamsRt, CustomFieldUsageQueryRt } from '../../common/types/api/custom_field_usage';
import { CasesSearchRequestRt } from '../../common/types/api/search_cases';
import type { RouteDeps } from './types';

export function registerCaseSearchRoutes({ router, getClient }: RouteDeps): void {
  router.post({ path: INTERNAL_CASE_SEARCH_URL, validate: { body: CasesSearchRequestRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).cases.search(req.body) }),
  );

  router.get(
    { path: INTERNAL_CUSTOM_FIELD_USAGE_URL, validate: { params: CustomFieldUsageParamsRt, query: CustomFieldUsageQueryRt }, options: { access: 'internal' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).configure.getCustomFieldUsage(req.params.key, req.query.owner) }),
  );
}
