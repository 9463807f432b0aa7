/**
 * The entries of an import's answer, in Kibana's shapes: what was written (`successResults`),
 * what was not and why (`errors`, each with the file's line), and the response that carries them.
 */
import type { SavedObject, SavedObjectsType } from '../../types';
import type { ImportError, ImportErrorDetail, ImportResponse, ImportSuccess, ImportWarning } from '../types';

type Meta = ImportSuccess['meta'];

const titleAttribute = (attributes: Record<string, unknown> | undefined): string | undefined =>
  typeof attributes?.title === 'string' ? attributes.title : undefined;

/** An error's meta: the file's `attributes.title`, as Kibana reports it, and the type's icon. */
export function errorMeta(type: SavedObjectsType | undefined, attributes: Record<string, unknown> | undefined): Meta {
  const meta: Meta = {};
  const title = titleAttribute(attributes);
  if (title !== undefined) meta.title = title;
  if (type?.management?.icon !== undefined) meta.icon = type.management.icon;
  return meta;
}

/** A written object's meta: its type's title of the stored object (else `attributes.title`) and icon. */
export function successMeta(type: SavedObjectsType, object: SavedObject): Meta {
  const meta: Meta = {};
  const getTitle = type.management?.getTitle;
  let title: string | undefined;
  try {
    title = getTitle ? getTitle(object as SavedObject & { attributes: Record<string, unknown> }) : titleAttribute(object.attributes as Record<string, unknown>);
  } catch {
    title = undefined;
  }
  if (title !== undefined) meta.title = title;
  if (type.management?.icon !== undefined) meta.icon = type.management.icon;
  return meta;
}

/** A line that is no object to import: it names itself by its line, as no title is known. */
export function lineError(line: number, type: string, id: string, reason: string): ImportError {
  return { id, type, meta: { title: `Line ${line}` }, line, error: { type: 'unknown', statusCode: 400, message: `Line ${line}: ${reason}` } };
}

export interface ObjectErrorInit {
  type: SavedObjectsType | undefined;
  typeName: string;
  id: string;
  attributes?: Record<string, unknown>;
  line: number;
  error: ImportErrorDetail;
  /** The object was to overwrite (Kibana marks the errors of attempted overwrites). */
  overwrite?: boolean;
}

export function objectError({ type, typeName, id, attributes, line, error, overwrite }: ObjectErrorInit): ImportError {
  return { id, type: typeName, meta: errorMeta(type, attributes), error, ...(overwrite ? { overwrite: true } : {}), line };
}

export const unknownError = (statusCode: number, message: string): ImportErrorDetail => ({ type: 'unknown', statusCode, message });

/** Kibana leaves out `successResults` and `errors` when empty. Errors follow the file's order. */
export function importResponse(successResults: ImportSuccess[], errors: ImportError[], warnings: ImportWarning[]): ImportResponse {
  const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    success: errors.length === 0,
    successCount: successResults.length,
    ...(successResults.length > 0 ? { successResults } : {}),
    ...(sorted.length > 0 ? { errors: sorted } : {}),
    warnings,
  };
}
