/**
 * Every setting the platform reads, by its kibana.yml-style dotted key. This table is the one
 * place a key is declared: the YAML file, environment variables and command-line flags are all
 * checked against it, so a misspelt key stops the start with its name instead of being ignored.
 */
import { isIP } from 'node:net';
import * as t from 'io-ts';
import { actionsConfigCodec, DEFAULT_ACTIONS_CONFIG } from '../actions/config';
import { bool, byteSize, duration, nonEmptyString, oneOf, stringList } from './codecs';

export interface Setting<A> {
  /** A decoder, not a full codec, so the table stays covariant in A. */
  codec: t.Decoder<unknown, A>;
  default?: A;
  /** What the value means, for `--help` and error messages. */
  description: string;
  /** Hidden from logs: passwords and keys. */
  secret?: boolean;
}

const portNumber = new t.Type<number, unknown, unknown>(
  'a port number (0-65535)',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= 65535,
  (u, c) => {
    const n = typeof u === 'string' && /^\d+$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 65535 ? t.success(n) : t.failure(u, c);
  },
  t.identity,
);

const positiveInteger = new t.Type<number, unknown, unknown>(
  'a positive integer',
  (u): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u > 0,
  (u, c) => {
    const n = typeof u === 'string' && /^\d+$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? t.success(n) : t.failure(u, c);
  },
  t.identity,
);

/** At most this many read workers: past the cores, threads only contend. */
export const MAX_READ_WORKERS = 64;

const workerCount = new t.Type<number, unknown, unknown>(
  `a number of threads (0-${MAX_READ_WORKERS})`,
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= MAX_READ_WORKERS,
  (u, c) => {
    const n = typeof u === 'string' && /^\d+$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_READ_WORKERS ? t.success(n) : t.failure(u, c);
  },
  t.identity,
);

