import type { ApiKeyStore } from '../api_key_store';
import type { Authenticator } from '../authenticator';
import type { SecurityConfig } from '../config';
import type { SessionStore } from '../session_store';
import type { UserStore } from '../user_store';

/** What the routes act on; built at start, after the routes were registered at setup. */
export interface SecurityRuntime {
  users: UserStore;
  sessions: SessionStore;
  apiKeys: ApiKeyStore;
  authenticator: Authenticator;
  /**
   * Forgets what was cached about a user and, when `endSessions`, logs them out everywhere:
   * after a password change, a disable or a delete.
   */
  revokeUser(username: string, options: { endSessions: boolean }): Promise<void>;
  /** Forgets cached credentials of an invalidated API key. */
  revokeApiKey(id: string): void;
}

export interface SecurityRouteDeps {
  config: SecurityConfig;
  /** Throws 503 until the service has started. */
  runtime(): SecurityRuntime;
}
