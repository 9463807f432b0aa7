/** `PUT /internal/cases/{case_id}/custom_fields/{custom_field_id}`: one custom field's value. Decode, call one client method, answer. */
import { INTERNAL_PUT_CUSTOM_FIELD_URL } from '../../common/constants';
import { CustomFieldPutParamsRt, CustomFieldPutRequestRt } from '../../common/types/api/custom_field';
import type { RouteDeps } from './types';

export function registerCustomFieldRoutes({ router, getClient }: RouteDeps): void {
  router.put(
    { path: INTERNAL_PUT_CUSTOM_FIELD_URL, validate: { params: CustomFieldPutParamsRt, body: CustomFieldPutRequestRt }, options: { access: 'internal' } },
    async (ctx, req, res) =>
      res.ok({ body: await getClient(ctx).cases.replaceCustomField(req.params.case_id, req.params.custom_field_id, req.body) }),
  );
}
