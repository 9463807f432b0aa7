/**
 * Who is calling: an Authorization header (Basic or ApiKey) when present, else the session
 * cookie. Returns null when no credentials are given; throws 401 for bad ones and 429 while
 * the caller is locked out, as the HTTP server's AuthenticationHandler contract expects.
 */
import { unauthorized } from '../errors';
import type { KibanaRequest } from '../http/types';
import type { ApiKeyStore } from './api_key_store';
import { parseAuthorizationHeader, type HeaderCredentials } from './authorization_header';
import { clientAddress } from './client_address';
import type { CredentialCache } from './credential_cache';
import type { LoginSubject, LoginThrottle } from './login_throttle';
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
  /** Normalized addresses of the reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: ReadonlySet<string>;
}

const singleHeader = (value: string | string[] | undefined): string | undefined => {
  if (Array.isArray(value)) throw unauthorized();
  return value;
};

const subjectOf = (credentials: HeaderCredentials): LoginSubject =>
  credentials.scheme === 'basic' ? { type: 'user', username: credentials.username } : { type: 'api_key', id: credentials.id };

export function createAuthenticator(deps: AuthenticatorDeps) {
  const { users, sessions, apiKeys, cache, throttle } = deps;

  /**
   * A password check behind the throttle: 429 while the (user, address) pair or the address is
   * locked, 401 when wrong. `address` is the client's, from `clientAddress`.
   */
  async function checkPassword(username: string, password: string, address: string): Promise<UserAttributes> {
    const subject: LoginSubject = { type: 'user', username };
    throttle.assertAllowed(subject, address);
    const user = await users.verifyCredentials(username, password);
    if (!user) {
      throttle.recordFailure(subject, address);
      throw unauthorized();
    }
    throttle.recordSuccess(subject, address);
    return user;
  }

  async function fromHeader(header: string, address: string): Promise<AuthenticatedUser> {
    const credentials = parseAuthorizationHeader(header);
    // Asked before the cache: a locked client must not learn from a cached answer that a guess
    // was right (someone else's recent login would otherwise make it a free oracle).
    throttle.assertAllowed(subjectOf(credentials), address);
    const cacheKey = sha256Hex(header);
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const epoch = cache.currentEpoch();
    if (credentials.scheme === 'basic') {
      const stored = await checkPassword(credentials.username, credentials.password, address);
      const user = toAuthenticatedUser(stored, { authentication_provider: HTTP_PROVIDER, authentication_type: 'realm' });
      cache.set(cacheKey, user, epoch);
      return user;
    }
    // A wrong secret counts against the sender's address, never against the key itself, so
    // the integration that holds the real key keeps working while someone else guesses.
    const subject = subjectOf(credentials);
    const key = await apiKeys.verify(credentials.id, credentials.key);
    const owner = key ? await users.get(key.username) : undefined;
    if (!key || !owner?.enabled) {
      throttle.recordFailure(subject, address);
      throw unauthorized();
    }
    throttle.recordSuccess(subject, address);
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

  /** The address failures are counted against: the socket's peer, or what trusted proxies report. */
  const addressOf = (request: KibanaRequest): string =>
    clientAddress(request.remoteAddress, request.headers['x-forwarded-for'], deps.trustedProxies);

  async function authenticate(request: KibanaRequest): Promise<AuthenticatedUser | null> {
    const header = singleHeader(request.headers.authorization);
    if (header !== undefined) return fromHeader(header, addressOf(request));
    const sessionId = readSessionCookie(request.headers.cookie, deps.cookieName);
    return sessionId ? fromSession(sessionId) : null;
  }

  return { authenticate, checkPassword, clientAddress: addressOf };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
