/**
 * `includeReferencesDeep`: the objects an export's objects reference, read in the same space.
 * Only references to registered, importable-and-exportable types are followed (others could
 * not be imported anyway); a followed reference that does not exist is reported in the export
 * details, never an error.
 */
import { isBulkItemError, type SavedObject, type SavedObjectsRepository, type SavedObjectTypeRegistry } from '../../types';
import { objectKey, type Keyed } from './sort_objects';

/** bulkGet reads at most this many objects per call. */
export const FETCH_CHUNK_SIZE = 1000;

/** The references of `objects` to follow: exportable types, not `known` yet, each once, in reference order. */
export function referencesToFollow(objects: SavedObject[], registry: SavedObjectTypeRegistry, known: (key: string) => boolean): Keyed[] {
  const found = new Map<string, Keyed>();
  for (const object of objects) {
    for (const reference of object.references ?? []) {
      const key = objectKey(reference);
      if (found.has(key) || known(key)) continue;
      if (registry.getType(reference.type)?.management?.importableAndExportable !== true) continue;
      found.set(key, { type: reference.type, id: reference.id });
    }
  }
  return [...found.values()];
}

/** Reads `references` in the space, in chunks: what exists, and what does not. */
export async function fetchReferences(
  repository: SavedObjectsRepository,
  references: Keyed[],
  namespace: string,
): Promise<{ found: SavedObject[]; missing: Keyed[] }> {
  const found: SavedObject[] = [];
  const missing: Keyed[] = [];
  for (let start = 0; start < references.length; start += FETCH_CHUNK_SIZE) {
    const chunk = references.slice(start, start + FETCH_CHUNK_SIZE);
    const { saved_objects: results } = await repository.bulkGet(chunk, { namespace });
    results.forEach((result, i) => {
      if (isBulkItemError(result)) missing.push({ type: chunk[i].type, id: chunk[i].id });
      else found.push(result);
    });
  }
  return { found, missing };
}
