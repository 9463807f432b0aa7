/**
 * The index mappings: fixed root fields plus one object per registered type holding that
 * type's own mappings. The root is strict so a stray top-level key is an error, while each
 * type keeps its own `dynamic` (Kibana's default, `false`: unmapped attributes are stored, not indexed).
 */
import type { estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import type { MappingProperty, SavedObjectsType } from '../types';

type EsProperty = estypes.MappingProperty;

const keyword = (): EsProperty => ({ type: 'keyword' });
const date = (): EsProperty => ({ type: 'date' });

/** One shard is plenty for saved objects; replicas when the cluster has a second node. */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  auto_expand_replicas: '0-1',
};

/** The first index behind the alias; a reindex migration moves the alias to `_2`, `_3`, ... */
export const concreteIndexName = (alias: string): string => `${alias}_1`;

export function rootProperties(): Record<string, EsProperty> {
  return {
    id: keyword(),
    type: keyword(),
    namespace: keyword(),
    namespaces: keyword(),
    references: {
      type: 'nested',
      properties: { type: keyword(), id: keyword(), name: keyword() },
    },
    created_at: date(),
    updated_at: date(),
    created_by: keyword(),
    updated_by: keyword(),
    // Kibana's: an imported copy's source object; import finds earlier copies by it.
    originId: keyword(),
    // Finds at start look for documents older than a type's latest model version.
    model_version: { type: 'integer' },
  };
}

/** Copies only the keys Elasticsearch knows, so nothing undefined reaches the request. */
function toEsProperty(prop: MappingProperty): EsProperty {
  const out: Record<string, unknown> = {};
  if (prop.type) out.type = prop.type;
  if (prop.properties) out.properties = toEsProperties(prop.properties);
  if (prop.fields) out.fields = prop.fields;
  if (prop.index !== undefined) out.index = prop.index;
  if (prop.enabled !== undefined) out.enabled = prop.enabled;
  if (prop.ignore_above !== undefined) out.ignore_above = prop.ignore_above;
  if (prop.format !== undefined) out.format = prop.format;
  return out as EsProperty;
}

function toEsProperties(props: Record<string, MappingProperty>): Record<string, EsProperty> {
  return Object.fromEntries(Object.entries(props).map(([name, prop]) => [name, toEsProperty(prop)]));
}

export function typeProperty(type: SavedObjectsType): EsProperty {
  return {
    type: 'object',
    dynamic: type.mappings.dynamic ?? false,
    properties: toEsProperties(type.mappings.properties),
  } as EsProperty;
}

/** Every property under the root: root fields first, then one per type. */
export function allProperties(types: SavedObjectsType[]): Record<string, EsProperty> {
  const root = rootProperties();
  const properties: Record<string, EsProperty> = { ...root };
  for (const type of types) {
    if (type.name in root) {
      throw new HttpError(500, `Saved object type [${type.name}] uses a reserved root field name`);
    }
    properties[type.name] = typeProperty(type);
  }
  return properties;
}

export const rootFieldNames = (): ReadonlySet<string> => new Set(Object.keys(rootProperties()));

export function indexMappings(types: SavedObjectsType[]): estypes.MappingTypeMapping {
  return { dynamic: 'strict', properties: allProperties(types) };
}
