import { useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys } from './alerts_api';

/**
 * Which of the listed cases already hold every selected alert (or event) (Kibana's find-containing-all),
 * so the case selector can disable them. Nothing is asked while either list is empty.
 */
export function useCasesContainingAlerts(alertIds: string[], caseIds: string[]) {
  const { http } = useCore();
  return useQuery({
    queryKey: alertsQueryKeys.containingAll(alertIds, caseIds),
    queryFn: ({ signal }) => alertsApi.casesContainingAll(http, alertIds, caseIds, signal),
    enabled: alertIds.length > 0 && caseIds.length > 0,
    select: (response) => new Set(response.casesWithAllAttachments),
  });
}
