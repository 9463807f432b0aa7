import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core/core_context';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export function useGetTags() {
  const { http } = useCore();
  return useQuery({ queryKey: casesQueryKeys.tags, queryFn: ({ signal }) => casesApi.tags(http, signal) });
}
