import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core_context';
import { savedObjectsApi, type ExportResult } from './saved_objects_api';
import { downloadTextFile } from './download';
import { type ExportRequest, type FindSavedObjectsQuery } from './types';

/** Under the platform's `core` prefix; an import or a copy invalidates `all`. */
export const savedObjectsQueryKeys = {
  all: ['core', 'savedObjectsManagement'] as const,
  allowedTypes: ['core', 'savedObjectsManagement', 'allowedTypes'] as const,
  find: (query: FindSavedObjectsQuery) => ['core', 'savedObjectsManagement', 'find', query] as const,
};

export function useAllowedTypes() {
  const { http } = useCore();
  // Types are registered at server start: they do not change while the page is open.
  return useQuery({ queryKey: savedObjectsQueryKeys.allowedTypes, queryFn: ({ signal }) => savedObjectsApi.allowedTypes(http, signal), staleTime: Infinity });
}

export function useFindSavedObjects(query: FindSavedObjectsQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: savedObjectsQueryKeys.find(query),
    queryFn: ({ signal }) => savedObjectsApi.find(http, query, signal),
    // `type` is required by the route: nothing to ask before the types are known.
    enabled: query.types.length > 0,
    // The table keeps its rows while the next page loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useInvalidateSavedObjects() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: savedObjectsQueryKeys.all });
}

/** What the export toast says: the count, and the related objects the server could not find. */
function exportedText({ details }: ExportResult): string | undefined {
  if (!details) return undefined;
  const missing = details.missingRefCount > 0 ? ` ${details.missingRefCount} related ${details.missingRefCount === 1 ? 'object was' : 'objects were'} not found and left out.` : '';
  return `${details.exportedCount} ${details.exportedCount === 1 ? 'object' : 'objects'} exported.${missing}`;
}

/**
 * Exports and saves the file as `export.ndjson`, Kibana's name, with a toast either way: the
 * page's Export buttons and the cases' "Export" actions share it.
 */
export function useExportSavedObjects() {
  const core = useCore();
  return useMutation({
    mutationFn: (request: ExportRequest) => savedObjectsApi.export(core, request),
    onSuccess: (result) => {
      downloadTextFile(result.ndjson, 'export.ndjson');
      core.toasts.addSuccess({ title: 'Your file is downloading in the background', text: exportedText(result), 'data-test-subj': 'export-success-toast' });
    },
    onError: (error) => core.toasts.addError(error, { title: 'Could not export the objects' }),
  });
}
