import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core';
import { alertsQueryKeys } from './alerts_api';
import { casesApi } from './cases_api';
import { casesQueryKeys, type CaseAlertsQuery } from './query_keys';

/** One server page of the case's alerts; the previous page stays on screen while the next loads. */
export function useCaseAlerts(caseId: string, params: CaseAlertsQuery) {
  const { http } = useCore();
  return useQuery({
    queryKey: casesQueryKeys.caseAlerts(caseId, params),
    queryFn: ({ signal }) => casesApi.caseAlerts(http, caseId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Takes alert ids off the case. Afterwards the case (its totals), its activity, its figures and
 * the Alerts page (its cases column) are all stale.
 */
export function useRemoveCaseAlerts(caseId: string) {
  const { http } = useCore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertIds: string[]) => casesApi.removeCaseAlerts(http, caseId, alertIds),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: casesQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: alertsQueryKeys.all }),
      ]),
  });
}