/** A path on this server, never `//host`: it becomes a redirect. */
const appRoute = new t.Type<string, unknown, unknown>(
  'a path such as /app/home',
  (u): u is string => typeof u === 'string' && /^\/[^/\\]/.test(u),
  (u, c) => (typeof u === 'string' && /^\/[^/\\]/.test(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** IP addresses (no ranges): a YAML sequence or a comma-separated string. */
const ipList = new t.Type<string[], unknown, unknown>(
  'a list of IP addresses',
  (u): u is string[] => Array.isArray(u) && u.every((s) => typeof s === 'string' && isIP(s) !== 0),
  (u, c) => {
    const items = typeof u === 'string' ? u.split(',').map((s) => s.trim()).filter(Boolean) : u;
    return Array.isArray(items) && items.every((s) => typeof s === 'string' && isIP(s) !== 0)
      ? t.success(items as string[])
      : t.failure(u, c);
  },
  t.identity,
);

/** How many rotated audit files to keep: 0 (the live file only) to 1000. */
const fileCount = new t.Type<number, unknown, unknown>(
  'a number of files (0-1000)',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= 1000,
  (u, c) => {
    const n = typeof u === 'string' && /^\d+$/.test(u) ? Number(u) : u;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1000 ? t.success(n) : t.failure(u, c);
  },
  t.identity,
);

/** Kibana's encryptedSavedObjects schema: 32 characters at least, or the key is too weak to derive from. */
export const MIN_ENCRYPTION_KEY_LENGTH = 32;

const encryptionKey = new t.Type<string, unknown, unknown>(
  `a string of at least ${MIN_ENCRYPTION_KEY_LENGTH} characters`,
  (u): u is string => typeof u === 'string' && u.length >= MIN_ENCRYPTION_KEY_LENGTH,
  (u, c) => (typeof u === 'string' && u.length >= MIN_ENCRYPTION_KEY_LENGTH ? t.success(u) : t.failure(u, c)),
  t.identity,
);

const encryptionKeyList = new t.Type<string[], unknown, unknown>(
  `a list of keys of at least ${MIN_ENCRYPTION_KEY_LENGTH} characters`,
  (u): u is string[] => Array.isArray(u) && u.every((k) => encryptionKey.is(k)),
  (u, c) => {
    const decoded = stringList.decode(u);
    return decoded._tag === 'Right' && decoded.right.every((k) => encryptionKey.is(k)) ? t.success(decoded.right) : t.failure(u, c);
  },
  t.identity,
);

/** Kibana's `server.publicBaseUrl`: an absolute http(s) URL without query or hash; the trailing slash is dropped. */
const publicBaseUrl = new t.Type<string, unknown, unknown>(
  'an http(s) URL without query or hash, such as https://cases.example.com',
  (u): u is string => typeof u === 'string' && !u.endsWith('/'),
  (u, c) => {
    if (typeof u !== 'string' || !URL.canParse(u)) return t.failure(u, c);
    const url = new URL(u);
    const valid = (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '' && !u.includes('?') && !u.includes('#');
    return valid ? t.success(u.replace(/\/+$/, '')) : t.failure(u, c);
  },
  t.identity,
);

const setting = <A>(
  codec: t.Type<A, unknown, unknown>,
  description: string,
  extra: Partial<Setting<NoInfer<A>>> = {},
): Setting<A> => ({
  codec,
  description,
  ...extra,
});

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export const SETTINGS = {
  'server.host': setting(nonEmptyString, 'address to listen on', { default: '127.0.0.1' }),
  'server.port': setting(portNumber, 'port to listen on (0 picks a free one)', { default: 5601 }),
  'server.maxPayload': setting(positiveInteger, 'largest request body in bytes', { default: 1_048_576 }),
  // Kibana's default is its home app; a host names its own (see server/main.ts).
  'server.defaultRoute': setting(appRoute, 'where / and a login without a next page land', { default: '/app/home' }),
  'server.shutdownTimeout': setting(duration, 'how long a graceful stop waits for requests in flight', { default: 30_000 }),
  'server.trustedProxies': setting(ipList, 'reverse proxies whose X-Forwarded-For names the client (none: the socket peer is the client)', { default: [] }),
  'path.data': setting(nonEmptyString, 'folder of the embedded store', { default: './data' }),
  // No fixed default: the number of CPUs, 1 to 4 (platform_config.ts).
  'savedObjects.sqlite.readWorkers': setting(workerCount, 'threads that run finds of the embedded store off the event loop (0: on it, without a time budget); default: the CPUs, 1 to 4'),
  // Kibana's names. Larger defaults than Kibana's (10,000 objects, 25 MiB): import and export stream, so the size of
  // a file bounds the time it takes, not the memory (an export of 10,000 cases with 100,000 comments fits).
  'savedObjects.maxImportExportSize': setting(positiveInteger, 'most objects one export writes or one import file holds', { default: 500_000 }),
  'savedObjects.maxImportPayloadBytes': setting(byteSize, 'largest import file', { default: 512 * 1024 * 1024 }),
  'savedObjects.sqlite.queryTimeout': setting(duration, 'time budget of one find of the embedded store; past it the find answers 503', { default: 10_000 }),
  'logging.root.level': setting(oneOf(LOG_LEVELS), 'log level', { default: 'info' }),
  'elasticsearch.hosts': setting(stringList, 'Elasticsearch URLs; when set, saved objects live in the cluster'),
  'elasticsearch.username': setting(nonEmptyString, 'Elasticsearch user'),
  'elasticsearch.password': setting(nonEmptyString, 'Elasticsearch password', { secret: true }),
  'elasticsearch.apiKey': setting(nonEmptyString, 'Elasticsearch API key (encoded), instead of username and password', { secret: true }),
  'elasticsearch.ssl.certificateAuthorities': setting(stringList, 'PEM files of the CAs that sign the cluster certificate'),
  'elasticsearch.ssl.verificationMode': setting(oneOf(['full', 'certificate', 'none'] as const), 'TLS verification of the cluster', { default: 'full' }),
  'elasticsearch.requestTimeout': setting(duration, 'timeout of one Elasticsearch request', { default: 30_000 }),
  'elasticsearch.index': setting(nonEmptyString, 'alias of the saved-objects index', { default: 'saved-objects' }),
  'elasticsearch.startupTimeout': setting(duration, 'how long the start waits for a cluster that is starting or unreachable', { default: 300_000 }),
  'security.session.idleTimeout': setting(duration, 'a session ends after this long unused', { default: 8 * 3_600_000 }),
  'security.session.lifespan': setting(duration, 'a session ends this long after login, used or not', { default: 30 * 86_400_000 }),
  'security.secureCookies': setting(bool, 'mark the session cookie Secure (serve over HTTPS)', { default: false }),
  'security.loginAttempts.maxFailures': setting(positiveInteger, 'failed logins per user and address before delays start (4x per address)', { default: 5 }),
  'security.loginAttempts.window': setting(duration, 'failed logins are forgotten this long after the last one or the end of its delay', { default: 5 * 60_000 }),
  'security.loginAttempts.delay': setting(duration, 'the first delay once failures pass the limit; each further failure doubles it', { default: 30_000 }),
  'security.loginAttempts.maxDelay': setting(duration, 'the longest delay', { default: 15 * 60_000 }),
  // Kibana's key: failures are written either way; `true` adds every success (see audit_logger.ts).
  'xpack.security.audit.enabled': setting(bool, 'write every audit event to <path.data>/audit/audit.log, not only the failures', { default: false }),
  'xpack.security.audit.rotation.maxBytes': setting(byteSize, 'the audit file is rotated before it passes this size', { default: 10 * 1024 * 1024 }),
  'xpack.security.audit.rotation.keep': setting(fileCount, 'rotated audit files kept (audit.log.1 is the newest)', { default: 7 }),
  // Connectors (server/core/actions): secrets at rest, links in pushed incidents and emails.
  'xpack.encryptedSavedObjects.encryptionKey': setting(encryptionKey, 'key that encrypts connector secrets at rest (32 characters or more); without it, connectors with secrets cannot be created', { secret: true }),
  'xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys': setting(encryptionKeyList, 'earlier encryption keys, tried when the current one does not decrypt', { secret: true, default: [] }),
  'server.publicBaseUrl': setting(publicBaseUrl, 'the public URL of this server: pushed incidents and emails link to cases with it'),
  'notifications.connectors.default.email': setting(nonEmptyString, 'id of the preconfigured .email connector that sends notifications (assignment emails)'),
  // A nested slice (maps, lists of objects): the loader hands it over whole (load_config.ts).
  'xpack.actions': setting(actionsConfigCodec, 'connectors: allowedHosts, enabledActionTypes, preconfigured, ssl, customHostSettings, responseTimeout, maxResponseContentLength, run.maxAttempts', {
    default: DEFAULT_ACTIONS_CONFIG,
    // Preconfigured connectors hold secrets in plain text.
    secret: true,
  }),
} satisfies Record<string, Setting<unknown>>;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K] extends Setting<infer A> ? A : never;
export type SettingValues = { [K in SettingKey]: SettingValue<K> | undefined };

export const isSettingKey = (key: string): key is SettingKey => Object.prototype.hasOwnProperty.call(SETTINGS, key);

/** `server.maxPayload` is read from `SERVER_MAXPAYLOAD`, as Kibana's container image does. */
export const envNameOf = (key: SettingKey): string => key.replace(/\./g, '_').toUpperCase();
