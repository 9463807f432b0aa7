import { type CapabilitiesResponse } from '../../../common/core/capabilities';

/**
 * Kibana's `savedObjectsManagement` feature: `read` opens the page; copy to space follows
 * `copyIntoSpace`. Export and import are decided by the server per type (a case by its owner),
 * so every reader of the page sees them.
 */
export function savedObjectsCapabilities(capabilities: CapabilitiesResponse) {
  const feature = capabilities.savedObjectsManagement ?? {};
  return {
    read: feature.read === true,
    copyIntoSpace: feature.copyIntoSpace === true,
  };
}

/** Kibana's path of the page inside the `management` app. */
export const SAVED_OBJECTS_PAGE_PATH = '/kibana/objects';

/** Whether a granted UI capability path (`feature.capability`) holds, as Kibana's inAppUrl check. */
export function hasCapabilityPath(capabilities: CapabilitiesResponse, path: string): boolean {
  const [feature, ...rest] = path.split('.');
  const value = feature ? (capabilities[feature] as Record<string, unknown> | undefined)?.[rest.join('.')] : undefined;
  return value === true;
}
