/** Between SQLite rows and SavedObjects, plus the checks on what callers hand in. */
import { HttpError } from '../../errors';
import { migrateAttributes } from '../migrate_document';
import { latestModelVersion } from '../model_versions';
import { projectAttributes } from '../project_fields';
import { encodeVersion } from '../version';
import type { SavedObject, SavedObjectReference } from '../types';
import type { TypeSchema } from './type_schema';

export interface ObjectRow {
  rid: number;
  namespace: string;
  id: string;
  attributes: string;
  refs: string;
  version: number;
  /** The model version the attributes were written at (model_versions.ts). */
  model_version: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  /** Kibana's `originId`: the object an imported copy was made from. */
  origin_id: string | null;
}

export const OBJECT_COLUMNS =
  't.rid, t.namespace, t.id, json(t.attributes) AS attributes, t.refs, t.version, t.model_version, t.created_at, t.updated_at, t.created_by, t.updated_by, t.origin_id';

/** The model version every write stamps: the latest of the type. */
export const writeModelVersion = (schema: TypeSchema): number => latestModelVersion(schema.type);

/**
 * The row's attributes at the type's latest model version: what reads return and what an
 * update patches, so a patch never lands on an old shape. 422 for a row of a newer build.
 */
export function currentAttributes(schema: TypeSchema, row: Pick<ObjectRow, 'id' | 'attributes' | 'model_version'>): Record<string, unknown> {
  const attributes = JSON.parse(row.attributes) as Record<string, unknown>;
  if (row.model_version === writeModelVersion(schema)) return attributes;
  return migrateAttributes(schema.type, { id: row.id, attributes, modelVersion: row.model_version });
}

export function toSavedObject<T>(schema: TypeSchema, row: ObjectRow, fields?: string[]): SavedObject<T> {
  const attributes = currentAttributes(schema, row);
  const object: SavedObject<T> = {
    id: row.id,
    type: schema.type.name,
    attributes: (fields ? projectAttributes(attributes, fields) : attributes) as T,
    references: JSON.parse(row.refs) as SavedObjectReference[],
    version: encodeVersion(row.version, 1),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  if (!schema.agnostic) object.namespaces = [row.namespace];
  if (row.created_by !== null) object.created_by = row.created_by;
  if (row.updated_by !== null) object.updated_by = row.updated_by;
  if (row.origin_id !== null) object.originId = row.origin_id;
  return object;
}

/** What is stored and what is returned are one JSON text, so both say the same thing. */
export function normalizeAttributes(attributes: unknown): { json: string; value: Record<string, unknown> } {
  if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) {
    throw new HttpError(400, 'Saved object attributes must be an object');
  }
  const json = JSON.stringify(attributes);
  return { json, value: JSON.parse(json) as Record<string, unknown> };
}

export function normalizeReferences(references: SavedObjectReference[] | undefined): SavedObjectReference[] {
  if (references === undefined) return [];
  if (!Array.isArray(references)) throw new HttpError(400, 'references must be an array');
  return references.map((ref) => {
    if (!ref || typeof ref.type !== 'string' || typeof ref.id !== 'string' || typeof ref.name !== 'string') {
      throw new HttpError(400, 'Each reference needs string type, id and name');
    }
    return { type: ref.type, id: ref.id, name: ref.name };
  });
}

/** Absent stays absent (no copy); anything given must be an id. */
export function checkOriginId(originId: unknown): string | null {
  if (originId === undefined || originId === null) return null;
  if (typeof originId !== 'string' || originId.length === 0) throw new HttpError(400, 'originId must be a non-empty string');
  return originId;
}

export function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new HttpError(400, 'Saved object id must be a non-empty string');
  return id;
}
