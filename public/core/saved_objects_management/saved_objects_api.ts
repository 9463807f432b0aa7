import { type HttpClient } from '../http_client';
import { postForNdjson, postMultipart, type ExchangeCore } from './exchange_fetch';
import {
  type AllowedType,
  type ConflictMode,
  type CopyResponse,
  type ExportRequest,
  type FindSavedObjectsQuery,
  type FindSavedObjectsResponse,
  type ImportResponse,
  type ImportRetry,
  type ObjectRef,
} from './types';

// Kibana's management routes (internal to its page) and its public exchange routes; every call
// keeps the page's /s/{id} prefix: objects belong to the space the page is in. Kibana's `_find`
// alone is camelCase (`savedObjects`), and the server registers it so.
export const MANAGEMENT_FIND_PATH = '/api/kibana/management/savedObjects/_find';
export const MANAGEMENT_ALLOWED_TYPES_PATH = '/api/kibana/management/saved_objects/_allowed_types';
export const EXPORT_PATH = '/api/saved_objects/_export';
export const IMPORT_PATH = '/api/saved_objects/_import';
export const RESOLVE_IMPORT_ERRORS_PATH = '/api/saved_objects/_resolve_import_errors';
export const COPY_PATH = '/api/spaces/_copy_saved_objects';
export const RESOLVE_COPY_ERRORS_PATH = '/api/spaces/_resolve_copy_saved_objects_errors';

/** The export-details line (the last one unless excluded), as Kibana writes it. */
export interface ExportDetails {
  exportedCount: number;
  missingRefCount: number;
  missingReferences: ObjectRef[];
  excludedObjectsCount: number;
}

export interface ExportResult {
  ndjson: string;
  details?: ExportDetails;
}

function readDetails(ndjson: string): ExportDetails | undefined {
  const last = ndjson.trimEnd().split('\n').pop();
  try {
    const parsed = last ? (JSON.parse(last) as Partial<ExportDetails>) : undefined;
    return parsed && typeof parsed.exportedCount === 'number' ? (parsed as ExportDetails) : undefined;
  } catch {
    return undefined;
  }
}

/** The file and what the server retries with: the file travels again on each retry. */
function importForm(file: File, retries?: ImportRetry[]): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (retries) form.append('retries', JSON.stringify(retries));
  return form;
}

export const savedObjectsApi = {
  find: (http: HttpClient, query: FindSavedObjectsQuery, signal?: AbortSignal) =>
    http.get<FindSavedObjectsResponse>(MANAGEMENT_FIND_PATH, {
      query: {
        type: query.types,
        // An empty search is no search; Kibana's page adds the trailing `*` for prefix matches.
        search: query.search.trim() ? `${query.search.trim()}*` : undefined,
        page: query.page,
        perPage: query.perPage,
        sortField: query.sortField,
        sortOrder: query.sortField ? query.sortOrder : undefined,
      },
      signal,
    }),
  allowedTypes: (http: HttpClient, signal?: AbortSignal) => http.get<{ types: AllowedType[] }>(MANAGEMENT_ALLOWED_TYPES_PATH, { signal }),
  export: async (core: ExchangeCore, request: ExportRequest): Promise<ExportResult> => {
    const ndjson = await postForNdjson(core, EXPORT_PATH, request);
    return { ndjson, details: request.excludeExportDetails ? undefined : readDetails(ndjson) };
  },
  import: (core: ExchangeCore, file: File, mode: ConflictMode) =>
    postMultipart<ImportResponse>(core, IMPORT_PATH, mode.createNewCopies ? { createNewCopies: true } : { overwrite: mode.overwrite }, importForm(file)),
  resolveImportErrors: (core: ExchangeCore, file: File, retries: ImportRetry[], createNewCopies: boolean) =>
    postMultipart<ImportResponse>(core, RESOLVE_IMPORT_ERRORS_PATH, { createNewCopies }, importForm(file, retries)),
  copyToSpaces: (http: HttpClient, body: { spaces: string[]; objects: ObjectRef[]; includeReferences: boolean } & ConflictMode) =>
    // Kibana refuses overwrite together with createNewCopies (its default is createNewCopies: true).
    http.post<CopyResponse>(COPY_PATH, { body: { ...body, overwrite: body.createNewCopies ? false : body.overwrite } }),
  resolveCopyErrors: (
    http: HttpClient,
    body: { retries: Record<string, ImportRetry[]>; objects: ObjectRef[]; includeReferences: boolean; createNewCopies: boolean },
  ) => http.post<CopyResponse>(RESOLVE_COPY_ERRORS_PATH, { body }),
};
