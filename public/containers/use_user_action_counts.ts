/**
 * How many entries each activity filter holds, for the All / Comments / History buttons: three
 * `perPage=0` finds, so the server counts with the same filters the feed pages through and no
 * entry is read. Under the case's key, so they refresh with every write to the case.
 */
import { useQueries } from '@tanstack/react-query';
import type { UserActionFindQuery } from '../../common/types/api/user_action';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export const ACTIVITY_FILTERS = ['all', 'user', 'action'] as const;
export type ActivityFilter = (typeof ACTIVITY_FILTERS)[number];

/** The find types each filter asks for: Kibana's groupings, `user` comments and every other `action`. */
export const typesOfFilter = (filter: ActivityFilter): UserActionFindQuery['types'] => (filter === 'all' ? undefined : [filter]);

export function useUserActionCounts(caseId: string): Partial<Record<ActivityFilter, number>> {
  const { http } = useCore();
  const results = useQueries({
    queries: ACTIVITY_FILTERS.map((filter) => {
      const types = typesOfFilter(filter);
      const params: UserActionFindQuery = { perPage: 0, ...(types ? { types } : {}) };
      return {
        queryKey: [...casesQueryKeys.userActions(caseId, params), 'count'] as const,
        queryFn: ({ signal }: { signal: AbortSignal }) => casesApi.findUserActions(http, caseId, params, signal),
      };
    }),
  });
  const counts: Partial<Record<ActivityFilter, number>> = {};
  ACTIVITY_FILTERS.forEach((filter, index) => {
    const total = results[index].data?.total;
    if (total !== undefined) counts[filter] = total;
  });
  return counts;
}
