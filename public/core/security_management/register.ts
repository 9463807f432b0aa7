import { type QueryClient } from '@tanstack/react-query';
import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { type ApplicationSetup } from '../application_service';
import { canManage } from '../capabilities/use_capabilities';
import { CONNECTORS_PAGE_PATH, connectorCapabilities } from '../connectors_management/capabilities';
import { SAVED_OBJECTS_PAGE_PATH, savedObjectsCapabilities } from '../saved_objects_management/capabilities';

// Kibana's Stack Management paths: /app/management/security/users and .../roles, and
// /app/management/insightsAndAlerting/triggersActionsConnectors/connectors, and
// /app/management/kibana/objects.
export const SECURITY_MANAGEMENT_APP_ID = 'management';

/** A header link into the management app: one per page the caller may open. */
export interface ManagementLink {
  testSubj: string;
  title: string;
  iconType: string;
  /** Inside the app; none opens the app's first page. */
  path?: string;
  /** Whether `currentPath` is this link's page (when the app is the active one). */
  isCurrent: boolean;
}

export function getManagementLinks(capabilities: CapabilitiesResponse, currentPath = ''): ManagementLink[] {
  const onConnectors = currentPath.includes(CONNECTORS_PAGE_PATH);
  const onSavedObjects = currentPath.includes(SAVED_OBJECTS_PAGE_PATH);
  const links: ManagementLink[] = [];
  if (canManage(capabilities).users) {
    links.push({ testSubj: `appLink-${SECURITY_MANAGEMENT_APP_ID}`, title: 'Users and roles', iconType: 'users', isCurrent: !onConnectors && !onSavedObjects });
  }
  if (connectorCapabilities(capabilities).show) {
    links.push({ testSubj: 'appLink-connectors', title: 'Connectors', iconType: 'plugs', path: CONNECTORS_PAGE_PATH, isCurrent: onConnectors });
  }
  // Kibana's Stack Management > Kibana > Saved objects, for holders of the feature's `read`.
  if (savedObjectsCapabilities(capabilities).read) {
    links.push({ testSubj: 'appLink-savedObjects', title: 'Saved objects', iconType: 'savedObjectsApp', path: SAVED_OBJECTS_PAGE_PATH, isCurrent: onSavedObjects });
  }
  return links;
}

/** Users and roles, and connectors, are the platform's own app, as in Kibana's Stack Management. */
export function registerSecurityManagementApp(application: ApplicationSetup, queryClient: QueryClient) {
  application.register({
    id: SECURITY_MANAGEMENT_APP_ID,
    title: 'Users and roles',
    order: 110,
    euiIconType: 'users',
    // Kibana's manage_security for users and roles, the actions feature's `show` for connectors,
    // savedObjectsManagement's `read` for saved objects: a caller with none sees no link and
    // cannot open the app; the API refuses them either way.
    isAvailable: (capabilities) => getManagementLinks(capabilities).length > 0,
    mount: async (params) => (await import('./mount')).mount(params, queryClient),
  });
}
