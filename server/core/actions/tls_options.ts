/**
 * TLS of one outbound request: the request's own options (a connector's client certificate)
 * over the host's settings (customHostSettings over xpack.actions.ssl). Kibana's modes:
 * `full` checks the chain and the hostname, `certificate` the chain only, `none` nothing.
 * One undici Agent serves each distinct setting, keyed by a digest so that PEM text and
 * passphrases never sit in a map key.
 */
import { createHash } from 'node:crypto';
import type { ConnectionOptions } from 'node:tls';
import type { ConnectorHostSettings, ConnectorTlsOptions } from './types';

export type EffectiveTls = Required<Pick<ConnectorTlsOptions, 'verificationMode'>> & Omit<ConnectorTlsOptions, 'verificationMode'>;

export function effectiveTls(request: ConnectorTlsOptions | undefined, host: ConnectorHostSettings): EffectiveTls {
  return {
    ...request,
    verificationMode: request?.verificationMode ?? host.verificationMode,
    ca: request?.ca ?? host.ca,
  };
}

/** The socket options undici's connector passes to `tls.connect`. */
export function agentOptions(tls: EffectiveTls): ConnectionOptions {
  const options: ConnectionOptions = { rejectUnauthorized: tls.verificationMode !== 'none' };
  // The chain is still checked in `certificate` mode; only the name in it is not.
  if (tls.verificationMode === 'certificate') options.checkServerIdentity = () => undefined;
  if (tls.ca) options.ca = tls.ca;
  if (tls.cert) options.cert = tls.cert;
  if (tls.key) options.key = tls.key;
  if (tls.pfx) options.pfx = tls.pfx;
  if (tls.passphrase) options.passphrase = tls.passphrase;
  return options;
}

export function agentKey(tls: EffectiveTls): string {
  const hash = createHash('sha256');
  for (const part of [tls.verificationMode, tls.ca, tls.cert, tls.key, tls.pfx?.toString('base64'), tls.passphrase]) {
    hash.update(part ?? '');
    hash.update('\0');
  }
  return hash.digest('hex');
}
