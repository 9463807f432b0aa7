/**
 * Kibana's spaces API. Served in every space prefix by the router; it always acts on the one
 * global list. A caller sees the spaces their roles grant anything in (the superuser: all);
 * managing spaces takes the superuser role.
 */
import { forbidden, notFound, unauthorized } from '../../errors';
import type { IRouter, RouteOptions } from '../../http/types';
import { isSuperuser } from '../../security/is_superuser';
import type { AuthenticatedUser, AuthorizationService } from '../../security/types';
import { listSpacesQuery, spaceBody, spaceIdParams } from '../space_codecs';
import type { SpacesClient } from '../spaces_client';
import type { Space } from '../space_type';

/** What the spaces API asks security: the caller's privileges in one space. */
export type SpaceAccess = Pick<AuthorizationService, 'getSpacePrivileges'>;

export interface SpaceRouteDeps {
  /** Throws 503 until the service has started. */
  client(): SpacesClient;
  access: SpaceAccess;
}

const options: RouteOptions = { access: 'public', spaceAgnostic: true };

function assertCanManage(user: AuthenticatedUser | undefined, verb: 'create' | 'update' | 'delete'): void {
  if (!user) throw unauthorized();
  if (!isSuperuser(user)) throw forbidden(`Unauthorized to ${verb} spaces`);
}

function assertSignedIn(user: AuthenticatedUser | undefined): AuthenticatedUser {
  if (!user) throw unauthorized();
  return user;
}

/** What `include_authorized_purposes` reports: reading is open to all, copying and sharing write. */
const purposesFor = (user: AuthenticatedUser) => {
  const canWrite = isSuperuser(user);
  return { any: true, copySavedObjectsIntoSpace: canWrite, findSavedObjects: true, shareSavedObjectsIntoSpace: canWrite };
};

export function registerSpaceRoutes(router: IRouter, deps: SpaceRouteDeps): void {
  const visibleTo = async (user: AuthenticatedUser, spaceId: string): Promise<boolean> =>
    isSuperuser(user) || (await deps.access.getSpacePrivileges(user, spaceId)).hasAnyPrivilege;

  router.get({ path: '/api/spaces/space', validate: { query: listSpacesQuery }, options }, async (context, request, response) => {
    const user = assertSignedIn(context.user);
    const { purpose, include_authorized_purposes: withPurposes } = request.query;
    const all = await deps.client().list();
    const visible = await Promise.all(all.map((space) => visibleTo(user, space.id)));
    const spaces = all.filter((_space, i) => visible[i]);
    if (purpose && purpose !== 'any' && !isSuperuser(user)) return response.ok({ body: [] as Space[] });
    const body = withPurposes === 'true' ? spaces.map((s) => ({ ...s, authorizedPurposes: purposesFor(user) })) : spaces;
    return response.ok({ body });
  });

  router.get({ path: '/api/spaces/space/{id}', validate: { params: spaceIdParams }, options }, async (context, request, response) => {
    const user = assertSignedIn(context.user);
    // A space the caller holds nothing in is answered as absent: its name is not theirs to learn.
    if (!(await visibleTo(user, request.params.id))) throw notFound();
    return response.ok({ body: await deps.client().get(request.params.id) });
  });

  router.post({ path: '/api/spaces/space', validate: { body: spaceBody }, options }, async (context, request, response) => {
    assertCanManage(context.user, 'create');
    return response.ok({ body: await deps.client().create(request.body) });
  });

  router.put(
    { path: '/api/spaces/space/{id}', validate: { params: spaceIdParams, body: spaceBody }, options },
    async (context, request, response) => {
      assertCanManage(context.user, 'update');
      return response.ok({ body: await deps.client().update(request.params.id, request.body) });
    },
  );

  router.delete({ path: '/api/spaces/space/{id}', validate: { params: spaceIdParams }, options }, async (context, request, response) => {
    assertCanManage(context.user, 'delete');
    await deps.client().remove(request.params.id);
    return response.noContent();
  });

  router.get(
    { path: '/internal/spaces/_active_space', validate: false, options: { access: 'internal', spaceAgnostic: true } },
    async (context, request, response) => {
      assertSignedIn(context.user);
      return response.ok({ body: await deps.client().get(request.spaceId) });
    },
  );
}
