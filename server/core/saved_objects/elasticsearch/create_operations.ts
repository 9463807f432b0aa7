/**
 * `create` and `bulkCreate`: `op_type=create` refuses an existing id (409) unless `overwrite`
 * asks to replace it. After a lost answer the write is sent again, and a 409 then is checked
 * against the stored document (document_writes.ts), so our own first copy is not a conflict.
 */
import { toItemError } from '../errors';
import type {
  BulkCreateObject,
  BulkCreateOptions,
  CreateOptions,
  SavedObject,
  SavedObjectBulkItem,
  SavedObjectsType,
} from '../types';
import { bulkOutcome, type BulkOutcome } from './bulk_results';
import { call, normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
import { sendBulk, storedIfOurs, writeDocument, type Written } from './document_writes';
import { toHttpError } from './es_errors';
import { buildSource, rawId, toSavedObject, type RawSource } from './raw_document';

export async function create<T>(
  ctx: EsContext,
  typeName: string,
  attributes: T,
  options: CreateOptions = {},
): Promise<SavedObject<T>> {
  const type = requireType(ctx, typeName);
  const id = options.id ?? ctx.generateId();
  const namespace = normalizeNamespace(options.namespace);
  const now = ctx.now();
  const source = buildSource({
    type,
    id,
    namespace,
    attributes,
    references: options.references ?? [],
    createdAt: now,
    updatedAt: now,
    user: options.user,
    originId: options.originId,
  });
  const written = await writeDocument(
    ctx,
    { _id: rawId(type, id, namespace), source, action: options.overwrite ? 'index' : 'create', refresh: refreshParam(options.refresh) },
    { type: typeName, id },
  );
  return toSavedObject<T>(source, written.seqNo, written.primaryTerm);
}

interface Prepared {
  type: SavedObjectsType;
  id: string;
  source: RawSource;
}

function prepare<T>(ctx: EsContext, object: BulkCreateObject<T>, namespace: string, now: string, user?: string): Prepared {
  const type = requireType(ctx, object.type);
  const id = object.id ?? ctx.generateId();
  const source = buildSource({
    type,
    id,
    namespace,
    attributes: object.attributes,
    references: object.references ?? [],
    createdAt: now,
    updatedAt: now,
    user,
    originId: object.originId,
  });
  return { type, id, source };
}

export async function bulkCreate<T>(
  ctx: EsContext,
  objects: Array<BulkCreateObject<T>>,
  options: BulkCreateOptions = {},
): Promise<{ saved_objects: Array<SavedObjectBulkItem<T>> }> {
  const namespace = normalizeNamespace(options.namespace);
  const now = ctx.now();
  const results: Array<SavedObjectBulkItem<T>> = new Array(objects.length);
  const operations: unknown[] = [];
  const pending: Array<{ slot: number; prepared: Prepared }> = [];
  objects.forEach((object, slot) => {
    try {
      const prepared = prepare(ctx, object, namespace, now, options.user);
      const action = options.overwrite ? 'index' : 'create';
      operations.push({ [action]: { _id: rawId(prepared.type, prepared.id, namespace) } }, prepared.source);
      pending.push({ slot, prepared });
    } catch (e) {
      results[slot] = { type: object.type, id: object.id ?? '', error: toItemError(toHttpError(e)) };
    }
  });
  if (pending.length === 0) return { saved_objects: results };
  const answer = await sendBulk(ctx, operations, refreshParam(options.refresh));
  const outcomes = pending.map(({ prepared }, i) =>
    bulkOutcome(answer.items[i], { type: prepared.type.name, id: prepared.id }),
  );
  const ours = await oursAfterResend(ctx, answer.resent, pending, outcomes, namespace);
  pending.forEach(({ slot, prepared }, i) => {
    const target = { type: prepared.type.name, id: prepared.id };
    const outcome = outcomes[i];
    const mine = ours[i];
    if (outcome.ok || mine) {
      const version = outcome.ok ? outcome : mine;
      results[slot] = toSavedObject<T>(prepared.source, version?.seqNo, version?.primaryTerm);
    } else {
      results[slot] = { ...target, error: toItemError(outcome.error) };
    }
  });
  return { saved_objects: results };
}

/** After a resent bulk, which 409s met the document our own first copy wrote. */
async function oursAfterResend(
  ctx: EsContext,
  resent: boolean,
  pending: Array<{ prepared: Prepared }>,
  outcomes: BulkOutcome[],
  namespace: string,
): Promise<Array<Written | undefined>> {
  const ours: Array<Written | undefined> = new Array(pending.length);
  if (!resent) return ours;
  const suspects = pending.flatMap(({ prepared }, i) => {
    const outcome = outcomes[i];
    return !outcome.ok && outcome.error.statusCode === 409 ? [{ i, _id: rawId(prepared.type, prepared.id, namespace), source: prepared.source }] : [];
  });
  const stored = await call(ctx, () => storedIfOurs(ctx, suspects));
  suspects.forEach((suspect, k) => (ours[suspect.i] = stored[k]));
  return ours;
}
