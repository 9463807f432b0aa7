/**
 * `bulkUpdate` in rounds of one `_mget` and one `_bulk`. A round holds at most one item per
 * object, so two updates of one object in a batch apply in order (the second computed from
 * the first's result) instead of the second always conflicting. A version-less item that
 * loses a race to another writer goes into the next round, read again, as `update` retries.
 */
import { savedObjectConflict, savedObjectNotFound, toItemError, unsupportedType } from '../errors';
import type { BulkUpdateObject, SavedObjectBulkItem, SavedObjectsType, UpdateOptions } from '../types';
import { decodeVersion, type DecodedVersion } from '../version';
import { bulkOutcome } from './bulk_results';
import { call, normalizeNamespace, refreshParam, type EsContext } from './context';
import { sendBulk, storedIfOurs } from './document_writes';
import { toHttpError } from './es_errors';
import { belongsTo, rawId, toSavedObject, type RawHit, type RawSource } from './raw_document';
import { applyPatch, sameVersion, UPDATE_ATTEMPTS } from './update_operations';
import { backoff } from './write_retry';

interface Item {
  slot: number;
  type: SavedObjectsType;
  object: BulkUpdateObject;
  _id: string;
  expected?: DecodedVersion;
  attempts: number;
}

interface Write {
  item: Item;
  source: RawSource;
  /** The version read: the item is written over it or not at all. */
  guard: { seqNo: number; primaryTerm: number };
}

type Results<T> = Array<SavedObjectBulkItem<T>>;

function planItem(ctx: EsContext, object: BulkUpdateObject, slot: number, namespace: string): Item {
  const type = ctx.registry.getType(object.type);
  if (!type) throw unsupportedType(object.type);
  const expected = object.version !== undefined ? decodeVersion(object.version) : undefined;
  return { slot, type, object, _id: rawId(type, object.id, namespace), ...(expected ? { expected } : {}), attempts: 0 };
}

/** The first pending item of each object, in slot order; the rest wait for a later round. */
function nextRound(pending: Item[]): Item[] {
  const taken = new Set<string>();
  return pending.filter((item) => !taken.has(item._id) && Boolean(taken.add(item._id)));
}

/** Misses and stale versions fail here, before anything is written. */
function collectWrites<T>(
  ctx: EsContext,
  round: Item[],
  docs: Array<RawHit & { found?: boolean }>,
  namespace: string,
  user: string | undefined,
  results: Results<T>,
): Write[] {
  const now = ctx.now();
  return round.flatMap((item, i): Write[] => {
    const { type, object, expected } = item;
    const doc = docs[i];
    if (!doc?.found || !doc._source || !belongsTo(doc._source, type, namespace)) {
      results[item.slot] = { type: type.name, id: object.id, error: toItemError(savedObjectNotFound(type.name, object.id)) };
      return [];
    }
    const current = { seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 1 };
    if (expected && !sameVersion(expected, current)) {
      results[item.slot] = { type: type.name, id: object.id, error: toItemError(savedObjectConflict(type.name, object.id)) };
      return [];
    }
    const source = applyPatch(doc._source, type, { attributes: object.attributes as object, references: object.references, user }, now);
    return [{ item, source, guard: current }];
  });
}

/** Runs one round; returns the items that lost a race and may try again. */
async function runRound<T>(
  ctx: EsContext,
  round: Item[],
  namespace: string,
  options: BulkUpdateOptions,
  results: Results<T>,
): Promise<Item[]> {
  const docs = (await call(ctx, () => ctx.client.mget<RawSource>({ index: ctx.index, docs: round.map((item) => ({ _id: item._id })) })))
    .docs as Array<RawHit & { found?: boolean }>;
  const writes = collectWrites<T>(ctx, round, docs, namespace, options.user, results);
  if (writes.length === 0) return [];
  const operations = writes.flatMap(({ item, source, guard }) => [
    { index: { _id: item._id, if_seq_no: guard.seqNo, if_primary_term: guard.primaryTerm } },
    source,
  ]);
  const answer = await sendBulk(ctx, operations, refreshParam(options.refresh));
  const outcomes = writes.map((w, i) => bulkOutcome(answer.items[i], { type: w.item.type.name, id: w.item.object.id }));
  // After a resend, a 409 may be our own first copy: the stored document is then exactly ours.
  const suspects = answer.resent ? writes.filter((_, i) => !outcomes[i].ok) : [];
  const stored = await call(ctx, () => storedIfOurs(ctx, suspects.map((w) => ({ _id: w.item._id, source: w.source }))));
  const retry: Item[] = [];
  writes.forEach((write, i) => {
    const { item, source } = write;
    const outcome = outcomes[i];
    const ours = stored[suspects.indexOf(write)];
    if (outcome.ok || ours) {
      const version = outcome.ok ? outcome : ours;
      results[item.slot] = toSavedObject<T>(source, version?.seqNo, version?.primaryTerm);
    } else if (outcome.error.statusCode === 409 && !item.expected && item.attempts + 1 < UPDATE_ATTEMPTS) {
      retry.push({ ...item, attempts: item.attempts + 1 });
    } else {
      results[item.slot] = { type: item.type.name, id: item.object.id, error: toItemError(outcome.error) };
    }
  });
  return retry;
}

type BulkUpdateOptions = Omit<UpdateOptions, 'version' | 'references'>;

export async function bulkUpdate<T>(
  ctx: EsContext,
  objects: Array<BulkUpdateObject<T>>,
  options: BulkUpdateOptions = {},
): Promise<{ saved_objects: Results<T> }> {
  const namespace = normalizeNamespace(options.namespace);
  const results: Results<T> = new Array(objects.length);
  let pending: Item[] = [];
  objects.forEach((object, slot) => {
    try {
      pending.push(planItem(ctx, object as BulkUpdateObject, slot, namespace));
    } catch (e) {
      results[slot] = { type: object.type, id: object.id, error: toItemError(toHttpError(e)) };
    }
  });
  // Bounded: each round settles or retries at least its items, and each item retries a bounded number of times.
  for (let round = 1; pending.length > 0; round++) {
    const current = nextRound(pending);
    const retry = await runRound(ctx, current, namespace, options, results);
    const waiting = pending.filter((item) => !current.includes(item));
    pending = [...retry, ...waiting].sort((a, b) => a.slot - b.slot);
    if (retry.length > 0) await backoff(round);
  }
  return { saved_objects: results };
}
