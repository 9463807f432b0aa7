/**
 * How the cases webhook authenticates, as Kibana's buildConnectorAuth: Basic credentials, or a
 * client certificate (PEM cert and key, or a PFX bundle, each stored base64, with the password
 * as passphrase); plus the connector's CA and verification mode. A connector whose chosen mode
 * lacks its secrets is refused with Kibana's `Wrong configuration`.
 */
import type { ConnectorTlsOptions } from '../../types';
import { ConnectorError } from '../../errors';
import { AUTH_BASIC, AUTH_OAUTH2, AUTH_SSL, type CasesWebhookConfig, type CasesWebhookSecrets } from './schema';

export const CASES_WEBHOOK_NAME = 'Webhook - Case Management';
export const OAUTH2_NOT_SUPPORTED = 'OAuth2 authentication is not supported for cases webhook connector';

const isString = (value: unknown): value is string => typeof value === 'string';
const fromBase64 = (value: string) => Buffer.from(value, 'base64');

/** Connectors made before `authType` existed mean Basic when `hasAuth` is set. */
const isBasicAuth = (config: CasesWebhookConfig) => config.hasAuth && (config.authType === AUTH_BASIC || !config.authType);

export interface WebhookAuth {
  headers: Record<string, string>;
  tls?: ConnectorTlsOptions;
}

function clientCertificate(secrets: CasesWebhookSecrets): ConnectorTlsOptions {
  const passphrase = isString(secrets.password) ? { passphrase: secrets.password } : {};
  if (isString(secrets.pfx)) return { pfx: fromBase64(secrets.pfx), ...passphrase };
  if (isString(secrets.crt) && isString(secrets.key)) return { cert: fromBase64(secrets.crt).toString('utf8'), key: fromBase64(secrets.key).toString('utf8'), ...passphrase };
  return {};
}

/**
 * The headers of every request (`content-type: application/json`, the config's headers, the
 * secret headers over them, then Basic unless a header already authorizes) and the TLS options.
 */
export function webhookAuth(config: CasesWebhookConfig, secrets: CasesWebhookSecrets): WebhookAuth {
  const wrongConfiguration = () => new ConnectorError(`[Action]${CASES_WEBHOOK_NAME}: Wrong configuration.`, { retry: false });
  if (config.authType === AUTH_OAUTH2) throw new ConnectorError(OAUTH2_NOT_SUPPORTED, { retry: false });
  const merged: Record<string, string> = { ...(config.headers ?? {}), ...(secrets.secretHeaders ?? {}) };
  const has = (name: string) => Object.keys(merged).some((k) => k.toLowerCase() === name);
  const headers: Record<string, string> = { ...(has('content-type') ? {} : { 'content-type': 'application/json' }), ...merged };

  if (isBasicAuth(config)) {
    if (!secrets.user || !secrets.password) throw wrongConfiguration();
    if (!has('authorization')) headers.Authorization = `Basic ${Buffer.from(`${secrets.user}:${secrets.password}`).toString('base64')}`;
  }
  const certificate = config.hasAuth && config.authType === AUTH_SSL ? clientCertificate(secrets) : {};
  const tls: ConnectorTlsOptions = {
    ...certificate,
    ...(config.verificationMode ? { verificationMode: config.verificationMode } : {}),
    ...(config.ca ? { ca: fromBase64(config.ca).toString('utf8') } : {}),
  };
  if (config.authType === AUTH_SSL && Object.keys(tls).length === 0) throw wrongConfiguration();
  return { headers, ...(Object.keys(tls).length > 0 ? { tls } : {}) };
}

/** Every secret value a failure text could echo (an error body repeating a header), to blank them out. */
export function secretValues(secrets: CasesWebhookSecrets): string[] {
  const values = [secrets.password, secrets.clientSecret, ...Object.values(secrets.secretHeaders ?? {})];
  if (secrets.user && secrets.password) values.push(Buffer.from(`${secrets.user}:${secrets.password}`).toString('base64'));
  return values.filter((v): v is string => isString(v) && v.length >= 4);
}
