/**
 * Kibana's role API: `GET/PUT/DELETE /api/security/role/{name}` and `GET /api/security/role`.
 * Managing roles is managing security, so only the superuser may (Elasticsearch's
 * `manage_security`), reads included: a role list tells who may do what.
 */
import { badRequest, notFound } from '../../errors';
import type { IRouter } from '../../http/types';
import { iamAuditEvent } from '../roles/iam_audit_event';
import { getRoleQuery, putRoleQuery, roleBodyCodec, roleNameParams } from '../roles/role_body_codec';
import { assertCanManageUsers } from './user_routes';
import type { SecurityRouteDeps } from './route_deps';

const ROLE = '/api/security/role/{name}';

export function registerRoleRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  const options = { access: 'public' as const };

  router.get({ path: '/api/security/role', validate: { query: getRoleQuery }, options }, async (context, _request, response) => {
    assertCanManageUsers(context.user);
    return response.ok({ body: await deps.runtime().roles.list() });
  });

  router.get({ path: ROLE, validate: { params: roleNameParams, query: getRoleQuery }, options }, async (context, request, response) => {
    assertCanManageUsers(context.user);
    const role = await deps.runtime().roles.get(request.params.name);
    if (!role) throw notFound();
    return response.ok({ body: role });
  });

  router.put(
    { path: ROLE, validate: { params: roleNameParams, query: putRoleQuery, body: roleBodyCodec }, options },
    async (context, request, response) => {
      const actor = context.user;
      assertCanManageUsers(actor);
      const { name } = request.params;
      const { name: bodyName, ...body } = request.body;
      if (bodyName !== undefined && bodyName !== name) throw badRequest('The role name in the body must match the name in the path.');
      const runtime = deps.runtime();
      const { created } = await runtime.roles.put(name, body, { createOnly: request.query.createOnly === 'true' });
      runtime.audit.log(iamAuditEvent({ change: created ? 'create' : 'update', kind: 'role', id: name, actor, spaceId: context.spaceId }));
      return response.noContent();
    },
  );

  router.delete({ path: ROLE, validate: { params: roleNameParams }, options }, async (context, request, response) => {
    const actor = context.user;
    assertCanManageUsers(actor);
    const runtime = deps.runtime();
    await runtime.roles.remove(request.params.name);
    runtime.audit.log(iamAuditEvent({ change: 'delete', kind: 'role', id: request.params.name, actor, spaceId: context.spaceId }));
    return response.noContent();
  });
}
