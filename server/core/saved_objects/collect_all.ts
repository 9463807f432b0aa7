/**
 * Reads every match of a search through a point-in-time finder, however many pages it takes:
 * for cascades and for the small types (sessions, roles, a case's files) that are read whole.
 * Works on the repository and on a scoped client alike.
 */
import type { FinderOptions, SavedObject, SavedObjectsRepository } from './types';

export async function collectAll<T>(
  source: Pick<SavedObjectsRepository, 'createPointInTimeFinder'>,
  options: FinderOptions,
): Promise<Array<SavedObject<T>>> {
  const finder = source.createPointInTimeFinder<T>({ perPage: 1000, ...options });
  const all: Array<SavedObject<T>> = [];
  try {
    for await (const page of finder.find()) all.push(...page.saved_objects);
  } finally {
    await finder.close();
  }
  return all;
}
