/**
 * Audit events for logins, logouts and API keys. Logins and logouts carry Kibana's actions and
 * messages (`user_login`, `user_logout`, from its security plugin's audit events); Kibana leaves
 * API keys to the Elasticsearch audit log, which has no ECS names for them, so `api_key_create`
 * and `api_key_invalidate` are ours, worded like Kibana's saved-object events.
 *
 * Only interactive logins are `user_login` events, as in Kibana: credentials sent with every
 * request (Basic, ApiKey headers) open no session, and their failures show as lockouts.
 */
import type { AuditEvent } from '../audit_logger';

export const USER_LOGIN = 'user_login';
export const USER_LOGOUT = 'user_logout';
export const API_KEY_CREATE = 'api_key_create';
export const API_KEY_INVALIDATE = 'api_key_invalidate';

/** Only the basic provider exists here; Kibana names both the provider's type and its name. */
export interface LoginProvider {
  type: string;
  name: string;
}

/** ECS `error` as Kibana fills it: the error's name (`HttpError` for our refusals) and message. */
export function auditError(error: unknown): { code: string; message: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  return { code: e.name, message: e.message };
}

const providerFields = (provider: LoginProvider) => ({ authentication_provider: provider.name, authentication_type: provider.type });

export function userLoginEvent(args: {
  provider: LoginProvider;
  /** The name the caller gave: on a failure, who someone tried to log in as. */
  username: string;
  /** Set when the login succeeded. */
  roles?: string[];
  address: string;
  error?: unknown;
}): AuditEvent {
  const { provider, username, roles, address, error } = args;
  const failed = error !== undefined;
  return {
    message: failed
      ? `Failed attempt to login using ${provider.type} provider [name=${provider.name}]`
      : `User [${username}] has logged in using ${provider.type} provider [name=${provider.name}]`,
    event: { action: USER_LOGIN, category: ['authentication'], outcome: failed ? 'failure' : 'success' },
    user: failed ? { name: username } : { name: username, roles: roles ?? [] },
    source: { ip: address },
    kibana: providerFields(provider),
    ...(failed ? { error: auditError(error) } : {}),
  };
}

export function userLogoutEvent(args: { provider: LoginProvider; username: string | undefined; address: string }): AuditEvent {
  const { provider, username, address } = args;
  return {
    message: `User [${username}] is logging out using ${provider.type} provider [name=${provider.name}]`,
    event: { action: USER_LOGOUT, category: ['authentication'], outcome: 'unknown' },
    ...(username === undefined ? {} : { user: { name: username } }),
    source: { ip: address },
    kibana: providerFields(provider),
  };
}

interface ApiKeyEventArgs {
  user: { name: string; roles?: string[] };
  /** Unknown when a creation failed before the key existed. */
  apiKey?: { id: string; name?: string };
  error?: unknown;
}

function apiKeyDoc(apiKey: ApiKeyEventArgs['apiKey']): string {
  if (!apiKey) return 'an API key';
  return apiKey.name === undefined ? `API key [id=${apiKey.id}]` : `API key [id=${apiKey.id}, name=${apiKey.name}]`;
}

function apiKeyEvent(action: string, type: 'creation' | 'deletion', verbs: [string, string], { user, apiKey, error }: ApiKeyEventArgs): AuditEvent {
  const failed = error !== undefined;
  const [present, past] = verbs;
  return {
    message: failed ? `Failed attempt to ${present} ${apiKeyDoc(apiKey)}` : `User has ${past} ${apiKeyDoc(apiKey)}`,
    event: { action, category: ['iam'], type: [type], outcome: failed ? 'failure' : 'success' },
    user,
    // Named as the role and user events name theirs (`role`, `user`), not by the stored type.
    ...(apiKey ? { kibana: { saved_object: { type: 'api_key', ...apiKey } } } : {}),
    ...(failed ? { error: auditError(error) } : {}),
  };
}

export const apiKeyCreateEvent = (args: ApiKeyEventArgs) => apiKeyEvent(API_KEY_CREATE, 'creation', ['create', 'created'], args);
export const apiKeyInvalidateEvent = (args: ApiKeyEventArgs) => apiKeyEvent(API_KEY_INVALIDATE, 'deletion', ['invalidate', 'invalidated'], args);
