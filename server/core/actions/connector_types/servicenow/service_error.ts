/**
 * Kibana's ServiceNow error text (lib/servicenow/utils.ts addServiceMessageToError):
 * `[Action][ServiceNow]: <what>. Error: <http message> Reason: <message>: <detail> [status=…] [method=…] [endpoint=…]`.
 * Kibana rewrites the failed request's error in place, so a failure inside a step (the read
 * after a create) is wrapped twice and both reasons show; carrying status and body forward
 * here gives the same text.
 */
import { ConnectorError, ConnectorHttpError } from '../../errors';
import { SERVICENOW_ERROR_NAME } from './config';

export interface RequestContext {
  endpoint: 'table' | 'import_set' | 'health' | 'other';
  method?: 'get' | 'post' | 'patch';
}

/** A long answer body must not make a long error text. */
const MAX_REASON_PART = 1000;
const cut = (s: string) => (s.length > MAX_REASON_PART ? `${s.slice(0, MAX_REASON_PART - 3)}...` : s);

export class ServiceNowError extends ConnectorError {
  /** The HTTP status of the answer that failed (or of an import-set answer reporting an error). */
  readonly status?: number;
  readonly code?: string;
  /** The failed answer's body, when there was one. */
  readonly data?: unknown;
  constructor(message: string, details: { status?: number; code?: string; data?: unknown; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.name = 'ServiceNowError';
    this.status = details.status;
    this.code = details.code;
    this.data = details.data;
  }
}

/** An answer that arrived but says the work failed (an import-set row with `status: 'error'`). */
export const serviceNowApiError = (message: string, status: number) => new ServiceNowError(message, { status });

/** ServiceNow's `{error: {message, detail}, status: 'failure'}`, or an OAuth `{error, error_description}`. */
function reasonOf(data: unknown): string {
  const error = typeof data === 'object' && data !== null ? (data as { error?: unknown }).error : undefined;
  if (typeof error === 'string') {
    // Our addition: Kibana reports token refusals as "unknown"; the OAuth body says why.
    const description = (data as { error_description?: unknown }).error_description;
    return cut(typeof description === 'string' && description !== '' ? `${error}: ${description}` : error);
  }
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const detail = typeof error === 'object' && error !== null ? (error as { detail?: unknown }).detail : undefined;
  if (typeof message !== 'string' || message === '') return 'unknown: no error in error response';
  return typeof detail === 'string' && detail !== '' ? `${cut(message)}: ${cut(detail)}` : cut(message);
}

function detailsOf(error: unknown): { message: string; status?: number; code?: string; data?: unknown } {
  if (error instanceof ServiceNowError || error instanceof ConnectorHttpError) return { message: error.message, status: error.status, code: error.code, data: error.data };
  if (error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

/** Wraps a failure of one ServiceNow operation in Kibana's words. */
export function serviceNowError(error: unknown, what: string, context?: RequestContext): ServiceNowError {
  const { message, status, code, data } = detailsOf(error);
  const parts = [`${what}.`, 'Error:', message];
  // Kibana takes the reason from the answer's body whenever the failed request got one.
  const hasBody = data !== undefined && data !== null && data !== '';
  if (hasBody) parts.push('Reason:', reasonOf(data));
  if (context) {
    parts.push(`[status=${status ?? code ?? 'none'}]`);
    if (context.method) parts.push(`[method=${context.method}]`);
    parts.push(`[endpoint=${context.endpoint}]`);
  }
  return new ServiceNowError(`[Action][${SERVICENOW_ERROR_NAME}]: ${parts.join(' ')}`, { status, code, data, cause: error });
}
