import type { ApiKeyStore } from '../api_key_store';
import type { AuditLogger } from '../audit_logger';
import type { Authenticator } from '../authenticator';
import type { SecurityConfig } from '../config';
import type { KibanaFeature } from '../privileges/types';
import type { RoleStore } from '../roles/role_store';
import type { SessionStore } from '../session_store';
import type { UserStore } from '../user_store';

/** What the routes act on; built at start, after the routes were registered at setup. */
export interface SecurityRuntime {
  users: UserStore;
  sessions: SessionStore;
  apiKeys: ApiKeyStore;
  authenticator: Authenticator;
  /** Built-in and stored roles; users' `roles` name them. */
  roles: RoleStore;
  /** The features plugins registered during setup: what roles grant. */
  features(): readonly KibanaFeature[];
  /** Role and user changes are recorded here (authorization decisions are the authz service's). */
  audit: AuditLogger;
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
