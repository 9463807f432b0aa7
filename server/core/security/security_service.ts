/**
 * The platform's security: users, sessions and API keys stored as hidden saved objects,
 * the authentication handler the HTTP server calls on each request, and the authorization
 * hook plugins call on each operation.
 */
import { serviceUnavailable } from '../errors';
import type { IRouter } from '../http/types';
import type { Logger } from '../logging/types';
import type { SavedObjectsRepository, SavedObjectsType } from '../saved_objects/types';
import type { RequiredPrivileges, UserSummary } from '../types';
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
import { BUILTIN_ROLES } from './roles/builtin_roles';
import { createRoleStore } from './roles/role_store';
import { createPrivilegeEngine, type DisabledFeaturesLookup, type PrivilegeEngine } from './privileges/privilege_engine';
import type { KibanaFeature, ReservedRoleDefinition } from './privileges/types';
import { lazyPrivileges } from './routes/capabilities_route';
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
  users: {
    find(search?: string, size?: number, required?: RequiredPrivileges): Promise<UserSummary[]>;
    getByProfileUid(uid: string): Promise<UserSummary | undefined>;
  };
}

export interface SecurityStartDeps {
  repository: SavedObjectsRepository;
  /**
   * A space's switched-off features. Spaces start after security, so this is a lazy lookup;
   * without it no feature is switched off anywhere.
   */
  disabledFeatures?: DisabledFeaturesLookup;
}

export function createSecurityService(opts: SecurityServiceOptions) {
  const { config } = opts;
  // The audit logger is a sibling (`security.audit`), so the service names itself here rather
  // than receiving a named logger: pino would repeat `log.logger` in a child of a named child.
  const logger = opts.logger.child({ 'log.logger': 'security' });
  const now = opts.now ?? Date.now;
  const writeStdout = opts.writeStdout ?? ((line: string) => void process.stdout.write(line));
  let runtime: SecurityRuntime | undefined;
  let engine: PrivilegeEngine | undefined;
  // Open during plugin setup; read when the service starts (the plugins are set up by then).
  const features: KibanaFeature[] = [];
  const reservedRoles: ReservedRoleDefinition[] = [];

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
      roles: createRoleStore({ repository, reserved: () => [...BUILTIN_ROLES, ...reservedRoles], features: () => features }),
      features: () => features,
      audit,
      async revokeUser(username, { endSessions }) {
        cache.flushUser(username);
        if (endSessions) await sessions.removeForUser(username);
      },
      revokeApiKey: (id) => cache.flushApiKey(id),
    };
  }

  return {
    /** CoreSetup.security: what plugins declare for roles to grant. */
    featureRegistration: {
      registerFeature(feature: KibanaFeature): void {
        if (features.some((known) => known.id === feature.id)) throw new Error(`Feature [${feature.id}] is already registered`);
        features.push(feature);
      },
      registerReservedRole(role: ReservedRoleDefinition): void {
        if (reservedRoles.some((known) => known.name === role.name)) throw new Error(`Role [${role.name}] is already reserved`);
        reservedRoles.push(role);
      },
    },

    setup(deps: { router: IRouter; registerType(type: SavedObjectsType): void }): void {
      for (const type of SECURITY_TYPES) deps.registerType(type);
      registerSecurityRoutes(deps.router, {
        config,
        runtime: () => {
          if (!runtime) throw serviceUnavailable('Security is not ready yet.');
          return runtime;
        },
        privileges: lazyPrivileges(() => engine),
      });
    },

    async start(deps: SecurityStartDeps): Promise<SecurityStart> {
      const audit = createAuditLogger(opts.logger, config.audit);
      const started = buildRuntime(deps.repository, audit);
      await ensureSuperuser({
        users: started.users,
        logger,
        elasticPassword: config.elasticPassword,
        writeStdout,
        onPasswordChanged: (username) => started.revokeUser(username, { endSessions: true }),
      });
      const privileges = createPrivilegeEngine({
        features: () => features,
        roles: started.roles,
        disabledFeatures: deps.disabledFeatures ?? (() => []),
      });
      runtime = started;
      engine = privileges;
      return {
        authenticationHandler: { authenticate: (request) => started.authenticator.authenticate(request) },
        authz: createAuthorizationService(audit, privileges),
        audit,
        users: createUserDirectory(started.users, privileges),
      };
    },
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
