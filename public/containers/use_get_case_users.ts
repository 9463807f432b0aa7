import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

/** The people of one case (participants, assignees, reporter), refreshed with its activity. */
export function useGetCaseUsers(caseId: string) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.caseUsers(caseId),
    queryFn: ({ signal }) => casesApi.caseUsers(http, caseId, signal),
  });
}
