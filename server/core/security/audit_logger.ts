/**
 * The audit log, as Kibana's security plugin keeps it: one ECS event per line under the
 * `security.audit` logger, at info, so successes and failures alike survive the default level.
 * The platform's authorization decisions go here, and plugins record what they do beyond a
 * single authorized call (a deletion, say) through the same logger from CoreStart.
 */
import type { Logger } from '../logging/types';

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

export function createAuditLogger(logger: Logger): AuditLogger {
  const audit = logger.child({ 'log.logger': AUDIT_LOGGER_NAME });
  return {
    log({ message, ...fields }) {
      audit.info(fields, message);
    },
  };
}
