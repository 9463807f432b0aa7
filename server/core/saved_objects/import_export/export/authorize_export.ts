/**
 * Who may export what: each type with `management.authorize` is asked about its objects
 * about to leave. One refused object fails the whole export with a 403 carrying the message
 * of the first refused object in export order, as a partial export would silently lose data.
 */
import { forbidden } from '../../../errors';
import type { SavedObject, SavedObjectTypeRegistry } from '../../types';
import type { ExchangeRequestContext } from '../types';
import { HOOK_BATCH_SIZE } from './collect_objects';

/** Throws a 403 when any of `objects` (in export order) is refused. */
export async function authorizeExport(registry: SavedObjectTypeRegistry, context: ExchangeRequestContext, objects: SavedObject[]): Promise<void> {
  const byType = new Map<string, SavedObject[]>();
  for (const object of objects) {
    if (!registry.getType(object.type)?.management?.authorize) continue;
    const list = byType.get(object.type);
    if (list) list.push(object);
    else byType.set(object.type, [object]);
  }
  const refusedByType = new Map<string, ReadonlyMap<string, string>>();
  for (const [typeName, list] of byType) {
    const authorize = registry.getType(typeName)?.management?.authorize;
    if (!authorize) continue;
    const refused = new Map<string, string>();
    for (let start = 0; start < list.length; start += HOOK_BATCH_SIZE) {
      const batch = list.slice(start, start + HOOK_BATCH_SIZE).map(({ id, type, attributes }) => ({ id, type, attributes }));
      for (const [id, message] of await authorize(context, 'export', batch)) refused.set(id, message);
    }
    if (refused.size > 0) refusedByType.set(typeName, refused);
  }
  if (refusedByType.size === 0) return;
  for (const object of objects) {
    const message = refusedByType.get(object.type)?.get(object.id);
    if (message !== undefined) throw forbidden(message);
  }
}
