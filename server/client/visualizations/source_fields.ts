/**
 * The fields a chart may use, read from what the store maps: a family's mappings or a
 * saved-object type's. Only mapped fields can be filtered or aggregated by either store, so
 * the list is exactly what the query service can answer. Full-text fields match words and
 * cannot be bucketed; a keyword multi-field (`title.keyword`) is the bucketable twin of one.
 */
import type { VisualizationField, VisualizationFieldType } from '../../../common/visualizations/query_api';
import type { MappingFieldType, MappingProperty } from '../../core';

const FIELD_TYPES: Partial<Record<MappingFieldType, VisualizationFieldType>> = {
  keyword: 'string',
  text: 'string',
  date: 'date',
  long: 'number',
  integer: 'number',
  short: 'number',
  float: 'number',
  double: 'number',
  boolean: 'boolean',
};

function leafField(name: string, type: MappingFieldType | undefined): VisualizationField | undefined {
  const fieldType = type === undefined ? undefined : FIELD_TYPES[type];
  if (!fieldType) return undefined;
  if (type === 'text') return { name, type: 'string', aggregatable: false, searchable: true, text: true };
  return { name, type: fieldType, aggregatable: true, searchable: true };
}

/**
 * Every mapped leaf under its dotted path, with its multi-fields, sorted by name; `hidden`
 * leaves out fields that exist for the store's sake (derived sort ranks, index terms).
 */
export function fieldsOfMappings(properties: Record<string, MappingProperty>, hidden: ReadonlySet<string> = new Set(), prefix = ''): VisualizationField[] {
  const fields: VisualizationField[] = [];
  for (const [key, property] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (hidden.has(path) || property.index === false || property.enabled === false) continue;
    if (property.properties) {
      if (property.type === undefined || property.type === 'object') fields.push(...fieldsOfMappings(property.properties, hidden, path));
      // Nested objects and their children are queried one object at a time, which charts cannot do.
      continue;
    }
    const leaf = leafField(path, property.type);
    if (leaf) fields.push(leaf);
    for (const [sub, multi] of Object.entries(property.fields ?? {})) {
      const subPath = `${path}.${sub}`;
      const subLeaf = hidden.has(subPath) ? undefined : leafField(subPath, multi.type);
      if (subLeaf) fields.push(subLeaf);
    }
  }
  return prefix ? fields : fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
