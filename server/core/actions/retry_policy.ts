/**
 * RETRY_POLICY: the one rule for retrying a connector's HTTP call (docs/connectors.md says the
 * same). A retry must never do the work twice: a second POST that creates an incident would
 * open a duplicate in the external system.
 *
 * - At most `xpack.actions.run.maxAttempts` attempts (default 3), counting the first.
 * - Any method is retried when nothing was sent: the connection was refused or the name did not
 *   resolve (ECONNREFUSED, ENOTFOUND, EAI_AGAIN).
 * - Idempotent methods (GET, PUT, DELETE) are also retried when the connection was reset
 *   (ECONNRESET) and on 429, 502, 503 and 504.
 * - POST and PATCH are never retried once the request may have reached the server.
 * - The wait is 200 ms × 2^(attempt − 1), with jitter (half to all of it); a `Retry-After` of up
 *   to 5 s replaces it, a longer one ends the retries (the caller decides when to come back).
 * - No attempt starts past the request's timeout: the timeout bounds all attempts together.
 */
import type { ConnectorHttpRequest } from './types';

export const RETRY_POLICY = {
  baseDelayMs: 200,
  maxRetryAfterMs: 5_000,
  beforeSendCodes: ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'] as readonly string[],
  idempotentMethods: ['GET', 'PUT', 'DELETE'] as readonly string[],
  idempotentCodes: ['ECONNRESET'] as readonly string[],
  idempotentStatuses: [429, 502, 503, 504] as readonly number[],
} as const;

/** What went wrong with one attempt: a network failure's code, or an answer's status and Retry-After. */
export type AttemptFailure = { code: string } | { status: number; retryAfter?: string };

export interface RetryDecisionInput {
  method: ConnectorHttpRequest['method'];
  failure: AttemptFailure;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
  now?: number;
  random?: () => number;
}

/** Milliseconds to wait before the next attempt, or undefined when the failure is final. */
export function retryDelay({ method, failure, attempt, maxAttempts, now = Date.now(), random = Math.random }: RetryDecisionInput): number | undefined {
  if (attempt >= maxAttempts) return undefined;
  const idempotent = RETRY_POLICY.idempotentMethods.includes(method);
  if ('code' in failure) {
    const retryable = RETRY_POLICY.beforeSendCodes.includes(failure.code) || (idempotent && RETRY_POLICY.idempotentCodes.includes(failure.code));
    return retryable ? backoff(attempt, random) : undefined;
  }
  if (!idempotent || !RETRY_POLICY.idempotentStatuses.includes(failure.status)) return undefined;
  if (failure.retryAfter === undefined) return backoff(attempt, random);
  const asked = retryAfterMs(failure.retryAfter, now);
  if (asked === undefined) return backoff(attempt, random);
  return asked <= RETRY_POLICY.maxRetryAfterMs ? asked : undefined;
}

const backoff = (attempt: number, random: () => number): number => Math.round(RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1) * (0.5 + random() / 2));

/** `Retry-After` as seconds or an HTTP date; undefined when it is neither. */
export function retryAfterMs(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
