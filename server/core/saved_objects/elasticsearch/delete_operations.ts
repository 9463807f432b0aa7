/** `delete`, `bulkDelete` and `deleteByNamespace`. */
import { toItemError } from '../errors';
import type { BulkDeleteResult, BulkGetObject, DeleteOptions, SavedObjectsType } from '../types';
import { bulkOutcome } from './bulk_results';
import { call, normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
import { toHttpError } from './es_errors';
import { rawId } from './raw_document';

export async function deleteObject(ctx: EsContext, typeName: string, id: string, options: DeleteOptions = {}): Promise<void> {
  const type = requireType(ctx, typeName);
  const namespace = normalizeNamespace(options.namespace);
  await call(
    ctx,
    () => ctx.client.delete({ index: ctx.index, id: rawId(type, id, namespace), refresh: refreshParam(options.refresh) }),
    { type: typeName, id },
  );
}

export async function bulkDelete(
  ctx: EsContext,
  objects: BulkGetObject[],
  options: DeleteOptions = {},
): Promise<{ statuses: BulkDeleteResult[] }> {
  const namespace = normalizeNamespace(options.namespace);
  const statuses: BulkDeleteResult[] = new Array(objects.length);
  const pending: Array<{ slot: number; type: SavedObjectsType; id: string }> = [];
  objects.forEach((object, slot) => {
    try {
      pending.push({ slot, type: requireType(ctx, object.type), id: object.id });
    } catch (e) {
      statuses[slot] = { type: object.type, id: object.id, success: false, error: toItemError(toHttpError(e)) };
    }
  });
  if (pending.length === 0) return { statuses };
  const operations = pending.map(({ type, id }) => ({ delete: { _id: rawId(type, id, namespace) } }));
  const res = await call(ctx, () => ctx.client.bulk({ index: ctx.index, operations, refresh: refreshParam(options.refresh) }));
  pending.forEach(({ slot, type, id }, i) => {
    const outcome = bulkOutcome(res.items[i], { type: type.name, id });
    statuses[slot] = outcome.ok
      ? { type: type.name, id, success: true }
      : { type: type.name, id, success: false, error: toItemError(outcome.error) };
  });
  return { statuses };
}

/**
 * Every object whose `namespaces` holds the space. Agnostic objects have no namespaces, so
 * they are never caught. `conflicts: proceed` lets a concurrent write win rather than abort
 * the whole sweep, and delete_by_query only knows `refresh: true`, not `wait_for`.
 */
export async function deleteByNamespace(ctx: EsContext, namespace: string): Promise<number> {
  const res = await call(ctx, () =>
    ctx.client.deleteByQuery({
      index: ctx.index,
      query: { bool: { filter: [{ term: { namespaces: namespace } }] } },
      conflicts: 'proceed',
      refresh: true,
    }),
  );
  return res.deleted ?? 0;
}
