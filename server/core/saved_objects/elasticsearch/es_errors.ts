/**
 * Turns client errors into the platform's HttpError. Clients never see an Elasticsearch error
 * body: a 404 or 409 on an object becomes the saved-object error, a cluster that cannot be
 * reached a 503, anything else a short message while the log keeps the details.
 */
import { errors } from '@elastic/elasticsearch';
import { HttpError, isHttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { savedObjectConflict, savedObjectNotFound } from '../errors';

export interface ObjectTarget {
  type: string;
  id: string;
}

/** The `{ type, reason }` Elasticsearch puts in an error, when it has one. */
export interface EsErrorCause {
  type?: string;
  reason?: string | null;
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

/** Maps a status and cause, as found on a response or on one bulk item. */
export function statusToHttpError(status: number, cause: EsErrorCause | undefined, target?: ObjectTarget): HttpError {
  if (status === 404 && target) return savedObjectNotFound(target.type, target.id);
  if (status === 409 && target) return savedObjectConflict(target.type, target.id);
  if (status === 400) {
    // The reason names the offending field or value, which the caller needs to fix the request.
    const reason = cause?.reason ?? cause?.type ?? 'invalid request';
    return new HttpError(400, `Elasticsearch rejected the request: ${reason}`);
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
    if (mapped.statusCode >= 500) logger?.error({ err: e, status, cause }, 'Elasticsearch request failed');
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
