import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

/** `enabled: false` defers the request until the values are needed (a filter is opened). */
export function useGetReporters({ enabled = true }: { enabled?: boolean } = {}) {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.reporters, enabled, queryFn: ({ signal }) => casesApi.reporters(http, signal) });
}
