/**
 * How the server reaches the cluster. The settings mirror kibana.yml's `elasticsearch.*` keys;
 * this file turns them into client options and nothing else.
 */
import { readFileSync } from 'node:fs';
import { Client, type ClientOptions } from '@elastic/elasticsearch';

export type VerificationMode = 'full' | 'certificate' | 'none';

export interface ElasticsearchConfig {
  hosts: string[];
  username?: string;
  password?: string;
  /** Encoded API key (`base64(id:key)`); wins over username/password when both are set. */
  apiKey?: string;
  ssl?: {
    /** Paths of PEM files. */
    certificateAuthorities?: string[];
    verificationMode?: VerificationMode;
  };
  /** Milliseconds. */
  requestTimeout?: number;
  /** Alias of the saved-objects index. */
  index?: string;
}

export const DEFAULT_INDEX_ALIAS = 'saved-objects';

function authOption(config: ElasticsearchConfig): ClientOptions['auth'] {
  if (config.apiKey) return { apiKey: config.apiKey };
  if (config.username) return { username: config.username, password: config.password ?? '' };
  return undefined;
}

function tlsOption(config: ElasticsearchConfig): ClientOptions['tls'] {
  const mode = config.ssl?.verificationMode ?? 'full';
  const caPaths = config.ssl?.certificateAuthorities ?? [];
  if (mode === 'full' && caPaths.length === 0) return undefined;
  return {
    ...(caPaths.length > 0 ? { ca: caPaths.map((path) => readFileSync(path, 'utf8')) } : {}),
    rejectUnauthorized: mode !== 'none',
    // `certificate` checks the chain but not the host name, as Kibana's mode of that name does.
    ...(mode === 'certificate' ? { checkServerIdentity: () => undefined } : {}),
  };
}

/** Client options for a config; separate from the client so tests can read them. */
export function buildClientOptions(config: ElasticsearchConfig): ClientOptions {
  const auth = authOption(config);
  const tls = tlsOption(config);
  return {
    nodes: config.hosts,
    ...(auth ? { auth } : {}),
    ...(tls ? { tls } : {}),
    ...(config.requestTimeout !== undefined ? { requestTimeout: config.requestTimeout } : {}),
  };
}

/** `extra` lets tests plug in a mocked connection; production passes nothing. */
export function createElasticsearchClient(
  config: ElasticsearchConfig,
  extra: Pick<ClientOptions, 'Connection' | 'maxRetries'> = {},
): Client {
  return new Client({ ...buildClientOptions(config), ...extra });
}
