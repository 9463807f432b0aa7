import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys, type CaseMetricsQuery } from './query_keys';

export function useGetCaseMetrics(params: CaseMetricsQuery) {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.metrics(params), queryFn: ({ signal }) => casesApi.metrics(http, params, signal) });
}
