/** Kibana's configure routes: list, create (replacing the owner's) and change case settings; and the caps on their lists. */
import { CASE_CONFIGURE_DETAILS_URL, CASE_CONFIGURE_URL, INTERNAL_CONFIGURE_LIMITS_URL } from '../../common/constants';
import { ConfigurationIdParamsRt, ConfigurationPatchRequestRt, ConfigurationRequestRt, GetConfigurationQueryRt } from '../../common/types/api/configure';
import type { RouteDeps } from './types';

export function registerConfigureRoutes({ router, getClient }: RouteDeps): void {
  router.get({ path: CASE_CONFIGURE_URL, validate: { query: GetConfigurationQueryRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).configure.get(req.query.owner) }),
  );

  router.post({ path: CASE_CONFIGURE_URL, validate: { body: ConfigurationRequestRt }, options: { access: 'public' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).configure.create(req.body) }),
  );

  router.patch(
    { path: CASE_CONFIGURE_DETAILS_URL, validate: { params: ConfigurationIdParamsRt, body: ConfigurationPatchRequestRt }, options: { access: 'public' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).configure.update(req.params.configuration_id, req.body) }),
  );

  router.get({ path: INTERNAL_CONFIGURE_LIMITS_URL, validate: false, options: { access: 'internal' } }, async (ctx, _req, res) =>
    res.ok({ body: await getClient(ctx).configure.getLimits() }),
  );
}
