/**
 * `POST /api/core/capabilities`, Kibana's: what the browser may show the caller in the space of
 * the URL. Each registered feature answers with every UI capability it knows, true or false, so
 * the browser never has to guess what a missing key means; the admin pages are the superuser's.
 * Kibana serves no GET here, and neither do we.
 */
import * as t from 'io-ts';
import { limitedArray, strict } from '../../../../common/core/codec';
import type { CapabilitiesResponse } from '../../../../common/core/capabilities';
import { serviceUnavailable, unauthorized } from '../../errors';
import type { IRouter } from '../../http/types';
import type { PrivilegeEngine } from '../privileges/privilege_engine';
import type { SpacePrivileges } from '../privileges/types';

/** Application ids are short; Kibana's own list is a few hundred at most. */
const MAX_APPLICATIONS = 1000;
const MAX_APPLICATION_ID_LENGTH = 256;

const APPLICATION_ID = /^[a-zA-Z0-9_:-]+$/;

/** Kibana's rule and message for an application id. */
const applicationId = new t.Type<string, string, unknown>(
  'applications',
  (u): u is string => typeof u === 'string' && u.length <= MAX_APPLICATION_ID_LENGTH && APPLICATION_ID.test(u),
  (u, ctx) =>
    typeof u === 'string' && u.length <= MAX_APPLICATION_ID_LENGTH && APPLICATION_ID.test(u) ? t.success(u) : t.failure(u, ctx, 'Invalid application id'),
  t.identity,
);

const capabilitiesBody = strict({ applications: limitedArray(applicationId, 'applications', { max: MAX_APPLICATIONS }) });

export interface CapabilitiesRouteDeps {
  /** Throws 503 until security has started. */
  privileges(): Pick<PrivilegeEngine, 'forRoles' | 'features'>;
}

export function capabilitiesOf(privileges: SpacePrivileges, engine: Pick<PrivilegeEngine, 'features'>, applications: readonly string[]): CapabilitiesResponse {
  const admin = privileges.superuser;
  const response: CapabilitiesResponse = {
    // An application is reachable in a space the caller holds anything in; what it offers is per feature.
    navLinks: Object.fromEntries(applications.map((app) => [app, privileges.hasAnyPrivilege])),
    catalogue: {},
    management: { security: { users: admin, roles: admin }, kibana: { spaces: admin } },
  };
  for (const feature of engine.features()) {
    const granted = privileges.ui[feature.id];
    response[feature.id] = Object.fromEntries(feature.uiCapabilities.map((cap) => [cap, granted?.[cap] === true]));
  }
  return response;
}

export function registerCapabilitiesRoute(router: IRouter, deps: CapabilitiesRouteDeps): void {
  router.post(
    { path: '/api/core/capabilities', validate: { body: capabilitiesBody }, options: { access: 'public' } },
    async (context, request, response) => {
      if (!context.user) throw unauthorized();
      const engine = deps.privileges();
      const privileges = await engine.forRoles(context.user.roles, request.spaceId);
      return response.ok({ body: capabilitiesOf(privileges, engine, request.body.applications) });
    },
  );
}

/** The dependency as security_service.ts provides it: 503 until started. */
export const lazyPrivileges = (get: () => PrivilegeEngine | undefined): CapabilitiesRouteDeps['privileges'] => () => {
  const engine = get();
  if (!engine) throw serviceUnavailable('Security is not ready yet.');
  return engine;
};
