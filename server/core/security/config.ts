/** What the security service is configured with; defaults follow Kibana's session settings. */
import type { LoginAttemptLimits } from './login_throttle';

export interface SecurityConfig {
  session: {
    /** A session unused for this long is gone (Kibana's `xpack.security.session.idleTimeout`). */
    idleTimeoutMs: number;
    /** A session never outlives this, used or not (`xpack.security.session.lifespan`). */
    lifespanMs: number;
    cookieName: string;
    /** Adds `Secure` to the cookie; on for anything served over TLS. */
    secureCookies: boolean;
  };
  /** How failed logins and API-key secrets slow their sender down (see login_throttle.ts). */
  loginAttempts: LoginAttemptLimits;
  /**
   * Reverse proxies whose X-Forwarded-For names the client (`server.trustedProxies`). Empty:
   * the socket's peer is the client, and the header is ignored.
   */
  trustedProxies: string[];
  /** Where a login without a usable `next` lands (`server.defaultRoute`). */
  defaultRoute: string;
  /** ELASTIC_PASSWORD, when set: the `elastic` user's password, authoritative on every start. */
  elasticPassword?: string;
  /** The audit log (`xpack.security.audit.*`); see audit_logger.ts. */
  audit: AuditConfig;
}

export interface AuditConfig {
  /**
   * `xpack.security.audit.enabled`: every event is written. Off (Kibana's default), only the
   * failures are: refusals and failed logins are what an operator must never miss.
   */
  enabled: boolean;
  /** The ECS file; without one (tests, embedding) the events go to the process logger. */
  filePath?: string;
  /**
   * The file is renamed `.1` (older ones shift up to `.keep`) before a line would take it past
   * `maxBytes`; so at most `keep + 1` files of about `maxBytes` each exist.
   */
  rotation: { maxBytes: number; keep: number };
}

export const AUDIT_FILE = ['audit', 'audit.log'] as const;
export const DEFAULT_AUDIT_ROTATION = { maxBytes: 10 * 1024 * 1024, keep: 7 };

const HOUR_MS = 60 * 60 * 1000;

export const DEFAULT_SECURITY_CONFIG: SecurityConfig = {
  session: { idleTimeoutMs: 8 * HOUR_MS, lifespanMs: 30 * 24 * HOUR_MS, cookieName: 'sid', secureCookies: false },
  loginAttempts: { maxFailures: 5, windowMs: 5 * 60 * 1000, initialDelayMs: 30 * 1000, maxDelayMs: 15 * 60 * 1000 },
  trustedProxies: [],
  defaultRoute: '/app/home',
  audit: { enabled: false, rotation: DEFAULT_AUDIT_ROTATION },
};
