/**
 * What a document client accepts, checked before anything is written, shared by both backends
 * so that they refuse the same calls with the same 400 messages. Field paths keep SQLite's
 * label rule everywhere: there they are JSON paths in SQL text; on a cluster they become
 * painless parameters, and a path one backend takes the other must take too.
 */
import { HttpError } from '../errors';
import { isSafeKey } from '../saved_objects/sqlite/sql_text';
import { readPath, toNestedDocument, type JsonObject } from './document_shape';
import type { BulkCreateItemResult, DocumentFieldValue } from './types';

/** Kibana's alert ids are UUIDs; Elasticsearch refuses `_id`s over 512 bytes. */
export const MAX_DOCUMENT_ID_LENGTH = 512;

export type PreparedDocument = { id: string; document: JsonObject };
type ItemError = Extract<BulkCreateItemResult, { status: 'error' }>;

/** The nested document and its id, or the item's error: one bad document fails only itself. */
export function prepareDocument(raw: unknown, idField: string): PreparedDocument | ItemError {
  let document: JsonObject;
  try {
    document = toNestedDocument(raw);
  } catch (e) {
    return { id: '', status: 'error', error: { statusCode: 400, message: (e as Error).message } };
  }
  const id = readPath(document, idField);
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_DOCUMENT_ID_LENGTH) {
    const message = `[${idField}] must be a string of 1 to ${MAX_DOCUMENT_ID_LENGTH} characters`;
    return { id: typeof id === 'string' ? id.slice(0, MAX_DOCUMENT_ID_LENGTH) : '', status: 'error', error: { statusCode: 400, message } };
  }
  return { id, document };
}

export function checkFieldPath(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 1_000 || !path.split('.').every(isSafeKey)) {
    throw new HttpError(400, `Invalid field path [${String(path).slice(0, 100)}]: use dotted [A-Za-z0-9_@-] labels`);
  }
  return path;
}

const isScalar = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

export function checkFields(fields: Record<string, DocumentFieldValue>): Array<[string, DocumentFieldValue]> {
  if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw new HttpError(400, 'fields must be an object');
  const entries = Object.entries(fields);
  if (entries.length === 0) throw new HttpError(400, 'fields must name at least one field');
  for (const [path, value] of entries) {
    checkFieldPath(path);
    const valid = value === null || isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (!valid) throw new HttpError(400, `Field [${path}] must be a scalar, an array of scalars or null`);
  }
  return entries;
}

export function checkArrayValue(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new HttpError(400, 'The array value must be a non-empty string');
  return value;
}

export function checkIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new HttpError(400, 'ids must be an array of strings');
  return ids;
}
