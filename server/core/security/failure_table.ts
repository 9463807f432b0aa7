/**
 * Failure records with a growing lock: the first `freeFailures` failures of a key cost nothing
 * (typos), each one after that locks the key for twice as long as the last, up to a cap. Only
 * failures move the count: attempts refused during a lock are not failures, so hammering a
 * locked key neither extends its lock nor tells the caller anything.
 *
 * A record is forgotten `windowMs` after its last failure or after its lock ends, whichever is
 * later, so waiting out the longest lock does not restore the free failures.
 *
 * The table is bounded: keys come from clients (usernames, addresses), so junk keys must not
 * grow it without end. When full, forgotten records go first, then unlocked ones, then the
 * oldest; a flood of junk therefore evicts real locks only once the table holds nothing else.
 */
export interface BackoffPolicy {
  freeFailures: number;
  initialDelayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

export interface FailureRecord {
  failures: number;
  /** Epoch ms; in the past when the key is not locked. */
  lockedUntil: number;
  forgetAt: number;
}

export const DEFAULT_MAX_ENTRIES = 50_000;
/** Eviction frees a tenth of the table at once, so a full table costs one sweep per many inserts. */
const REFILL_RATIO = 0.9;
/** 2^40 times any delay is far past any cap; bounding the exponent keeps the arithmetic finite. */
const MAX_EXPONENT = 40;

export function lockDelayMs(policy: BackoffPolicy, failures: number): number {
  if (failures < policy.freeFailures) return 0;
  const exponent = Math.min(failures - policy.freeFailures, MAX_EXPONENT);
  return Math.min(policy.initialDelayMs * 2 ** exponent, policy.maxDelayMs);
}

export function createFailureTable(policy: BackoffPolicy, now: () => number, maxEntries = DEFAULT_MAX_ENTRIES) {
  const records = new Map<string, FailureRecord>();

  function live(key: string): FailureRecord | undefined {
    const record = records.get(key);
    if (record && record.forgetAt <= now()) {
      records.delete(key);
      return undefined;
    }
    return record;
  }

  function evictDownTo(target: number): void {
    const t = now();
    const passes: Array<(r: FailureRecord) => boolean> = [(r) => r.forgetAt <= t, (r) => r.lockedUntil <= t, () => true];
    for (const evictable of passes) {
      // Maps iterate in insertion order, so each pass drops the oldest matching records first.
      for (const [key, record] of records) {
        if (records.size <= target) return;
        if (evictable(record)) records.delete(key);
      }
    }
  }

  return {
    /** When the key's lock ends (epoch ms), or undefined when it is not locked. */
    lockedUntil(key: string): number | undefined {
      const record = live(key);
      return record && record.lockedUntil > now() ? record.lockedUntil : undefined;
    },

    /** Counts a failure; `locked` says whether this failure started a lock. */
    fail(key: string): FailureRecord & { locked: boolean } {
      const t = now();
      let record = live(key);
      if (!record) {
        if (records.size >= maxEntries) evictDownTo(Math.floor(maxEntries * REFILL_RATIO));
        record = { failures: 0, lockedUntil: 0, forgetAt: 0 };
        records.set(key, record);
      }
      record.failures += 1;
      const delay = lockDelayMs(policy, record.failures);
      if (delay > 0) record.lockedUntil = t + delay;
      record.forgetAt = Math.max(t, record.lockedUntil) + policy.windowMs;
      return { ...record, locked: delay > 0 };
    },

    clear(key: string): void {
      records.delete(key);
    },

    get size(): number {
      return records.size;
    },
  };
}

export type FailureTable = ReturnType<typeof createFailureTable>;
