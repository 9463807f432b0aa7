import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export function useGetCase(caseId: string) {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.case(caseId), queryFn: ({ signal }) => casesApi.get(http, caseId, signal) });
}
