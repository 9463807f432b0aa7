/** Every id a filter matches, however many: for cascades (a deleted case takes its comments). */
import type { FilterNode, SavedObjectsClientContract } from '../core/saved_objects/types';

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

/** Deletes objects in chunks the backends handle comfortably. */
export async function deleteAll(client: SavedObjectsClientContract, type: string, ids: string[], chunk = 1000): Promise<void> {
  for (let i = 0; i < ids.length; i += chunk) {
    await client.bulkDelete(ids.slice(i, i + chunk).map((id) => ({ type, id })));
  }
}
