/**
 * Kibana's checks of an export request, with its messages, made before anything is read:
 * types or objects (not both, not neither), only importable-and-exportable types (`*` for all
 * of them), no search or references filter on an objects export, at most
 * `maxImportExportSize` objects asked for.
 */
import { badRequest } from '../../../errors';
import type { HasReference, SavedObjectsType, SavedObjectTypeRegistry } from '../../types';
import type { ExportOptions } from '../types';
import type { Keyed } from './sort_objects';

/** Kibana's token for "every exportable type". */
export const EXPORT_ALL_TYPES = '*';

/** The exporter's options: the contract's (`hasReference` included). */
export type ExporterOptions = ExportOptions;

export type ExportPlan =
  | { kind: 'types'; types: SavedObjectsType[]; search?: string; hasReference?: HasReference[] }
  | { kind: 'objects'; objects: Keyed[] };

export const exportableTypes = (registry: SavedObjectTypeRegistry): SavedObjectsType[] =>
  registry.getAllTypes().filter((type) => type.management?.importableAndExportable === true);

export function validateExport(options: ExporterOptions, registry: SavedObjectTypeRegistry, maxObjects: number): ExportPlan {
  const types = options.types ?? [];
  const objects = options.objects ?? [];
  if (types.length === 0 && objects.length === 0) throw badRequest('Either `type` or `objects` are required.');
  if (types.length > 0 && objects.length > 0) throw badRequest(`Can't specify both "types" and "objects" properties when exporting`);
  const supported = new Set(exportableTypes(registry).map((type) => type.name));

  if (objects.length > 0) {
    if (objects.length > maxObjects) throw badRequest(`Can't export more than ${maxObjects} objects`);
    if (typeof options.search === 'string') throw badRequest(`Can't specify both "search" and "objects" properties when exporting`);
    if ((options.hasReference ?? []).length > 0) {
      throw badRequest(`Can't specify both "references" and "objects" properties when exporting`);
    }
    const invalid = objects.filter((object) => !supported.has(object.type));
    if (invalid.length > 0) {
      throw badRequest(`Trying to export object(s) with non-exportable types: ${invalid.map((o) => `${o.type}:${o.id}`).join(', ')}`);
    }
    return { kind: 'objects', objects: objects.map(({ type, id }) => ({ type, id })) };
  }

  const invalid = types.filter((name) => name !== EXPORT_ALL_TYPES && !supported.has(name));
  if (invalid.length > 0) throw badRequest(`Trying to export non-exportable type(s): ${invalid.join(', ')}`);
  const names = types.includes(EXPORT_ALL_TYPES) ? [...supported] : [...new Set(types)];
  return {
    kind: 'types',
    types: names.map((name) => registry.getType(name) as SavedObjectsType),
    search: options.search,
    hasReference: options.hasReference && options.hasReference.length > 0 ? options.hasReference : undefined,
  };
}
