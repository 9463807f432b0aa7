import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { filesApi, type CaseFilesQuery } from './files_api';
import { casesQueryKeys } from './query_keys';
import { useInvalidateCases } from './use_invalidate_cases';

/** One server page of the case's files; the previous page stays on screen while the next loads. */
export function useCaseFiles(caseId: string, params: CaseFilesQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.caseFiles(caseId, params),
    queryFn: ({ signal }) => filesApi.list(http, caseId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * After an upload or a deletion the case is stale (its totals, its activity's `comment` entries)
 * and so is the listing, which sits under the case's key; lists of cases count comments too.
 */
export const useInvalidateCaseFiles = useInvalidateCases;

export function useDeleteCaseFiles(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCaseFiles();
  return useMutation({ mutationFn: (ids: string[]) => filesApi.bulkDelete(http, caseId, ids), onSettled: invalidate });
}
