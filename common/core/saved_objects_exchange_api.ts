/**
 * Saved-object export and import on the wire, as Kibana answers them: the export's details line,
 * the answers of `_import` and `_resolve_import_errors` (and of each space in a copy to space),
 * and the retries a client sends. The server builds them and the browser reads them.
 */

/** The last line of an export unless `excludeExportDetails`. */
export interface ExportDetails {
  exportedCount: number;
  missingRefCount: number;
  missingReferences: Array<{ type: string; id: string }>;
  excludedObjectsCount: number;
  excludedObjects: Array<{ type: string; id: string; reason?: string }>;
}

/** Kibana's import warnings: `simple`, or `action_required` with where to go to act. */
export type ImportWarning =
  | { type: 'simple'; message: string }
  | { type: 'action_required'; message: string; actionPath: string; buttonLabel?: string };

export interface ImportSuccess {
  type: string;
  id: string;
  meta: { title?: string; icon?: string };
  destinationId?: string;
  createNewCopy?: boolean;
  overwrite?: boolean;
}

export type ImportErrorDetail =
  | { type: 'conflict'; destinationId?: string }
  | {
      type: 'ambiguous_conflict';
      destinations: Array<{ id: string; title?: string; updatedAt?: string }>;
    }
  | { type: 'missing_references'; references: Array<{ type: string; id: string }> }
  | { type: 'unsupported_type' }
  | { type: 'unknown'; message: string; statusCode: number };

export interface ImportError {
  type: string;
  id: string;
  title?: string;
  meta: { title?: string; icon?: string };
  error: ImportErrorDetail;
  overwrite?: boolean;
  /** Ours: the 1-based line of the file the object came from. */
  line?: number;
}

export interface ImportResponse {
  success: boolean;
  successCount: number;
  successResults?: ImportSuccess[];
  errors?: ImportError[];
  warnings: ImportWarning[];
}

/** One entry of `_resolve_import_errors`' `retries`, Kibana's. */
export interface ImportRetry {
  type: string;
  id: string;
  overwrite?: boolean;
  destinationId?: string;
  replaceReferences?: Array<{ type: string; from: string; to: string }>;
  createNewCopy?: boolean;
  ignoreMissingReferences?: boolean;
}
