/**
 * Brings a stored document's attributes up to the latest model version of its type. Both
 * backends call it on every read, at start for bulk migration, and export/import can call it
 * for documents from elsewhere.
 */
import { newerModelVersion } from './errors';
import { INITIAL_MODEL_VERSION, latestModelVersion } from './model_versions';
import type { SavedObjectsType } from './types';

export interface StoredDocument {
  id: string;
  attributes: Record<string, unknown>;
  /** The version it was written at; documents from before versions existed are at 1. */
  modelVersion: number;
}

/** True when reading the document changes it: it is older than the type's latest version. */
export const needsMigration = (type: SavedObjectsType, modelVersion: number): boolean =>
  modelVersion < latestModelVersion(type);

/**
 * The attributes at the latest version. A document at a newer version is refused (422) rather
 * than read as a shape it is not. A migration that throws is reported with the document it
 * failed on, so the log says which one to look at.
 */
export function migrateAttributes(type: SavedObjectsType, document: StoredDocument): Record<string, unknown> {
  const latest = latestModelVersion(type);
  const from = document.modelVersion;
  if (!Number.isInteger(from) || from < INITIAL_MODEL_VERSION) {
    throw new Error(`Saved object [${type.name}/${document.id}] has an invalid model version [${String(from)}]`);
  }
  if (from > latest) throw newerModelVersion(type.name, document.id, from, latest);
  let attributes = document.attributes;
  for (let target = from + 1; target <= latest; target++) {
    const migrate = type.modelVersions?.[target]?.migrate;
    if (!migrate) continue;
    try {
      attributes = migrate(attributes, { type: type.name, id: document.id, fromVersion: target - 1 });
      if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) {
        throw new Error('it returned no attributes object');
      }
    } catch (error) {
      throw new Error(
        `Migrating saved object [${type.name}/${document.id}] from model version ${target - 1} to ${target} failed: ` +
          `${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return attributes;
}
