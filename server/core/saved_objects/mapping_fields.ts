/**
 * The searchable fields of a type, derived once from its mappings. Both backends read this:
 * SQLite turns each field into an index, Elasticsearch into a path under the type's name.
 */
import { HttpError } from '../errors';
import type { MappingFieldType, MappingProperty, SavedObjectsType } from './types';

export type LeafFieldType = Exclude<MappingFieldType, 'object' | 'nested'>;

export interface FieldInfo {
  /** The path a filter or sort names: `status`, `assignees.uid`, `title.keyword`. */
  path: string;
  type: LeafFieldType;
  /** Where the value sits in the stored attributes (a multi-field reads its parent's value). */
  sourcePath: string;
  /** Sortable and usable in term/range filters (not `text`). */
  exact: boolean;
  /** Full-text searchable (`text`, or `keyword` used as a search field). */
  text: boolean;
}

/** Fields every saved object has, whatever its mappings. */
export const ROOT_FIELDS: Record<string, FieldInfo> = {
  id: { path: 'id', type: 'keyword', sourcePath: 'id', exact: true, text: false },
  created_at: { path: 'created_at', type: 'date', sourcePath: 'created_at', exact: true, text: false },
  updated_at: { path: 'updated_at', type: 'date', sourcePath: 'updated_at', exact: true, text: false },
  // Kibana's: the object an imported copy was made from; import finds earlier copies by it.
  originId: { path: 'originId', type: 'keyword', sourcePath: 'originId', exact: true, text: false },
};

export function collectFields(type: SavedObjectsType): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  const walk = (props: Record<string, MappingProperty>, prefix: string) => {
    for (const [name, prop] of Object.entries(props)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (prop.properties) {
        if (prop.enabled !== false) walk(prop.properties, path);
        continue;
      }
      const leafType = prop.type as LeafFieldType | undefined;
      if (!leafType || prop.index === false || prop.enabled === false) continue;
      if (leafType === 'binary' || leafType === 'flattened') continue;
      fields.set(path, { path, type: leafType, sourcePath: path, exact: leafType !== 'text', text: leafType === 'text' });
      for (const [sub, subProp] of Object.entries(prop.fields ?? {})) {
        fields.set(`${path}.${sub}`, {
          path: `${path}.${sub}`,
          type: subProp.type,
          sourcePath: path,
          exact: subProp.type === 'keyword',
          text: subProp.type === 'text',
        });
      }
    }
  };
  walk(type.mappings.properties, '');
  return fields;
}

export type FieldUse = 'filter' | 'sort' | 'aggregate' | 'search';

/**
 * Looks a field up for a use, with Kibana's tolerance of `type.` prefixes (`cases.status`)
 * and `attributes.` prefixes. Unknown or unusable fields are a 400 that names them.
 */
export function resolveField(
  type: SavedObjectsType,
  fields: Map<string, FieldInfo>,
  rawPath: string,
  use: FieldUse,
): FieldInfo {
  let path = rawPath;
  for (const prefix of [`${type.name}.attributes.`, `${type.name}.`, 'attributes.']) {
    if (path.startsWith(prefix)) {
      path = path.slice(prefix.length);
      break;
    }
  }
  // A mapped attribute wins over the root field of the same name: Cases stores its own
  // `created_at`, which must stay what the API returns even for imported cases.
  const info = fields.get(path) ?? ROOT_FIELDS[path];
  if (!info) {
    throw new HttpError(400, `Unknown field [${rawPath}] for saved object type [${type.name}]`);
  }
  if (use === 'search') {
    if (info.type !== 'text' && info.type !== 'keyword') {
      throw new HttpError(400, `Field [${rawPath}] of type [${type.name}] is not searchable`);
    }
    return info;
  }
  if (!info.exact) {
    // A text field with a keyword multi-field serves sort and filter through it, as in Kibana.
    const keyword = fields.get(`${path}.keyword`);
    if (keyword) return keyword;
    throw new HttpError(400, `Field [${rawPath}] of type [${type.name}] cannot be used to ${use}`);
  }
  return info;
}

/** Reads the values at a dotted path, flattening arrays as Elasticsearch does. */
export function valuesAt(source: unknown, path: string): unknown[] {
  let current: unknown[] = [source];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || value === undefined) continue;
      if (Array.isArray(value)) {
        for (const item of value) {
          if (item !== null && typeof item === 'object') next.push((item as Record<string, unknown>)[key]);
        }
      } else if (typeof value === 'object') {
        next.push((value as Record<string, unknown>)[key]);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== null && v !== undefined);
}
