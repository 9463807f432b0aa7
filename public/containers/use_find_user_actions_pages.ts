/**
 * The activity of one case, a page at a time, filtered and ordered by the server (so a filter
 * never shows a half-empty page of what the client dropped): the case view shows the first page
 * and loads the next on request. Under the case's query key, so every write that refreshes the
 * case refreshes its activity too.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { MAX_USER_ACTIONS_PER_PAGE } from '../../common/constants';
import type { UserActionFindQuery } from '../../common/types/api/user_action';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export interface UserActionPagesOptions {
  types?: UserActionFindQuery['types'];
  sortOrder?: 'asc' | 'desc';
  perPage?: number;
}

export function useFindUserActionsPages(caseId: string, { types, sortOrder = 'asc', perPage = MAX_USER_ACTIONS_PER_PAGE }: UserActionPagesOptions = {}) {
  const { http } = useCore();
  const params: UserActionFindQuery = { sortOrder, perPage, ...(types && types.length > 0 ? { types } : {}) };
  return useInfiniteQuery({
    // Distinct from useFindUserActions' key with the same params: the cached shapes differ.
    queryKey: [...casesQueryKeys.userActions(caseId, params), 'pages'] as const,
    queryFn: ({ pageParam, signal }) => casesApi.findUserActions(http, caseId, { ...params, page: pageParam }, signal),
    initialPageParam: 1,
    // Counted from what arrived rather than page × perPage, so a server that caps the page
    // size differently cannot make the feed stop early or ask for empty pages forever.
    getNextPageParam: (last, all) => {
      const loaded = all.reduce((count, page) => count + page.userActions.length, 0);
      return last.userActions.length > 0 && loaded < last.total ? last.page + 1 : undefined;
    },
  });
}
