import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { useCore } from '../core_context';

/**
 * The caller's capabilities in this page's space, as Kibana's `application.capabilities`: read
 * once when the page loads (a new space is a new page), so every control decides synchronously
 * and nothing flickers in and out.
 */
export function useCapabilities(): CapabilitiesResponse {
  return useCore().capabilities;
}

/** The management pages (users, roles, spaces) the caller may open. */
export function canManage(capabilities: CapabilitiesResponse) {
  return {
    users: capabilities.management.security?.users === true,
    roles: capabilities.management.security?.roles === true,
    spaces: capabilities.management.kibana?.spaces === true,
  };
}
