/**
 * scrypt makes each password check cost tens of milliseconds by design; API clients send Basic
 * credentials on every request. Verified Authorization headers are therefore remembered, keyed
 * by a SHA-256 of the header, for a few minutes.
 *
 * In one process, every change that could make a cached answer wrong (password change, user
 * disabled or deleted, key invalidated) flushes the entries of that user or key. Other processes
 * sharing the same store notice within the TTL at worst.
 */
import type { AuthenticatedUser } from './types';

export const CREDENTIAL_CACHE_TTL_MS = 5 * 60 * 1000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: AuthenticatedUser;
  expiresAt: number;
}

export function createCredentialCache(now: () => number, ttlMs = CREDENTIAL_CACHE_TTL_MS) {
  const entries = new Map<string, Entry>();
  /**
   * Bumped by every flush. A verification that started before a flush must not cache its
   * (possibly stale) answer after it, so `set` is given the epoch read before verifying.
   */
  let epoch = 0;

  function get(key: string): AuthenticatedUser | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.user;
  }

  /** `notAfter` caps the entry's life, e.g. at an API key's own expiration. */
  function set(key: string, user: AuthenticatedUser, epochAtStart: number, notAfter = Infinity): void {
    if (epochAtStart !== epoch) return;
    if (entries.size >= MAX_ENTRIES) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, { user, expiresAt: Math.min(now() + ttlMs, notAfter) });
  }

  function flushWhere(matches: (user: AuthenticatedUser) => boolean): void {
    epoch += 1;
    for (const [key, entry] of entries) if (matches(entry.user)) entries.delete(key);
  }

  return {
    get,
    set,
    currentEpoch: () => epoch,
    flushUser: (username: string) => flushWhere((u) => u.username === username),
    flushApiKey: (id: string) => flushWhere((u) => u.api_key?.id === id),
    get size() {
      return entries.size;
    },
  };
}

export type CredentialCache = ReturnType<typeof createCredentialCache>;
