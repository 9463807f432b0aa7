/**
 * The audit log, as Kibana's security plugin keeps it: one ECS event per JSON line, in its own
 * file (`<path.data>/audit/audit.log`, rotated by size; see audit/rotating_file.ts). The
 * platform's authorization decisions, logins, logouts and API-key changes go here, and plugins
 * record what they do beyond a single authorized call (a deletion, say) through the same logger
 * from CoreStart.
 *
 * What is kept: failures always, everything else only with `xpack.security.audit.enabled`.
 * Lines are written synchronously, so an event is in the file before the response leaves.
 * Each line carries `trace.id`, the id of the request it was logged for (request_context.ts).
 *
 * Failures are also sent to the process log (as they were before the file existed): refusals
 * and lockouts are what an operator watching the console needs, and they are off the hot path.
 * Successes, the bulk of the events, cost one line in the file only.
 */
import { currentRequestId } from '../http/request_context';
import type { Logger } from '../logging/types';
import { createRotatingFile } from './audit/rotating_file';
import type { AuditConfig } from './config';

export type AuditOutcome = 'success' | 'failure' | 'unknown';

/** The ECS fields Kibana's audit events carry; plugins fill what applies. */
export interface AuditEvent {
  message: string;
  event: {
    action: string;
    category?: string[];
    type?: string[];
    outcome?: AuditOutcome;
  };
  user?: { id?: string; name: string; roles?: string[] };
  /** The client the event is about, as the lockouts see it (see client_address.ts). */
  source?: { ip: string };
  kibana?: {
    space_id?: string;
    saved_object?: { type: string; id?: string; name?: string };
    [field: string]: unknown;
  };
  error?: { code?: string; message: string };
}

export interface AuditLogger {
  log(event: AuditEvent): void;
}

export const AUDIT_LOGGER_NAME = 'security.audit';
/** The ECS version the process logs declare too (@elastic/ecs-pino-format). */
export const AUDIT_ECS_VERSION = '8.10.0';

export interface AuditLoggerOptions extends Partial<AuditConfig> {
  /** Injected clock (epoch ms) for `@timestamp`. */
  now?: () => number;
}

export interface FileAuditLogger extends AuditLogger {
  /** Closes the file; a later event opens it again. */
  close(): void;
}

/** One line of the file: the event's ECS fields, then the ones every line has. */
export function auditLine({ message, ...fields }: AuditEvent, timestamp: number, traceId: string | undefined): string {
  return `${JSON.stringify({
    '@timestamp': new Date(timestamp).toISOString(),
    message,
    ...fields,
    ...(traceId === undefined ? {} : { trace: { id: traceId } }),
    'log.level': 'info',
    'log.logger': AUDIT_LOGGER_NAME,
    'ecs.version': AUDIT_ECS_VERSION,
  })}\n`;
}

/**
 * Without options (tests, embedding) every event goes to `logger` at info, as before the file
 * existed; the security service passes the configured `xpack.security.audit` settings.
 */
export function createAuditLogger(logger: Logger, options: AuditLoggerOptions = {}): FileAuditLogger {
  const { enabled = true, filePath, rotation, now = Date.now } = options;
  const audit = logger.child({ 'log.logger': AUDIT_LOGGER_NAME });
  const toProcessLog = ({ message, ...fields }: AuditEvent, traceId: string | undefined) =>
    audit.info(traceId === undefined ? fields : { ...fields, trace: { id: traceId } }, message);

  if (!filePath) {
    return {
      log(event) {
        if (enabled || event.event.outcome === 'failure') toProcessLog(event, currentRequestId());
      },
      close: () => undefined,
    };
  }

  // One report per outage, not one per lost event; another when writing works again.
  let failing = false;
  const file = createRotatingFile({
    path: filePath,
    maxBytes: rotation?.maxBytes ?? Number.MAX_SAFE_INTEGER,
    keep: rotation?.keep ?? 0,
    onError(error, what) {
      if (!failing) audit.error({ err: error }, `Cannot ${what} the audit log ${filePath}: audit events are lost until it works again`);
      failing = true;
    },
  });

  return {
    log(event) {
      const failure = event.event.outcome === 'failure';
      if (!enabled && !failure) return;
      const traceId = currentRequestId();
      if (file.append(auditLine(event, now(), traceId)) && failing) {
        failing = false;
        audit.warn(`The audit log ${filePath} is written again`);
      }
      if (failure) toProcessLog(event, traceId);
    },
    close: () => file.close(),
  };
}
