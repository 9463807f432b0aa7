/**
 * `update` and `bulkUpdate` as read-modify-write guarded by `if_seq_no`/`if_primary_term`.
 * Elasticsearch's partial `doc` update deep-merges objects, but the contract replaces each
 * top-level attribute given, so the whole document is rebuilt here and indexed only if nobody
 * wrote it since it was read.
 */
import { isHttpError } from '../../errors';
import { savedObjectConflict, savedObjectNotFound, toItemError, unsupportedType } from '../errors';
import type {
  BulkUpdateObject,
  SavedObject,
  SavedObjectBulkItem,
  SavedObjectsType,
  UpdateOptions,
} from '../types';
import { decodeVersion, type DecodedVersion } from '../version';
import { bulkOutcome } from './bulk_results';
import { call, normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
import { toHttpError } from './es_errors';
import { belongsTo, rawId, toSavedObject, upToDate, type RawHit, type RawSource } from './raw_document';
import { readCurrent, type CurrentDocument } from './read_operations';

/** Without a caller's version a lost race is ours to retry, not the caller's to see. */
export const UPDATE_ATTEMPTS = 3;

export interface Patch {
  attributes: object;
  references?: BulkUpdateObject['references'];
  user?: string;
}

export function applyPatch(stored: RawSource, type: SavedObjectsType, patch: Patch, now: string): RawSource {
  // The patch lands on today's shape: an older model version is migrated (and stamped) first.
  const current = upToDate(stored, type);
  const previous = (current[type.name] ?? {}) as object;
  return {
    ...current,
    [type.name]: { ...previous, ...patch.attributes },
    references: patch.references ?? current.references ?? [],
    updated_at: now,
    ...(patch.user !== undefined ? { updated_by: patch.user } : {}),
  };
}

const sameVersion = (expected: DecodedVersion, current: CurrentDocument | { seqNo: number; primaryTerm: number }) =>
  expected.seqNo === current.seqNo && expected.primaryTerm === current.primaryTerm;

async function updateOnce<T>(
  ctx: EsContext,
  type: SavedObjectsType,
  id: string,
  patch: Patch,
  options: UpdateOptions,
  expected: DecodedVersion | undefined,
): Promise<SavedObject<T>> {
  const namespace = normalizeNamespace(options.namespace);
  const current = await readCurrent(ctx, type, id, namespace);
  if (expected && !sameVersion(expected, current)) throw savedObjectConflict(type.name, id);
  const source = applyPatch(current.source, type, patch, ctx.now());
  const res = await call(
    ctx,
    () =>
      ctx.client.index({
        index: ctx.index,
        id: rawId(type, id, namespace),
        document: source,
        if_seq_no: current.seqNo,
        if_primary_term: current.primaryTerm,
        refresh: refreshParam(options.refresh),
      }),
    { type: type.name, id },
  );
  return toSavedObject<T>(source, res._seq_no, res._primary_term);
}

export async function update<T>(
  ctx: EsContext,
  typeName: string,
  id: string,
  attributes: Partial<T>,
  options: UpdateOptions = {},
): Promise<SavedObject<T>> {
  const type = requireType(ctx, typeName);
  const expected = options.version !== undefined ? decodeVersion(options.version) : undefined;
  const patch = { attributes: attributes as object, references: options.references, user: options.user };
  const attempts = expected ? 1 : UPDATE_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await updateOnce<T>(ctx, type, id, patch, options, expected);
    } catch (e) {
      if (attempt >= attempts || !isHttpError(e) || e.statusCode !== 409) throw e;
    }
  }
}

interface BulkItemPlan {
  type: SavedObjectsType;
  object: BulkUpdateObject;
  expected?: DecodedVersion;
}

function planItem(ctx: EsContext, object: BulkUpdateObject): BulkItemPlan {
  const type = ctx.registry.getType(object.type);
  if (!type) throw unsupportedType(object.type);
  return { type, object, ...(object.version !== undefined ? { expected: decodeVersion(object.version) } : {}) };
}

export async function bulkUpdate<T>(
  ctx: EsContext,
  objects: Array<BulkUpdateObject<T>>,
  options: Omit<UpdateOptions, 'version' | 'references'> = {},
): Promise<{ saved_objects: Array<SavedObjectBulkItem<T>> }> {
  const namespace = normalizeNamespace(options.namespace);
  const results: Array<SavedObjectBulkItem<T>> = new Array(objects.length);
  const plans: Array<{ slot: number; plan: BulkItemPlan }> = [];
  objects.forEach((object, slot) => {
    try {
      plans.push({ slot, plan: planItem(ctx, object as BulkUpdateObject) });
    } catch (e) {
      results[slot] = { type: object.type, id: object.id, error: toItemError(toHttpError(e)) };
    }
  });
  if (plans.length === 0) return { saved_objects: results };
  const docs = (
    await call(ctx, () =>
      ctx.client.mget<RawSource>({
        index: ctx.index,
        docs: plans.map(({ plan }) => ({ _id: rawId(plan.type, plan.object.id, namespace) })),
      }),
    )
  ).docs as Array<RawHit & { found?: boolean }>;
  const writes = collectWrites<T>(ctx, plans, docs, namespace, options.user, results);
  if (writes.length === 0) return { saved_objects: results };
  const res = await call(ctx, () =>
    ctx.client.bulk({ index: ctx.index, operations: writes.flatMap((w) => w.operations), refresh: refreshParam(options.refresh) }),
  );
  writes.forEach((write, i) => {
    const target = { type: write.type.name, id: write.id };
    const outcome = bulkOutcome(res.items[i], target);
    results[write.slot] = outcome.ok
      ? toSavedObject<T>(write.source, outcome.seqNo, outcome.primaryTerm)
      : { ...target, error: toItemError(outcome.error) };
  });
  return { saved_objects: results };
}

interface PlannedWrite {
  slot: number;
  type: SavedObjectsType;
  id: string;
  source: RawSource;
  operations: unknown[];
}

/** Misses and stale versions fail here, before anything is written. */
function collectWrites<T>(
  ctx: EsContext,
  plans: Array<{ slot: number; plan: BulkItemPlan }>,
  docs: Array<RawHit & { found?: boolean }>,
  namespace: string,
  user: string | undefined,
  results: Array<SavedObjectBulkItem<T>>,
): PlannedWrite[] {
  const now = ctx.now();
  const writes: PlannedWrite[] = [];
  plans.forEach(({ slot, plan }, i) => {
    const { type, object, expected } = plan;
    const doc = docs[i];
    if (!doc?.found || !doc._source || !belongsTo(doc._source, type, namespace)) {
      results[slot] = { type: type.name, id: object.id, error: toItemError(savedObjectNotFound(type.name, object.id)) };
      return;
    }
    const current = { seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 1 };
    if (expected && !sameVersion(expected, current)) {
      results[slot] = { type: type.name, id: object.id, error: toItemError(savedObjectConflict(type.name, object.id)) };
      return;
    }
    const source = applyPatch(doc._source, type, { attributes: object.attributes as object, references: object.references, user }, now);
    const action = { index: { _id: rawId(type, object.id, namespace), if_seq_no: current.seqNo, if_primary_term: current.primaryTerm } };
    writes.push({ slot, type, id: object.id, source, operations: [action, source] });
  });
  return writes;
}
