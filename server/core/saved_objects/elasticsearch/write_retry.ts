/**
 * How writes are sent and, where it is safe, sent again. The client's transport resends a
 * request after a connection error, a timeout or a 502/503/504, not knowing whether the
 * first copy was applied: harmless for a read, wrong for a write (a `create` comes back as a
 * false 409, an increment skips a number). So every write goes with `maxRetries: 0`, and each
 * operation decides itself what a lost answer allows.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { errors } from '@elastic/elasticsearch';
import { isHttpError } from '../../errors';

/** Per-request transport options for every write. */
export const WRITE_OPTIONS = { maxRetries: 0 } as const;

/** Sends of one write after lost answers, the first included. */
export const LOST_ANSWER_ATTEMPTS = 3;

/**
 * The request may have been applied but its answer never arrived: the socket failed or timed
 * out after sending, or a proxy answered 502/503/504 for a node that may have done the work.
 */
export function isLostAnswer(e: unknown): boolean {
  if (e instanceof errors.ConnectionError || e instanceof errors.TimeoutError) return true;
  if (e instanceof errors.ResponseError) {
    const status = e.meta.statusCode;
    return status === 502 || status === 503 || status === 504;
  }
  return false;
}

/** A 409 from the client or from our mapping of it. */
export function isConflict(e: unknown): boolean {
  if (isHttpError(e)) return e.statusCode === 409;
  return e instanceof errors.ResponseError && e.meta.statusCode === 409;
}

const BACKOFF_BASE_MS = 5;
const BACKOFF_CAP_MS = 200;

/**
 * Full jitter: processes that collided once pick different moments to try again, instead of
 * colliding again in step.
 */
export function backoff(attempt: number): Promise<void> {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 10));
  return sleep(Math.floor(Math.random() * ceiling) + 1);
}

/** Runs `run` until it succeeds, it fails otherwise than `retryable`, or `attempts` are spent. */
export async function withRetries<T>(
  attempts: number,
  retryable: (e: unknown) => boolean,
  run: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(attempt);
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) throw e;
      await backoff(attempt);
    }
  }
}
