/** Every id a filter matches, however many: for cascades (a deleted case takes its comments). */
import { collectAll, type FilterNode, type SavedObjectsClientContract, type UnitOfWorkOperation } from '../core';

export async function collectIds(client: SavedObjectsClientContract, type: string, filter: FilterNode): Promise<string[]> {
  return (await collectAll(client, { type, filter, fields: [] })).map((so) => so.id);
}

/** One delete per object, for a unit of work that removes them with whatever they belong to. */
export const deleteOperations = (type: string, ids: string[]): UnitOfWorkOperation[] => ids.map((id) => ({ kind: 'delete', type, id }));

/** Deletes objects in chunks the backends handle comfortably. */
export async function deleteAll(client: SavedObjectsClientContract, type: string, ids: string[], chunk = 1000): Promise<void> {
  for (let i = 0; i < ids.length; i += chunk) {
    await client.bulkDelete(ids.slice(i, i + chunk).map((id) => ({ type, id })));
  }
}
