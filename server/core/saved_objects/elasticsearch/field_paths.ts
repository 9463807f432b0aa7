/**
 * Where a contract field path lives in the index: root fields at the root, attributes under
 * the type's name (`status` of `cases` is `cases.status`), and inside which `nested` mapping,
 * if any, since such fields are only reachable through nested queries and sorts.
 */
import { invalidQuery } from '../errors';
import { collectFields, resolveField, ROOT_FIELDS, type FieldInfo, type FieldUse } from '../mapping_fields';
import type { MappingProperty, SavedObjectsType } from '../types';

export interface EsField {
  /** Full path in the index. */
  field: string;
  info: FieldInfo;
  /** Full path of the innermost `nested` mapping holding the field. */
  nestedPath?: string;
}

const fieldCache = new WeakMap<SavedObjectsType, Map<string, FieldInfo>>();

export function typeFields(type: SavedObjectsType): Map<string, FieldInfo> {
  let fields = fieldCache.get(type);
  if (!fields) {
    fields = collectFields(type);
    fieldCache.set(type, fields);
  }
  return fields;
}

export const isRootField = (info: FieldInfo): boolean => ROOT_FIELDS[info.path] === info;

/**
 * A family of the document service (alerts, events) described as a type: its fields sit at
 * the index root as they were written (`kibana.alert.uuid`), not under the type's name, and it
 * has none of the saved objects' root fields. The same filter, sort and aggregation code then
 * serves both.
 */
export interface DocumentRootType extends SavedObjectsType {
  documentRoot: true;
}

const isDocumentRoot = (type: SavedObjectsType): boolean => (type as Partial<DocumentRootType>).documentRoot === true;

/** Where a mapped path of the type sits in the index. */
export const indexPath = (type: SavedObjectsType, path: string): string =>
  isDocumentRoot(type) ? path : `${type.name}.${path}`;

function nestedPathOf(type: SavedObjectsType, path: string): string | undefined {
  let props: Record<string, MappingProperty> | undefined = type.mappings.properties;
  let nested: string | undefined;
  const walked: string[] = [];
  for (const segment of path.split('.')) {
    const prop: MappingProperty | undefined = props?.[segment];
    if (!prop) break;
    walked.push(segment);
    if (prop.type === 'nested') nested = indexPath(type, walked.join('.'));
    props = prop.properties;
  }
  return nested;
}

export function esFieldFor(type: SavedObjectsType, rawPath: string, use: FieldUse): EsField {
  const info = resolveField(type, typeFields(type), rawPath, use);
  if (isRootField(info)) {
    if (isDocumentRoot(type)) throw invalidQuery(`Unknown field [${rawPath}] for index family [${type.name}]`);
    return { field: info.path, info };
  }
  const nestedPath = nestedPathOf(type, info.path);
  return { field: indexPath(type, info.path), info, ...(nestedPath ? { nestedPath } : {}) };
}

/** The type among `types` whose name prefixes the path (`cases.status`), if any. */
export const ownerByPrefix = (types: SavedObjectsType[], rawPath: string): SavedObjectsType | undefined =>
  types.find((t) => rawPath.startsWith(`${t.name}.`));

/**
 * For sort and aggregations over several types, one index field must be named: a root field,
 * or an attribute prefixed with its type. A bare attribute name would be a different field
 * per type, which Elasticsearch cannot sort or bucket as one.
 */
export function esFieldForTypes(types: SavedObjectsType[], rawPath: string, use: FieldUse): EsField {
  if (types.length === 1) return esFieldFor(types[0], rawPath, use);
  const owner = ownerByPrefix(types, rawPath);
  if (owner) return esFieldFor(owner, rawPath, use);
  const root = ROOT_FIELDS[rawPath.replace(/^attributes\./, '')];
  if (root) return { field: root.path, info: root };
  throw invalidQuery(
    `Field [${rawPath}] is ambiguous across types [${types.map((t) => t.name).join(', ')}]: ` +
      `prefix it with a type name or use a root field (id, created_at, updated_at, originId)`,
  );
}
