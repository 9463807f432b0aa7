/**
 * Who made a request, for callers that hold the request but not its handler context (a start
 * contract such as "give me a client for this request"). Kibana answers this through
 * `security.authc.getCurrentUser(request)`; requests are remembered weakly, so nothing outlives them.
 */
import type { KibanaRequest } from '../http/types';
import type { AuthenticatedUser } from './types';

export interface CurrentUserRegistry {
  remember(request: KibanaRequest, user: AuthenticatedUser | undefined): void;
  /** Null for a request that was not authenticated (or that the platform never routed). */
  getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
}

export function createCurrentUserRegistry(): CurrentUserRegistry {
  const users = new WeakMap<KibanaRequest, AuthenticatedUser>();
  return {
    remember(request, user) {
      if (user) users.set(request, user);
    },
    getCurrentUser: (request) => users.get(request) ?? null,
  };
}
