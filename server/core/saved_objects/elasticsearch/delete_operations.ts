/**
 * `delete` and `bulkDelete` (`deleteByNamespace` runs as a task: delete_by_namespace.ts). A
 * delete is sent again after a lost answer; a 404 then means the first copy did it (document_writes.ts).
 */
import { toItemError } from '../errors';
import type { BulkDeleteResult, BulkGetObject, DeleteOptions, SavedObjectsType } from '../types';
import { bulkOutcome } from './bulk_results';
import { normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
import { deleteDocument, sendBulk } from './document_writes';
import { toHttpError } from './es_errors';
import { rawId } from './raw_document';

export async function deleteObject(ctx: EsContext, typeName: string, id: string, options: DeleteOptions = {}): Promise<void> {
  const type = requireType(ctx, typeName);
  const namespace = normalizeNamespace(options.namespace);
  await deleteDocument(ctx, rawId(type, id, namespace), refreshParam(options.refresh), { type: typeName, id });
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
  const answer = await sendBulk(ctx, operations, refreshParam(options.refresh));
  pending.forEach(({ slot, type, id }, i) => {
    const outcome = bulkOutcome(answer.items[i], { type: type.name, id });
    const doneBefore = answer.resent && !outcome.ok && outcome.error.statusCode === 404;
    statuses[slot] = outcome.ok || doneBefore
      ? { type: type.name, id, success: true }
      : { type: type.name, id, success: false, error: toItemError(outcome.error) };
  });
  return { statuses };
}
