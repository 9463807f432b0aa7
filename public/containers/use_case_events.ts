import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys, type CaseEventsQuery } from './query_keys';

/** One server page of the events attached to the case. */
export function useCaseEvents(caseId: string, params: CaseEventsQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.caseEvents(caseId, params),
    queryFn: ({ signal }) => casesApi.caseEvents(http, caseId, params, signal),
    placeholderData: keepPreviousData,
  });
}
