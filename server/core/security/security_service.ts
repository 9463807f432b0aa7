/**
 * The platform's security: users, sessions and API keys stored as hidden saved objects,
 * the authentication handler the HTTP server calls on each request, and the authorization
 * hook plugins call on each operation.
 */
import { serviceUnavailable } from '../errors';
import type { IRouter } from '../http/types';
import type { Logger } from '../logging/types';
import type { SavedObjectsRepository, SavedObjectsType } from '../saved_objects/types';
import type { UserSummary } from '../types';
import { createApiKeyStore } from './api_key_store';
import { createAuthenticator, type AuthenticationHandler } from './authenticator';
import { createAuditLogger, type AuditLogger } from './audit_logger';
import { createAuthorizationService } from './authorization_service';
import { ensureSuperuser } from './bootstrap_superuser';
import { trustedProxySet } from './client_address';
import type { SecurityConfig } from './config';
import { createCredentialCache } from './credential_cache';
import { lockoutAuditEvent } from './lockout_audit';
import { createLoginThrottle } from './login_throttle';
import { registerSecurityRoutes } from './routes/register_security_routes';
import type { SecurityRuntime } from './routes/route_deps';
import { SECURITY_TYPES } from './saved_object_types';
import { createSessionStore } from './session_store';
import type { AuthorizationService } from './types';
import { createUserDirectory } from './user_directory';
import { createUserStore } from './user_store';

export type { SecurityConfig } from './config';
export { DEFAULT_SECURITY_CONFIG } from './config';
export type { AuthenticationHandler } from './authenticator';
export { isSuperuser } from './is_superuser';

export interface SecurityServiceOptions {
  config: SecurityConfig;
  logger: Logger;
  /** Injected clock (epoch ms) so tests can move time. */
  now?: () => number;
  /** Where the one-time generated password line is written; process.stdout by default. */
  writeStdout?: (line: string) => void;
}

export interface SecurityStart {
  authenticationHandler: AuthenticationHandler;
  authz: AuthorizationService;
  audit: AuditLogger;
  users: { find(search?: string, size?: number): Promise<UserSummary[]>; getByProfileUid(uid: string): Promise<UserSummary | undefined> };
}

export function createSecurityService(opts: SecurityServiceOptions) {
  const { config } = opts;
  // The audit logger is a sibling (`security.audit`), so the service names itself here rather
  // than receiving a named logger: pino would repeat `log.logger` in a child of a named child.
  const logger = opts.logger.child({ 'log.logger': 'security' });
  const now = opts.now ?? Date.now;
  const writeStdout = opts.writeStdout ?? ((line: string) => void process.stdout.write(line));
  let runtime: SecurityRuntime | undefined;

  function buildRuntime(repository: SavedObjectsRepository, audit: AuditLogger): SecurityRuntime {
    const users = createUserStore(repository);
    const sessions = createSessionStore({ repository, timeouts: config.session, now, logger });
    const apiKeys = createApiKeyStore(repository, now);
    const cache = createCredentialCache(now);
    const throttle = createLoginThrottle(config.loginAttempts, now, { onLockout: (lockout) => audit.log(lockoutAuditEvent(lockout)) });
    const authenticator = createAuthenticator({
      users,
      sessions,
      apiKeys,
      cache,
      throttle,
      cookieName: config.session.cookieName,
      trustedProxies: trustedProxySet(config.trustedProxies),
    });
    return {
      users,
      sessions,
      apiKeys,
      authenticator,
      async revokeUser(username, { endSessions }) {
        cache.flushUser(username);
        if (endSessions) await sessions.removeForUser(username);
      },
      revokeApiKey: (id) => cache.flushApiKey(id),
    };
  }

  return {
    setup(deps: { router: IRouter; registerType(type: SavedObjectsType): void }): void {
      for (const type of SECURITY_TYPES) deps.registerType(type);
      registerSecurityRoutes(deps.router, {
        config,
        runtime: () => {
          if (!runtime) throw serviceUnavailable('Security is not ready yet.');
          return runtime;
        },
      });
    },

    async start(deps: { repository: SavedObjectsRepository }): Promise<SecurityStart> {
      const audit = createAuditLogger(opts.logger);
      const started = buildRuntime(deps.repository, audit);
      await ensureSuperuser({
        users: started.users,
        logger,
        elasticPassword: config.elasticPassword,
        writeStdout,
        onPasswordChanged: (username) => started.revokeUser(username, { endSessions: true }),
      });
      runtime = started;
      return {
        authenticationHandler: { authenticate: (request) => started.authenticator.authenticate(request) },
        authz: createAuthorizationService(audit),
        audit,
        users: createUserDirectory(started.users),
      };
    },
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
