/**
 * Mappings are declared here as dotted ECS paths, the way analysts and Kibana name fields, and
 * turned into the nested `properties` the document service takes: one line per mapped field
 * keeps the list short enough to see what every write pays for.
 */
import type { MappingProperty } from '../core';

export function nestedMappings(fields: Record<string, MappingProperty>): { properties: Record<string, MappingProperty> } {
  const root: Record<string, MappingProperty> = {};
  for (const [path, property] of Object.entries(fields)) {
    const parts = path.split('.');
    let level = root;
    for (const part of parts.slice(0, -1)) {
      const node = (level[part] ??= { properties: {} });
      if (!node.properties) throw new Error(`[${path}] nests under the leaf field [${part}]`);
      level = node.properties;
    }
    const leaf = parts[parts.length - 1];
    if (level[leaf]) throw new Error(`[${path}] is mapped twice`);
    level[leaf] = property;
  }
  return { properties: root };
}

/** Every mapped leaf under its dotted path, with its property: what ingest checks values against. */
export function mappedLeaves(properties: Record<string, MappingProperty>, prefix = ''): Array<[string, MappingProperty]> {
  return Object.entries(properties).flatMap(([key, property]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return property.properties ? mappedLeaves(property.properties, path) : [[path, property] as [string, MappingProperty]];
  });
}
