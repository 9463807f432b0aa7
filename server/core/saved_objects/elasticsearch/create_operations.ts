/** `create` and `bulkCreate`: `op_type=create` refuses an existing id (409) unless `overwrite` asks to replace it. */
import { toItemError } from '../errors';
import type {
  BulkCreateObject,
  BulkCreateOptions,
  CreateOptions,
  SavedObject,
  SavedObjectBulkItem,
  SavedObjectsType,
} from '../types';
import { bulkOutcome } from './bulk_results';
import { call, normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
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
  });
  const params = { index: ctx.index, id: rawId(type, id, namespace), document: source, refresh: refreshParam(options.refresh) };
  const res = await call(
    ctx,
    () => (options.overwrite ? ctx.client.index(params) : ctx.client.create(params)),
    { type: typeName, id },
  );
  return toSavedObject<T>(source, res._seq_no, res._primary_term);
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
  const res = await call(ctx, () => ctx.client.bulk({ index: ctx.index, operations, refresh: refreshParam(options.refresh) }));
  pending.forEach(({ slot, prepared }, i) => {
    const target = { type: prepared.type.name, id: prepared.id };
    const outcome = bulkOutcome(res.items[i], target);
    results[slot] = outcome.ok
      ? toSavedObject<T>(prepared.source, outcome.seqNo, outcome.primaryTerm)
      : { ...target, error: toItemError(outcome.error) };
  });
  return { saved_objects: results };
}
