/**
 * The settings, shaped for the services that use them. Built once at start from the flat
 * key/value table so each service receives only its own part.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ActionsConfig } from '../actions/config';
import { AUDIT_FILE, type SecurityConfig } from '../security/config';
import type { SettingValues } from './settings';

export interface PlatformConfig {
  server: { host: string; port: number; maxPayload: number; shutdownTimeoutMs: number; defaultRoute: string };
  dataDir: string;
  /** The embedded store's read workers (read_pool.ts). */
  sqlite: { readWorkers: number; queryTimeoutMs: number };
  /** Export and import (saved_objects/import_export). */
  savedObjects: { maxImportExportSize: number; maxImportPayloadBytes: number };
  logLevel: SettingValues['logging.root.level'] & string;
  /** Present when `elasticsearch.hosts` is set: saved objects then live in the cluster. */
  elasticsearch?: {
    hosts: string[];
    username?: string;
    password?: string;
    apiKey?: string;
    ssl: { certificateAuthorities?: string[]; verificationMode: 'full' | 'certificate' | 'none' };
    requestTimeout: number;
    index: string;
    /** How long the start waits for the cluster before exiting (wait_for_cluster.ts). */
    startupTimeout: number;
  };
  security: SecurityConfig;
  /** xpack.actions: connectors' egress, TLS, timeouts, preconfigured connectors. */
  actions: ActionsConfig;
  /** xpack.encryptedSavedObjects: without a key, connectors with secrets cannot be created. */
  encryption: { encryptionKey?: string; decryptionOnlyKeys: string[] };
  /** server.publicBaseUrl, without a trailing slash. */
  publicBaseUrl?: string;
  /** notifications.connectors.default.email: the preconfigured `.email` connector that sends notifications. */
  notifications: { defaultEmailConnectorId?: string };
}

/** Values that have defaults are always set; the non-null assertions below rely on that table. */
export function toPlatformConfig(v: SettingValues, env: NodeJS.ProcessEnv, cwd: string): PlatformConfig {
  const hosts = v['elasticsearch.hosts'];
  const dataDir = resolve(cwd, v['path.data']!);
  return {
    server: {
      host: v['server.host']!,
      port: v['server.port']!,
      maxPayload: v['server.maxPayload']!,
      shutdownTimeoutMs: v['server.shutdownTimeout']!,
      defaultRoute: v['server.defaultRoute']!,
    },
    dataDir,
    sqlite: {
      readWorkers: v['savedObjects.sqlite.readWorkers'] ?? defaultReadWorkers(),
      queryTimeoutMs: v['savedObjects.sqlite.queryTimeout']!,
    },
    savedObjects: {
      maxImportExportSize: v['savedObjects.maxImportExportSize']!,
      maxImportPayloadBytes: v['savedObjects.maxImportPayloadBytes']!,
    },
    logLevel: v['logging.root.level']!,
    elasticsearch:
      hosts && hosts.length > 0
        ? {
            hosts,
            username: v['elasticsearch.username'],
            password: v['elasticsearch.password'],
            apiKey: v['elasticsearch.apiKey'],
            ssl: {
              certificateAuthorities: v['elasticsearch.ssl.certificateAuthorities']?.map((p) => resolve(cwd, p)),
              verificationMode: v['elasticsearch.ssl.verificationMode']!,
            },
            requestTimeout: v['elasticsearch.requestTimeout']!,
            index: v['elasticsearch.index']!,
            startupTimeout: v['elasticsearch.startupTimeout']!,
          }
        : undefined,
    security: {
      session: {
        idleTimeoutMs: v['security.session.idleTimeout']!,
        lifespanMs: v['security.session.lifespan']!,
        cookieName: 'sid',
        secureCookies: v['security.secureCookies']!,
      },
      loginAttempts: {
        maxFailures: v['security.loginAttempts.maxFailures']!,
        windowMs: v['security.loginAttempts.window']!,
        initialDelayMs: v['security.loginAttempts.delay']!,
        maxDelayMs: v['security.loginAttempts.maxDelay']!,
      },
      trustedProxies: v['server.trustedProxies']!,
      defaultRoute: v['server.defaultRoute']!,
      elasticPassword: env.ELASTIC_PASSWORD || undefined,
      audit: {
        enabled: v['xpack.security.audit.enabled']!,
        // Failures are written even when disabled, so the file is always configured.
        filePath: resolve(dataDir, ...AUDIT_FILE),
        rotation: { maxBytes: v['xpack.security.audit.rotation.maxBytes']!, keep: v['xpack.security.audit.rotation.keep']! },
      },
    },
    actions: v['xpack.actions']!,
    encryption: {
      encryptionKey: v['xpack.encryptedSavedObjects.encryptionKey'],
      decryptionOnlyKeys: v['xpack.encryptedSavedObjects.keyRotation.decryptionOnlyKeys'] ?? [],
    },
    publicBaseUrl: v['server.publicBaseUrl'],
    notifications: { defaultEmailConnectorId: v['notifications.connectors.default.email'] },
  };
}

/**
 * One read worker per CPU, at least one, at most four: reads beyond the cores only contend,
 * and the main thread needs a core too. Measured in BENCHMARKS.md (reads/s per worker count).
 */
export const defaultReadWorkers = (): number => Math.min(4, Math.max(1, availableParallelism()));
