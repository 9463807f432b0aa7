/**
 * What a role editor needs to offer: Kibana's `GET /api/features` (the registered features and
 * their privileges, in Kibana's shape) and `GET /api/security/privileges` (every privilege name
 * a role body may use).
 */
import { unauthorized } from '../../errors';
import type { IRouter } from '../../http/types';
import { BASE_PRIVILEGES, type KibanaFeature } from '../privileges/types';
import { featurePrivilegeNames } from '../roles/role_validation';
import { assertCanManageUsers } from './user_routes';
import type { SecurityRouteDeps } from './route_deps';

/**
 * Kibana groups sub-feature privileges; each of ours stands alone, so each becomes a sub-feature
 * with one independent group of one privilege. Actions stay on the server: the browser needs
 * names and UI capabilities only.
 */
const toFeatureResponse = (feature: KibanaFeature) => ({
  id: feature.id,
  name: feature.name,
  privileges: {
    all: { ui: feature.privileges.all.ui },
    read: { ui: feature.privileges.read.ui },
  },
  subFeatures: feature.subFeatures.map((sub) => ({
    name: sub.name,
    privilegeGroups: [{ groupType: 'independent' as const, privileges: [{ id: sub.id, name: sub.name, includeIn: sub.includeIn, ui: sub.ui }] }],
  })),
});

export function registerFeaturesRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  // Any signed-in user may list features, as in Kibana: the list says what exists, not who holds it.
  router.get({ path: '/api/features', validate: false, options: { access: 'public' } }, async (context, _request, response) => {
    if (!context.user) throw unauthorized();
    return response.ok({ body: deps.runtime().features().map(toFeatureResponse) });
  });

  router.get({ path: '/api/security/privileges', validate: false, options: { access: 'public' } }, async (context, _request, response) => {
    assertCanManageUsers(context.user);
    const features = Object.fromEntries(deps.runtime().features().map((feature) => [feature.id, featurePrivilegeNames(feature)]));
    return response.ok({ body: { global: [...BASE_PRIVILEGES], space: [...BASE_PRIVILEGES], features, reserved: [] } });
  });
}
