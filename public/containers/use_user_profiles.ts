/** Users for assignee pickers (suggestions as the user types) and for showing assignees by uid. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export function useSuggestUsers(name: string, { enabled = true }: { enabled?: boolean } = {}) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.suggestUsers(name),
    queryFn: ({ signal }) => casesApi.suggestUsers(http, name, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useBulkGetUserProfiles(uids: string[]) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.userProfiles(uids),
    queryFn: ({ signal }) => casesApi.bulkGetUserProfiles(http, uids, signal),
    enabled: uids.length > 0,
    staleTime: 5 * 60_000,
  });
}
