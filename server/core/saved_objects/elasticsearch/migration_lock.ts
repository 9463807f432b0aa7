/**
 * One process at a time migrates the index's mappings. The lock is a document created with
 * `op_type: create` on a fixed id, so exactly one of several processes starting at once gets
 * it; the others wait until it is gone and then check the mappings again (normally nothing is
 * left to do). The document names its owner and an expiry that the holder renews while it
 * works, so a holder that crashed blocks the others only until the expiry: the first to see it
 * expired takes it over with a write guarded by the sequence number it read.
 *
 * It lives in its own small index, `<alias>_migration_lock`, not behind the alias: a reindex
 * moves the alias to a new index, and the lock must stay where the waiters look.
 */
import { errors, type estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import type { EsContext } from './context';
import { toHttpError } from './es_errors';

export interface MigrationLockOptions {
  /** Who holds it, for the log of those who wait. */
  owner: string;
  ttlMs: number;
  pollIntervalMs: number;
  /** How many polls a waiter makes before giving up the start. */
  maxWaitPolls: number;
  sleep(ms: number): Promise<void>;
  nowMs(): number;
}

export interface HeldLock {
  /** Pushes the expiry back; throws if another process took the lock over meanwhile. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

interface LockSource {
  owner: string;
  expires_at: string;
}

const LOCK_ID = 'mappings';
export const lockIndexName = (alias: string): string => `${alias}_migration_lock`;

const LOCK_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: false,
  properties: { owner: { type: 'keyword' }, expires_at: { type: 'date' } },
};

export const statusOf = (e: unknown): number | undefined => (e instanceof errors.ResponseError ? e.meta.statusCode : undefined);

export function isAlreadyExists(e: unknown): boolean {
  const body = e instanceof errors.ResponseError ? (e.meta.body as { error?: { type?: string } } | undefined) : undefined;
  return statusOf(e) === 400 && body?.error?.type === 'resource_already_exists_exception';
}

async function esTry<T>(ctx: EsContext, run: () => Promise<T>, tolerated: (e: unknown) => boolean): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    if (tolerated(e)) return undefined;
    throw toHttpError(e, undefined, ctx.logger);
  }
}

async function ensureLockIndex(ctx: EsContext): Promise<void> {
  const index = lockIndexName(ctx.index);
  await esTry(
    ctx,
    () => ctx.client.indices.create({ index, mappings: LOCK_MAPPINGS, settings: { number_of_shards: 1, auto_expand_replicas: '0-1' } }),
    isAlreadyExists,
  );
}

function heldLock(ctx: EsContext, opts: MigrationLockOptions, written: { _seq_no?: number; _primary_term?: number }): HeldLock {
  const index = lockIndexName(ctx.index);
  let guard = { if_seq_no: written._seq_no, if_primary_term: written._primary_term };
  return {
    renew: async () => {
      const document = lockDocument(opts);
      const res = await esTry(ctx, () => ctx.client.index({ index, id: LOCK_ID, document, ...guard }), (e) => statusOf(e) === 409);
      if (!res) throw new HttpError(503, 'Another process took over the saved-objects migration lock (this one was too slow to renew it); restart');
      guard = { if_seq_no: res._seq_no, if_primary_term: res._primary_term };
    },
    release: async () => {
      // 404/409: the lock expired and was taken over; nothing of ours to remove.
      await esTry(ctx, () => ctx.client.delete({ index, id: LOCK_ID, ...guard }), (e) => [404, 409].includes(statusOf(e) ?? 0));
    },
  };
}

function lockDocument(opts: MigrationLockOptions): LockSource {
  return { owner: opts.owner, expires_at: new Date(opts.nowMs() + opts.ttlMs).toISOString() };
}

/** Looks at the held lock: gone (`released`), still live (`held` names the holder), or expired and now ours. */
async function inspect(ctx: EsContext, opts: MigrationLockOptions): Promise<{ lock?: HeldLock; held?: string; released?: boolean }> {
  const index = lockIndexName(ctx.index);
  const current = await esTry(ctx, () => ctx.client.get<LockSource>({ index, id: LOCK_ID }), (e) => statusOf(e) === 404);
  if (!current?.found || !current._source) return { released: true };
  if (Date.parse(current._source.expires_at) > opts.nowMs()) return { held: current._source.owner };
  ctx.logger?.warn(`saved objects: the migration lock of [${current._source.owner}] expired; taking it over`);
  const guard = { if_seq_no: current._seq_no, if_primary_term: current._primary_term };
  const document = lockDocument(opts);
  const taken = await esTry(ctx, () => ctx.client.index({ index, id: LOCK_ID, document, ...guard }), (e) => statusOf(e) === 409);
  return taken ? { lock: heldLock(ctx, opts, taken) } : { held: 'another process' };
}

/**
 * The lock, or null once a holder we waited for has released it: the caller then checks
 * again whether anything is left to migrate, and asks again only if so.
 */
export async function acquireOrWait(ctx: EsContext, opts: MigrationLockOptions): Promise<HeldLock | null> {
  await ensureLockIndex(ctx);
  const index = lockIndexName(ctx.index);
  const document = lockDocument(opts);
  const created = await esTry(ctx, () => ctx.client.create({ index, id: LOCK_ID, document }), (e) => statusOf(e) === 409);
  if (created) return heldLock(ctx, opts, created);
  for (let poll = 0; poll < opts.maxWaitPolls; poll++) {
    if (poll > 0) await opts.sleep(opts.pollIntervalMs);
    const outcome = await inspect(ctx, opts);
    if (outcome.lock) return outcome.lock;
    if (outcome.released) return null;
    if (poll === 0) ctx.logger?.info(`saved objects: waiting for [${outcome.held}] to finish migrating the index mappings`);
  }
  throw new HttpError(
    503,
    `Gave up waiting for the saved-objects migration lock in [${lockIndexName(ctx.index)}] after ${opts.maxWaitPolls} polls. ` +
      'If no process is migrating, delete that document (or index) and restart.',
  );
}
