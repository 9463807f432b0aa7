/**
 * Timing of the mapping migration: how long a lock lives without renewal, how often waiters
 * and task polls look, and how long they look before the start gives up. Tests inject `sleep`
 * and the clock so no test waits for real time.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { MigrationLockOptions } from './migration_lock';

export interface MigrationSettings extends MigrationLockOptions {
  /** Polls of a `_reindex` / `_update_by_query` task before the start gives up (the task goes on). */
  maxTaskPolls: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function migrationSettings(overrides: Partial<MigrationSettings> = {}): MigrationSettings {
  return {
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    // Renewed at every task poll (2 s), so a live holder never comes near it; a crashed one
    // holds the others up for at most this long.
    ttlMs: 120_000,
    pollIntervalMs: 2_000,
    // One hour of waiting, for the lock or for a task, before the start gives up.
    maxWaitPolls: 1_800,
    maxTaskPolls: 1_800,
    sleep,
    nowMs: () => Date.now(),
    ...overrides,
  };
}
