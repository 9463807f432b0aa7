import { useQuery } from '@tanstack/react-query';
import type { UserActionFindQuery } from '../../common/types/api/user_action';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

export function useFindUserActions(caseId: string, params: UserActionFindQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.userActions(caseId, params),
    queryFn: ({ signal }) => casesApi.findUserActions(http, caseId, params, signal),
  });
}
