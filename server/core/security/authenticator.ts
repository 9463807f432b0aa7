/**
 * Who is calling: an Authorization header (Basic or ApiKey) when present, else the session
 * cookie. Returns null when no credentials are given; throws 401 for bad ones and 429 while
 * the caller is locked out, as the HTTP server's AuthenticationHandler contract expects.
 */
import { unauthorized } from '../errors';
import type { KibanaRequest } from '../http/types';
import type { ApiKeyStore } from './api_key_store';
import { parseAuthorizationHeader } from './authorization_header';
import type { CredentialCache } from './credential_cache';
import type { LoginThrottle } from './login_throttle';
import type { UserAttributes } from './saved_object_types';
import { readSessionCookie } from './session_cookie';
import type { SessionStore } from './session_store';
import { sha256Hex } from './token_digest';
import type { AuthenticatedUser } from './types';
import { toAuthenticatedUser, type UserStore } from './user_store';

/** Matches `AuthenticationHandler` of server/core/http/http_server.ts (structural). */
export interface AuthenticationHandler {
  authenticate(request: KibanaRequest): Promise<AuthenticatedUser | null>;
}

/** Kibana's name for credentials sent in headers rather than through a login form. */
const HTTP_PROVIDER = { type: 'http', name: '__http__' } as const;
const API_KEY_REALM = { name: '_es_api_key', type: '_es_api_key' };

export interface AuthenticatorDeps {
  users: UserStore;
  sessions: SessionStore;
  apiKeys: ApiKeyStore;
  cache: CredentialCache;
  throttle: LoginThrottle;
  cookieName: string;
}

const singleHeader = (value: string | string[] | undefined): string | undefined => {
  if (Array.isArray(value)) throw unauthorized();
  return value;
};

export function createAuthenticator(deps: AuthenticatorDeps) {
  const { users, sessions, apiKeys, cache, throttle } = deps;

  /** A password check behind the throttle: 429 while locked out, 401 when wrong. */
  async function checkPassword(username: string, password: string, ip: string): Promise<UserAttributes> {
    throttle.assertAllowed(username, ip);
    const user = await users.verifyCredentials(username, password);
    if (!user) {
      throttle.recordFailure(username, ip);
      throw unauthorized();
    }
    throttle.recordSuccess(username);
    return user;
  }

  async function fromHeader(header: string, ip: string): Promise<AuthenticatedUser> {
    const cacheKey = sha256Hex(header);
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const epoch = cache.currentEpoch();
    const credentials = parseAuthorizationHeader(header);
    if (credentials.scheme === 'basic') {
      const stored = await checkPassword(credentials.username, credentials.password, ip);
      const user = toAuthenticatedUser(stored, { authentication_provider: HTTP_PROVIDER, authentication_type: 'realm' });
      cache.set(cacheKey, user, epoch);
      return user;
    }
    const subject = `api_key:${credentials.id}`;
    throttle.assertAllowed(subject, ip);
    const key = await apiKeys.verify(credentials.id, credentials.key);
    const owner = key ? await users.get(key.username) : undefined;
    if (!key || !owner?.enabled) {
      throttle.recordFailure(subject, ip);
      throw unauthorized();
    }
    const user = toAuthenticatedUser(owner, {
      authentication_provider: HTTP_PROVIDER,
      authentication_type: 'api_key',
      authentication_realm: API_KEY_REALM,
      api_key: { id: key.id, name: key.name },
    });
    cache.set(cacheKey, user, epoch, key.expiration);
    return user;
  }

  async function fromSession(sessionId: string): Promise<AuthenticatedUser | null> {
    const session = await sessions.resolve(sessionId);
    if (!session) return null;
    const user = await users.get(session.username);
    if (!user?.enabled) {
      await sessions.remove(sessionId);
      return null;
    }
    return toAuthenticatedUser(user, {
      authentication_provider: session.provider,
      authentication_type: 'realm',
    });
  }

  async function authenticate(request: KibanaRequest): Promise<AuthenticatedUser | null> {
    const header = singleHeader(request.headers.authorization);
    if (header !== undefined) return fromHeader(header, request.remoteAddress);
    const sessionId = readSessionCookie(request.headers.cookie, deps.cookieName);
    return sessionId ? fromSession(sessionId) : null;
  }

  return { authenticate, checkPassword };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
