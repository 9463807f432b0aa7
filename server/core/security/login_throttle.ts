/**
 * Slows credential guessing without letting anyone aim a lockout at someone else.
 *
 * - Failures lock the pair (subject, client address) with a growing delay: a username, or an
 *   API key id, is never locked everywhere, so the real user (or integration) on its own address
 *   keeps working while someone else guesses.
 * - Failures also count against the address alone, with a looser limit (several people may share
 *   a NAT), so one client cannot spray many usernames or key ids.
 *
 * A locked pair or address is refused with 429 and Retry-After before any secret is checked,
 * whatever it sends: were a right password let through, the delay would not slow guessing, and
 * the answer would tell a guesser when a guess was right.
 */
import { tooManyRequests } from '../errors';
import { addressBucket } from './client_address';
import { createFailureTable } from './failure_table';

/** The address limit is this many times the pair's free failures. */
export const ADDRESS_FAILURE_FACTOR = 4;

export interface LoginAttemptLimits {
  /** Failures a pair may make before delays start; the address gets ADDRESS_FAILURE_FACTOR× that. */
  maxFailures: number;
  /** A record is forgotten this long after its last failure or the end of its lock. */
  windowMs: number;
  /** The first delay; each further failure doubles it. */
  initialDelayMs: number;
  maxDelayMs: number;
}

export type LoginSubject = { type: 'user'; username: string } | { type: 'api_key'; id: string };

export interface Lockout {
  /** `user_and_address`: this subject from this address; `address`: every attempt from the address. */
  scope: 'user_and_address' | 'address';
  subject: LoginSubject;
  address: string;
  failures: number;
  lockedUntil: number;
}

export interface LoginThrottleOptions {
  /** Called for every lock a failure starts, to audit it. */
  onLockout?: (lockout: Lockout) => void;
  /** Records kept per table (pairs, addresses). */
  maxEntries?: number;
}

const subjectKey = (s: LoginSubject) => (s.type === 'user' ? `user:${s.username}` : `api_key:${s.id}`);

export function createLoginThrottle(limits: LoginAttemptLimits, now: () => number, options: LoginThrottleOptions = {}) {
  const { onLockout = () => undefined, maxEntries } = options;
  const pairs = createFailureTable({ ...limits, freeFailures: limits.maxFailures }, now, maxEntries);
  const addresses = createFailureTable({ ...limits, freeFailures: limits.maxFailures * ADDRESS_FAILURE_FACTOR }, now, maxEntries);
  // Address characters never include `|`, so the pair key cannot be forged by a crafted username.
  const pairKey = (subject: LoginSubject, address: string) => `${addressBucket(address)}|${subjectKey(subject)}`;

  return {
    /** Throws 429 with Retry-After while the pair or the address is locked. */
    assertAllowed(subject: LoginSubject, address: string): void {
      const until = Math.max(addresses.lockedUntil(addressBucket(address)) ?? 0, pairs.lockedUntil(pairKey(subject, address)) ?? 0);
      const t = now();
      if (until > t) throw tooManyRequests('Too many failed login attempts. Try again later.', (until - t) / 1000);
    },

    recordFailure(subject: LoginSubject, address: string): void {
      const pair = pairs.fail(pairKey(subject, address));
      if (pair.locked) onLockout({ scope: 'user_and_address', subject, address, failures: pair.failures, lockedUntil: pair.lockedUntil });
      const all = addresses.fail(addressBucket(address));
      if (all.locked) onLockout({ scope: 'address', subject, address, failures: all.failures, lockedUntil: all.lockedUntil });
    },

    /**
     * A right secret clears its pair. The address keeps its count: one known account must not
     * let a sprayer reset the address limit between guesses at others.
     */
    recordSuccess(subject: LoginSubject, address: string): void {
      pairs.clear(pairKey(subject, address));
    },

    /** Records held, for tests and diagnostics. */
    sizes: () => ({ pairs: pairs.size, addresses: addresses.size }),
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
