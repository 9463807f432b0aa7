import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core/core_context';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export function useGetReporters() {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.reporters, queryFn: ({ signal }) => casesApi.reporters(http, signal) });
}
