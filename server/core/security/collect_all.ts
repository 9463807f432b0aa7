/** Reads every match of a search through the repository's finder, however many pages it takes. */
import type { FinderOptions, SavedObject, SavedObjectsRepository } from '../saved_objects/types';

export async function collectAll<T>(
  repository: SavedObjectsRepository,
  options: FinderOptions,
): Promise<Array<SavedObject<T>>> {
  const finder = repository.createPointInTimeFinder<T>({ perPage: 1000, ...options });
  const all: Array<SavedObject<T>> = [];
  try {
    for await (const page of finder.find()) all.push(...page.saved_objects);
  } finally {
    await finder.close();
  }
  return all;
}
