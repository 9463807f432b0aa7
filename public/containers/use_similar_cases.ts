import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesQueryKeys } from './query_keys';
import { similarCasesApi, type SimilarCasesQuery } from './similar_cases_api';

/**
 * One page of the cases sharing an observable with this one. Under the case's key, so any write
 * to the case (an observable added or removed) refreshes it; the previous page stays on screen
 * while the next loads.
 */
export function useSimilarCases(caseId: string, query: SimilarCasesQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.similarCases(caseId, query),
    queryFn: ({ signal }) => similarCasesApi.find(http, caseId, query, signal),
    placeholderData: keepPreviousData,
  });
}
