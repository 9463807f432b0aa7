/**
 * Turns client errors into the platform's HttpError. Clients never see an Elasticsearch error
 * body: a 404 or 409 on an object becomes the saved-object error, a cluster that cannot be
 * reached a 503, anything else a short message while the log keeps the details.
 */
import { errors } from '@elastic/elasticsearch';
import { HttpError, isHttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { savedObjectConflict, savedObjectNotFound } from '../errors';
import { describeAuthFailure } from './availability_errors';

export interface ObjectTarget {
  type: string;
  id: string;
}

/**
 * The `{ type, reason }` Elasticsearch puts in an error, when it has one. A response error
 * also lists its `root_cause`s: a search wraps the real failure in
 * `search_phase_execution_exception` / "all shards failed"; a bulk item has none.
 */
export interface EsErrorCause {
  type?: string;
  reason?: string | null;
  index?: string;
  root_cause?: EsErrorCause[];
}

const UNAVAILABLE = 'Elasticsearch is unavailable: the saved-objects store cannot be reached';

function isUnreachable(e: unknown): boolean {
  return (
    e instanceof errors.ConnectionError ||
    e instanceof errors.TimeoutError ||
    e instanceof errors.NoLivingConnectionsError ||
    e instanceof errors.RequestAbortedError
  );
}

const rootCause = (cause: EsErrorCause | undefined): EsErrorCause | undefined => cause?.root_cause?.[0] ?? cause;

const hasType = (cause: EsErrorCause | undefined, type: string): boolean =>
  cause?.type === type || rootCause(cause)?.type === type;

/** The index an `index_not_found_exception` names, from its field or its reason. */
function missingIndex(cause: EsErrorCause | undefined): string {
  const named = cause?.index ?? rootCause(cause)?.index;
  if (named) return named;
  return /\[([^\]]+)\]/.exec(rootCause(cause)?.reason ?? cause?.reason ?? '')?.[1] ?? 'unknown';
}

/**
 * The point in time a search walked is gone: it outlived its keep-alive or was closed. The
 * snapshot cannot be resumed, so this is 410 Gone: the caller starts the walk again.
 */
export function pointInTimeGone(keepAlive?: string): HttpError {
  const hint = keepAlive ? ` (each page must be fetched within ${keepAlive} of the previous one)` : '';
  return new HttpError(410, `The point in time of this search expired or was closed${hint}; start the search again`);
}

/** Maps a status and cause, as found on a response or on one bulk item. */
export function statusToHttpError(status: number, cause: EsErrorCause | undefined, target?: ObjectTarget): HttpError {
  // Before the object 404: a missing index is a broken store, not a missing object.
  if (hasType(cause, 'index_not_found_exception')) {
    return new HttpError(
      503,
      `Elasticsearch index [${missingIndex(cause)}] does not exist: the saved-objects store is not set up; restart Cases to create it`,
    );
  }
  if (hasType(cause, 'search_context_missing_exception')) return pointInTimeGone();
  if (status === 404 && target) return savedObjectNotFound(target.type, target.id);
  if (status === 409 && target) return savedObjectConflict(target.type, target.id);
  if (status === 400) {
    // The root reason names the offending field or value, which the caller needs to fix the request.
    const reason = rootCause(cause)?.reason ?? cause?.reason ?? cause?.type ?? 'invalid request';
    return new HttpError(400, `Elasticsearch rejected the request: ${reason}`);
  }
  // Credentials, privileges or an index block: the store is unusable until an operator acts,
  // which is unavailability, not a bug of this request. The log names the cause.
  if (status === 401 || status === 403) {
    return new HttpError(503, 'Elasticsearch refused the saved-objects store (credentials, privileges or an index block); the server log names the cause');
  }
  if (status === 429 || status === 502 || status === 503 || status === 504) {
    return new HttpError(503, 'Elasticsearch is overloaded or unavailable; retry later');
  }
  return new HttpError(500, 'Elasticsearch request failed');
}

export function toHttpError(e: unknown, target?: ObjectTarget, logger?: Logger): HttpError {
  if (isHttpError(e)) return e;
  if (isUnreachable(e)) {
    logger?.warn({ err: e }, 'Elasticsearch unreachable');
    return new HttpError(503, UNAVAILABLE);
  }
  if (e instanceof errors.ResponseError) {
    const status = e.meta.statusCode ?? 500;
    const body = e.meta.body as { error?: EsErrorCause | string } | undefined;
    const cause = typeof body?.error === 'object' ? body.error : undefined;
    const mapped = statusToHttpError(status, cause, target);
    if (mapped.statusCode >= 500) logger?.error({ err: e, status, cause }, describeAuthFailure(e) ?? 'Elasticsearch request failed');
    return mapped;
  }
  logger?.error({ err: e }, 'Elasticsearch client error');
  return new HttpError(500, 'Elasticsearch request failed');
}

/** Runs one client call, translating whatever it throws. */
export async function esCall<T>(
  run: () => Promise<T>,
  target?: ObjectTarget,
  logger?: Logger,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toHttpError(e, target, logger);
  }
}
