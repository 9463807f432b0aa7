/** Kibana's internal observables routes: add, bulk add, update, delete. Decode, call one client method, answer. */
import { INTERNAL_BULK_CREATE_CASE_OBSERVABLES_URL, INTERNAL_CASE_OBSERVABLE_URL, INTERNAL_CASE_OBSERVABLES_URL } from '../../common/constants';
import {
  AddObservableRequestRt,
  BulkAddObservablesRequestRt,
  ObservableCaseParamsRt,
  ObservableParamsRt,
  UpdateObservableRequestRt,
} from '../../common/types/api/observable';
import type { RouteDeps } from './types';

export function registerObservableRoutes({ router, getClient }: RouteDeps): void {
  const options = { access: 'internal' as const };
  router.post(
    { path: INTERNAL_CASE_OBSERVABLES_URL, validate: { params: ObservableCaseParamsRt, body: AddObservableRequestRt }, options },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).observables.add(req.params.case_id, req.body) }),
  );
  router.post(
    { path: INTERNAL_BULK_CREATE_CASE_OBSERVABLES_URL, validate: { params: ObservableCaseParamsRt, body: BulkAddObservablesRequestRt }, options },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).observables.bulkAdd(req.params.case_id, req.body) }),
  );
  router.patch(
    { path: INTERNAL_CASE_OBSERVABLE_URL, validate: { params: ObservableParamsRt, body: UpdateObservableRequestRt }, options },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).observables.update(req.params.case_id, req.params.observable_id, req.body) }),
  );
  router.delete({ path: INTERNAL_CASE_OBSERVABLE_URL, validate: { params: ObservableParamsRt }, options }, async (ctx, req, res) => {
    await getClient(ctx).observables.delete(req.params.case_id, req.params.observable_id);
    return res.noContent();
  });
}
