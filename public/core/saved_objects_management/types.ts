/**
 * The saved-object management and exchange API on the wire, as Kibana answers it: the page's
 * listing (`_find`, `_allowed_types`) and the spaces' copy answers; the import answers are the
 * shapes common/core shares with the server.
 */

/** An object of the page's list: attributes are never sent, only what the table shows. */
export interface ManagementSavedObject {
  type: string;
  id: string;
  updated_at?: string;
  namespaces?: string[];
  meta: {
    title?: string;
    icon?: string;
    /** Where the object opens in its app, shown only when `uiCapabilitiesPath` is granted. */
    inAppUrl?: { path: string; uiCapabilitiesPath: string };
    namespaceType?: string;
    hiddenType?: boolean;
  };
}

export interface FindSavedObjectsResponse {
  saved_objects: ManagementSavedObject[];
  total: number;
  page: number;
  per_page: number;
}

export interface AllowedType {
  name: string;
  displayName?: string;
  namespaceType?: string;
  hidden?: boolean;
}

export interface FindSavedObjectsQuery {
  types: string[];
  search: string;
  /** From 1, as the server counts. */
  page: number;
  perPage: number;
  sortField?: 'type' | 'updated_at';
  sortOrder?: 'asc' | 'desc';
}

export interface ObjectRef {
  type: string;
  id: string;
}

/** `_export`'s body: some objects or whole types. */
export type ExportRequest = ({ objects: ObjectRef[] } | { type: string[] }) & { includeReferencesDeep: boolean; excludeExportDetails?: boolean };

export type { ImportError, ImportErrorDetail, ImportSuccess, ImportWarning, ImportRetry } from '../../../common/core/saved_objects_exchange_api';
import type { ImportResponse as WireImportResponse } from '../../../common/core/saved_objects_exchange_api';

/** `_import` and `_resolve_import_errors`; a space's entry of the copy answers has no warnings. */
export type ImportResponse = Omit<WireImportResponse, 'warnings'> & Partial<Pick<WireImportResponse, 'warnings'>>;


/** How an import or a copy treats objects that exist already (Kibana's three choices). */
export interface ConflictMode {
  createNewCopies: boolean;
  /** Only without createNewCopies: overwrite at once, or report each conflict to decide. */
  overwrite: boolean;
}

export type CopyResponse = Record<string, Omit<ImportResponse, 'warnings'>>;
