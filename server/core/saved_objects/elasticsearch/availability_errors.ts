/**
 * Which Elasticsearch failures mean "not yet" and which mean "never, until someone fixes the
 * configuration". A cluster that is starting refuses connections, answers 503 (state not
 * recovered, shards initializing) or 429 (queues full): waiting helps. A 401 or 403 does not
 * heal by itself, so it is reported at once, naming what an operator has to change.
 */
import { errors } from '@elastic/elasticsearch';

const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

export function isTransientEsError(e: unknown): boolean {
  if (
    e instanceof errors.ConnectionError ||
    e instanceof errors.TimeoutError ||
    e instanceof errors.NoLivingConnectionsError
  ) {
    return true;
  }
  return e instanceof errors.ResponseError && TRANSIENT_STATUSES.has(e.meta.statusCode ?? 0);
}

function responseReason(e: InstanceType<typeof errors.ResponseError>): string | undefined {
  const body = e.meta.body as { error?: { reason?: string | null } | string } | undefined;
  if (typeof body?.error === 'string') return body.error;
  return body?.error?.reason ?? undefined;
}

/**
 * For a 401 or 403: a sentence naming the cause (the reason Elasticsearch gives names the
 * missing privilege and the user). Undefined for anything else.
 */
export function describeAuthFailure(e: unknown): string | undefined {
  if (!(e instanceof errors.ResponseError)) return undefined;
  const status = e.meta.statusCode;
  if (status === 401) {
    return 'Elasticsearch rejected the configured credentials (401): check elasticsearch.username and elasticsearch.password, or elasticsearch.apiKey';
  }
  if (status === 403) {
    const reason = responseReason(e) ?? 'no reason given';
    return `The configured Elasticsearch user lacks a privilege (403): ${reason}`;
  }
  return undefined;
}

/** A short cause for a log line: the error's class and, for a response, its status and reason. */
export function describeEsError(e: unknown): string {
  if (e instanceof errors.ResponseError) {
    return `${e.meta.statusCode ?? 'no status'} ${responseReason(e) ?? e.message}`;
  }
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
