/**
 * The one place a stored saved object becomes a line of an export: Kibana's document, so that
 * our exports import into Kibana and Kibana's into us through one import path.
 *
 * Kibana writes what its repository returns for the document (minus `namespaces`): type, id,
 * attributes, references, the 8.8+ version stamps, `managed`, the dates and users, `originId`
 * and `version` when set. Ours has the same fields once a type's `exchange.toExport` has turned
 * its stored shape into Kibana's; `version` uses Kibana's encoding (version.ts), and import
 * discards it as Kibana's does.
 */
import { latestModelVersion, modelVersionToVirtualVersion } from '../model_versions';
import type { SavedObject, SavedObjectsType } from '../types';
import type { ExchangeDocument, ExportConversionContext } from './types';

/** Kibana froze its core migrations at 8.8.0: every document written since carries this stamp. */
export const CORE_MIGRATION_VERSION = '8.8.0';

/**
 * The `typeMigrationVersion` an export writes for the type: the shape its `exchange.toExport`
 * produces, or, as stored, Kibana's virtual version of the latest model version (`10.N.0`).
 * Import reads documents stamped with it as needing no migration.
 */
export function exportVersionOf(type: SavedObjectsType): string {
  return type.management?.exchange?.exportVersion ?? modelVersionToVirtualVersion(latestModelVersion(type));
}

/**
 * The export document of a stored object of `type`. Fields a hook or a finder added to the
 * object (a `score`) are not copied: only Kibana's fields leave.
 */
export function toExchangeDocument(object: SavedObject, type: SavedObjectsType, context: ExportConversionContext): ExchangeDocument {
  const exchange = type.management?.exchange;
  const { attributes, references } = exchange
    ? exchange.toExport(object, context)
    : { attributes: object.attributes as Record<string, unknown>, references: object.references ?? [] };
  const document: ExchangeDocument = {
    type: object.type,
    id: object.id,
    attributes,
    references: references ?? [],
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: exportVersionOf(type),
    managed: false,
    created_at: object.created_at,
    updated_at: object.updated_at,
  };
  if (object.created_by !== undefined) document.created_by = object.created_by;
  if (object.updated_by !== undefined) document.updated_by = object.updated_by;
  if (object.originId !== undefined) document.originId = object.originId;
  if (object.version !== undefined) document.version = object.version;
  return document;
}
