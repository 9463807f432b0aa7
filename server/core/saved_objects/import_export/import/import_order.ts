/**
 * The order types are written in: a type after the types its objects must find
 * (`exchange.requiredReferenceTypes`), so a comment listed before its case still finds the case;
 * otherwise in registration order. A cycle is broken where it is met.
 */
import type { SavedObjectsType, SavedObjectTypeRegistry } from '../../types';

export const isImportable = (type: SavedObjectsType | undefined): type is SavedObjectsType =>
  type?.management?.importableAndExportable === true;

/** The importable types, each after the importable types it requires. */
export function importOrder(registry: SavedObjectTypeRegistry): SavedObjectsType[] {
  const importable = registry.getAllTypes().filter(isImportable);
  const byName = new Map(importable.map((type) => [type.name, type]));
  const ordered: SavedObjectsType[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (type: SavedObjectsType) => {
    if (state.has(type.name)) return;
    state.set(type.name, 'visiting');
    for (const required of type.management?.exchange?.requiredReferenceTypes ?? []) {
      const target = byName.get(required);
      if (target) visit(target);
    }
    state.set(type.name, 'done');
    ordered.push(type);
  };
  importable.forEach(visit);
  return ordered;
}
