/** User management, superuser only, in the shapes of Kibana's users page. */
import { badRequest, forbidden, unauthorized } from '../../errors';
import type { IRouter } from '../../http/types';
import { isSuperuser } from '../is_superuser';
import { iamAuditEvent } from '../roles/iam_audit_event';
import type { RoleStore } from '../roles/role_store';
import type { AuthenticatedUser } from '../types';
import { RESERVED_SUPERUSER, toPublicUser } from '../user_store';
import { upsertUserBody, usernameParams } from './codecs';
import type { SecurityRouteDeps } from './route_deps';

export function assertCanManageUsers(user: AuthenticatedUser | undefined): asserts user is AuthenticatedUser {
  if (!user) throw unauthorized();
  if (!isSuperuser(user)) throw forbidden(`action [manage_security] is unauthorized for user [${user.username}]`);
}

/**
 * Elasticsearch would store a user with a role nobody defined, and the user would then hold
 * nothing without anyone noticing; we refuse the names instead. Read fresh (not the request
 * cache), so a role created a moment ago on another node counts.
 */
async function assertRolesExist(roles: RoleStore, names: readonly string[]): Promise<void> {
  const known = new Set((await roles.list()).map((role) => role.name));
  const unknown = [...new Set(names.filter((name) => !known.has(name)))];
  if (unknown.length > 0) throw badRequest(`Unknown role(s): [${unknown.join(', ')}]`);
}

export function registerUserRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  const options = { access: 'internal' as const };

  router.get({ path: '/internal/security/users', validate: false, options }, async (context, _request, response) => {
    assertCanManageUsers(context.user);
    const users = await deps.runtime().users.list();
    return response.ok({ body: users.map(toPublicUser) });
  });

  router.get(
    { path: '/internal/security/users/{username}', validate: { params: usernameParams }, options },
    async (context, request, response) => {
      assertCanManageUsers(context.user);
      const user = await deps.runtime().users.require(request.params.username);
      return response.ok({ body: toPublicUser(user) });
    },
  );

  router.post(
    { path: '/internal/security/users/{username}', validate: { params: usernameParams, body: upsertUserBody }, options },
    async (context, request, response) => {
      assertCanManageUsers(context.user);
      const { username } = request.params;
      const { username: bodyUsername, ...changes } = request.body;
      if (bodyUsername !== undefined && bodyUsername !== username) {
        throw badRequest('The username in the body must match the username in the path.');
      }
      // Elasticsearch's rule for reserved users; it also keeps the superuser from being locked out.
      if (username === RESERVED_SUPERUSER) {
        throw badRequest(`user [${RESERVED_SUPERUSER}] is reserved and only the password can be changed`);
      }
      const runtime = deps.runtime();
      await assertRolesExist(runtime.roles, changes.roles);
      const { user, created } = await runtime.users.upsert(username, changes);
      await runtime.revokeUser(username, { endSessions: changes.password !== undefined || changes.enabled === false });
      runtime.audit.log(iamAuditEvent({ change: created ? 'create' : 'update', kind: 'user', id: username, actor: context.user, spaceId: context.spaceId }));
      return response.ok({ body: toPublicUser(user) });
    },
  );

  router.delete(
    { path: '/internal/security/users/{username}', validate: { params: usernameParams }, options },
    async (context, request, response) => {
      assertCanManageUsers(context.user);
      const { username } = request.params;
      if (username === RESERVED_SUPERUSER) {
        throw badRequest(`user [${RESERVED_SUPERUSER}] is reserved and cannot be deleted`);
      }
      const runtime = deps.runtime();
      await runtime.users.require(username);
      await runtime.users.remove(username);
      await runtime.revokeUser(username, { endSessions: true });
      runtime.audit.log(iamAuditEvent({ change: 'delete', kind: 'user', id: username, actor: context.user, spaceId: context.spaceId }));
      return response.noContent();
    },
  );
}
