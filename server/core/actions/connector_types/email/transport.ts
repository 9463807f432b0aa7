/**
 * The nodemailer SMTP options of one `.email` connector, as Kibana builds them: a well-known
 * service is handed to nodemailer by name; `other` uses the configured host, port and `secure`,
 * with TLS from xpack.actions (ssl.verificationMode, customHostSettings for `smtp://host:port`).
 * The host is resolved here too, so the executor can check it against allowedHosts before any
 * connection is made.
 */
import type { ConnectionOptions } from 'node:tls';
import wellKnown from 'nodemailer/lib/well-known';
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import type { ConnectorHostSettings } from '../../types';
import type { EmailConfig, EmailSecrets } from './schema';

/** Kibana's service values that are not nodemailer well-known names. */
export const OTHER_SERVICE = 'other';
export const EXCHANGE_SERVICE = 'exchange_server';

/** Nodemailer waits 2 minutes to connect and 10 minutes on a silent socket; a mail to assignees must not hold a worker that long. */
export interface SmtpTimeouts {
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionTimeoutMs: 30_000, greetingTimeoutMs: 30_000, socketTimeoutMs: 60_000 };

/** The SMTP host a config sends through, or null when its service is unknown (Kibana's `[service] value '…' is not valid`). */
export function smtpHostOf(config: EmailConfig): string | null {
  if (config.service === OTHER_SERVICE) return config.host;
  const entry = wellKnown(config.service);
  return entry === false ? null : (entry.host ?? null);
}

/** Kibana's rule: `secure` as configured, else TLS from the first byte only on port 465. */
const secureOf = (config: EmailConfig) => config.secure ?? config.port === 465;

function tlsOf(settings: ConnectorHostSettings): ConnectionOptions {
  const ca = settings.ca === undefined ? {} : { ca: settings.ca };
  switch (settings.verificationMode) {
    case 'none':
      return { ...ca, rejectUnauthorized: false };
    case 'certificate':
      // The chain is checked, the name is not: Kibana's `certificate` mode.
      return { ...ca, rejectUnauthorized: true, checkServerIdentity: () => undefined };
    default:
      return { ...ca, rejectUnauthorized: true };
  }
}

export function transportOptions(
  config: EmailConfig,
  secrets: EmailSecrets,
  hostSettings: (url: string) => ConnectorHostSettings,
  timeouts: SmtpTimeouts,
): SMTPTransportOptions {
  const options: SMTPTransportOptions = {
    connectionTimeout: timeouts.connectionTimeoutMs,
    greetingTimeout: timeouts.greetingTimeoutMs,
    socketTimeout: timeouts.socketTimeoutMs,
    // Nodemailer's own logger would print the SMTP dialogue, AUTH included.
    logger: false,
    debug: false,
  };
  if (config.hasAuth && secrets.user !== null && secrets.password !== null) options.auth = { user: secrets.user, pass: secrets.password };
  if (config.service !== OTHER_SERVICE) return { ...options, service: config.service };

  const secure = secureOf(config);
  const settings = hostSettings(`smtp://${config.host}:${config.port}`);
  // Kibana's special case: a plain, unauthenticated relay (a test server, a cloud proxy) rarely
  // has a valid certificate, so an opportunistic STARTTLS to it is not verified.
  const tls = !secure && options.auth === undefined ? { rejectUnauthorized: false } : tlsOf(settings);
  return {
    ...options,
    host: config.host ?? undefined,
    port: config.port ?? undefined,
    secure,
    tls,
    ...(settings.smtp?.ignoreTLS ? { ignoreTLS: true } : settings.smtp?.requireTLS ? { requireTLS: true } : {}),
  };
}
