import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CasesFindRequest } from '../../common/types/api/case';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { casesQueryKeys } from './query_keys';

/** A page of cases; the previous page stays on screen while the next one loads. */
export function useFindCases(params: CasesFindRequest) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.find(params),
    queryFn: ({ signal }) => casesApi.find(http, params, signal),
    placeholderData: keepPreviousData,
  });
}
