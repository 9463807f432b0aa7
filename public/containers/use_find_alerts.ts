import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys, type FindAlertsRequest } from './alerts_api';

/** A page of alerts; the previous page stays on screen while the next one loads. */
export function useFindAlerts(request: FindAlertsRequest, { enabled = true }: { enabled?: boolean } = {}) {
  const { http } = useCore();
  return useQuery({
    queryKey: alertsQueryKeys.find(request),
    queryFn: ({ signal }) => alertsApi.findAlerts(http, request, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
