/** Every id a filter matches, however many: for cascades (a deleted case takes its comments). */
import type { FilterNode, SavedObjectsClientContract, UnitOfWorkOperation } from '../core';

export async function collectIds(client: SavedObjectsClientContract, type: string, filter: FilterNode): Promise<string[]> {
  const finder = client.createPointInTimeFinder({ type, filter, perPage: 1000, fields: [] });
  const ids: string[] = [];
  try {
    for await (const page of finder.find()) ids.push(...page.saved_objects.map((so) => so.id));
  } finally {
    await finder.close();
  }
  return ids;
}

/** One delete per object, for a unit of work that removes them with whatever they belong to. */
export const deleteOperations = (type: string, ids: string[]): UnitOfWorkOperation[] => ids.map((id) => ({ kind: 'delete', type, id }));

/** Deletes objects in chunks the backends handle comfortably. */
export async function deleteAll(client: SavedObjectsClientContract, type: string, ids: string[], chunk = 1000): Promise<void> {
  for (let i = 0; i < ids.length; i += chunk) {
    await client.bulkDelete(ids.slice(i, i + chunk).map((id) => ({ type, id })));
  }
}
