/**
 * Slows password guessing: failures are counted per username and per client address in fixed
 * windows. Past the limit, attempts are refused with 429 before any password is checked.
 * The address limit is looser (several people may share a NAT) but still stops one client
 * from spraying many usernames.
 */
import { tooManyRequests } from '../errors';

export const IP_FAILURE_FACTOR = 4;
/** Expired windows are dropped once the table grows past this, so junk usernames cannot pile up. */
const PRUNE_THRESHOLD = 10_000;

interface Window {
  failures: number;
  resetAt: number;
}

export function createLoginThrottle(limits: { maxFailures: number; windowMs: number }, now: () => number) {
  const windows = new Map<string, Window>();

  const live = (key: string): Window | undefined => {
    const w = windows.get(key);
    if (w && w.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return w;
  };

  function check(key: string, max: number): void {
    const w = live(key);
    if (w && w.failures >= max) {
      throw tooManyRequests('Too many failed login attempts. Try again later.', (w.resetAt - now()) / 1000);
    }
  }

  function bump(key: string): void {
    const w = live(key);
    if (w) w.failures += 1;
    else windows.set(key, { failures: 1, resetAt: now() + limits.windowMs });
  }

  function prune(): void {
    if (windows.size < PRUNE_THRESHOLD) return;
    for (const key of [...windows.keys()]) live(key);
  }

  return {
    /** Throws 429 while the username or the address is over its limit. */
    assertAllowed(subject: string | undefined, ip: string): void {
      if (subject !== undefined) check(`subject:${subject}`, limits.maxFailures);
      check(`ip:${ip}`, limits.maxFailures * IP_FAILURE_FACTOR);
    },
    recordFailure(subject: string | undefined, ip: string): void {
      prune();
      if (subject !== undefined) bump(`subject:${subject}`);
      bump(`ip:${ip}`);
    },
    /** A right password ends the username's window; the address keeps its count. */
    recordSuccess(subject: string): void {
      windows.delete(`subject:${subject}`);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
