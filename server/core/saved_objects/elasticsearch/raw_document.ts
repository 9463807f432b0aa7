/**
 * How a saved object sits in the index, Kibana's layout: `_id` is `[namespace:]type:id` and
 * `_source` keeps the attributes under the type's name, so each type owns its mappings.
 *
 * Unlike Kibana, `_source` also holds the plain `id`: Elasticsearch 8 cannot sort on `_id`,
 * and the contract sorts by id to break ties, filters on it with term/prefix/range and reports
 * it back; a keyword field does all of that where `_id` does not.
 */
import { migrateAttributes } from '../migrate_document';
import { INITIAL_MODEL_VERSION, latestModelVersion } from '../model_versions';
import { HttpError } from '../../errors';
import { type SavedObject, type SavedObjectReference, type SavedObjectsType, DEFAULT_NAMESPACE } from '../types';
import { encodeVersion } from '../version';

export interface RawSource {
  id: string;
  type: string;
  namespace?: string;
  namespaces?: string[];
  references?: SavedObjectReference[];
  created_at: string;
  updated_at: string;
  created_by?: string;
  updated_by?: string;
  /** Kibana's root `originId`: the object an imported copy was made from; absent on others. */
  originId?: string;
  /** The model version the attributes were written at; absent on documents from before versions: 1. */
  model_version?: number;
  /** The attributes, under the type's name. */
  [typeName: string]: unknown;
}

const isDefaultOrAgnostic = (type: SavedObjectsType, namespace: string) =>
  type.namespaceType === 'agnostic' || namespace === DEFAULT_NAMESPACE;

/**
 * `:` in the id (and `%`, the escape itself) is percent-encoded, so a raw id holds exactly one
 * `:` per part and reads one way only. Unescaped, an object of space `cases`, type
 * `cases-comments`, id `1` and one of the default space, type `cases`, id `cases-comments:1`
 * shared `cases:cases-comments:1`. Ids without either character keep Kibana's exact layout.
 */
const escapeIdPart = (id: string): string => id.replace(/[%:]/g, (c) => (c === '%' ? '%25' : '%3A'));

export function rawId(type: SavedObjectsType, id: string, namespace: string): string {
  const tail = `${type.name}:${escapeIdPart(id)}`;
  return isDefaultOrAgnostic(type, namespace) ? tail : `${namespace}:${tail}`;
}

export interface SourceInput {
  type: SavedObjectsType;
  id: string;
  namespace: string;
  attributes: unknown;
  references: SavedObjectReference[];
  createdAt: string;
  updatedAt: string;
  user?: string;
  originId?: string;
}

/** Absent stays absent (no copy); anything given must be an id. */
export function checkOriginId(originId: unknown): void {
  if (originId !== undefined && (typeof originId !== 'string' || originId.length === 0)) {
    throw new HttpError(400, 'originId must be a non-empty string');
  }
}

export function buildSource(input: SourceInput): RawSource {
  const { type, namespace, originId } = input;
  checkOriginId(originId);
  return {
    id: input.id,
    type: type.name,
    ...(isDefaultOrAgnostic(type, namespace) ? {} : { namespace }),
    // Agnostic objects belong to no space, so they carry no namespaces at all.
    ...(type.namespaceType === 'single' ? { namespaces: [namespace] } : {}),
    [type.name]: input.attributes,
    references: input.references,
    created_at: input.createdAt,
    updated_at: input.updatedAt,
    ...(input.user !== undefined ? { created_by: input.user, updated_by: input.user } : {}),
    ...(originId !== undefined ? { originId } : {}),
    model_version: latestModelVersion(type),
  };
}

export const storedModelVersion = (source: RawSource): number => source.model_version ?? INITIAL_MODEL_VERSION;

/**
 * The source at the type's latest model version, stamped so: what reads return and what an
 * update patches. 422 for a document of a newer build. The same object when already current.
 */
export function upToDate(source: RawSource, type: SavedObjectsType): RawSource {
  const latest = latestModelVersion(type);
  const from = storedModelVersion(source);
  if (from === latest) return source;
  const attributes = (source[type.name] ?? {}) as Record<string, unknown>;
  const migrated = migrateAttributes(type, { id: source.id, attributes, modelVersion: from });
  return { ...source, [type.name]: migrated, model_version: latest };
}

/** Guards reads by `_id` against a document of another type or space (it cannot happen with our ids, but cheap). */
export function belongsTo(source: RawSource, type: SavedObjectsType, namespace: string): boolean {
  if (source.type !== type.name) return false;
  if (type.namespaceType === 'agnostic') return true;
  return (source.namespaces ?? []).includes(namespace);
}

export function toSavedObject<T>(source: RawSource, seqNo: number | undefined, primaryTerm: number | undefined): SavedObject<T> {
  return {
    id: source.id,
    type: source.type,
    attributes: (source[source.type] ?? {}) as T,
    references: source.references ?? [],
    version: encodeVersion(seqNo ?? 0, primaryTerm ?? 1),
    ...(source.namespaces ? { namespaces: source.namespaces } : {}),
    created_at: source.created_at,
    updated_at: source.updated_at,
    ...(source.created_by !== undefined ? { created_by: source.created_by } : {}),
    ...(source.updated_by !== undefined ? { updated_by: source.updated_by } : {}),
    ...(source.originId !== undefined ? { originId: source.originId } : {}),
  };
}

/** A search or get hit with its source and sequence numbers. */
export interface RawHit {
  _source?: RawSource;
  _seq_no?: number;
  _primary_term?: number;
}

export const hitToSavedObject = <T>(hit: RawHit & { _source: RawSource }): SavedObject<T> =>
  toSavedObject<T>(hit._source, hit._seq_no, hit._primary_term);
