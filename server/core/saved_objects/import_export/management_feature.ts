/**
 * Kibana's "Saved Objects Management" feature (`savedObjectsManagement`): who may open Stack
 * Management → Saved objects. `read` lists objects; `all` also lets the page's edit, delete,
 * copy and share controls show. Export, import and copy to space are not gated by it: each type's
 * own `management.authorize` decides what a caller may move (a case by its owner), as the feature
 * would otherwise open every type's objects to whoever holds it.
 */
import { forbidden, unauthorized } from '../../errors';
import { privilegeAction } from '../../security/privileges/actions';
import type { KibanaRequest } from '../../http/types';
import type { KibanaFeature } from '../../security/privileges/types';
import type { AuthenticatedUser, AuthorizationService } from '../../security/types';

export const SAVED_OBJECTS_MANAGEMENT_FEATURE_ID = 'savedObjectsManagement';

export type SavedObjectsManagementOperation = 'read' | 'write';

/** `savedObjectsManagement:objects/<operation>`: built as every feature's actions are. */
export const savedObjectsManagementPrivilege = (operation: SavedObjectsManagementOperation): string =>
  privilegeAction({ namespace: SAVED_OBJECTS_MANAGEMENT_FEATURE_ID, name: operation }, 'objects');

/** Kibana's UI capabilities of the feature: `all` grants them all, `read` only `read`. */
const ALL_UI = ['read', 'edit', 'delete', 'copyIntoSpace', 'shareIntoSpace'];

export const savedObjectsManagementFeature: KibanaFeature = {
  id: SAVED_OBJECTS_MANAGEMENT_FEATURE_ID,
  name: 'Saved Objects Management',
  uiCapabilities: ALL_UI,
  privileges: {
    all: { actions: [savedObjectsManagementPrivilege('read'), savedObjectsManagementPrivilege('write')], ui: ALL_UI },
    read: { actions: [savedObjectsManagementPrivilege('read')], ui: ['read'] },
  },
  subFeatures: [],
};

/**
 * Resolves when the caller holds the feature's `read` in the space (the superuser does unless the
 * space switched the feature off); 401 signed out, 403 in the words of Kibana's router otherwise.
 */
export async function ensureCanReadSavedObjectsManagement(
  authz: Pick<AuthorizationService, 'getSpacePrivileges'>,
  user: AuthenticatedUser | undefined,
  request: Pick<KibanaRequest, 'method' | 'url' | 'spaceId'>,
): Promise<void> {
  if (!user) throw unauthorized();
  const privileges = await authz.getSpacePrivileges(user, request.spaceId);
  if (privileges.actions.has(savedObjectsManagementPrivilege('read'))) return;
  // Kibana's router refusal names the route as called, without the space prefix.
  const route = `${request.url.pathname.replace(/^\/s\/[^/]+(?=\/)/, '')}${request.url.search}`;
  throw forbidden(
    `API [${request.method.toUpperCase()} ${route}] is unauthorized for user, this action is granted by the Kibana privileges [${SAVED_OBJECTS_MANAGEMENT_FEATURE_ID}]`,
  );
}
