import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys, type FindEventsRequest } from './alerts_api';

/** A page of events; the previous page stays on screen while the next one loads. */
export function useFindEvents(request: FindEventsRequest) {
  const { http } = useCore();
  return useQuery({
    queryKey: alertsQueryKeys.events(request),
    queryFn: ({ signal }) => alertsApi.findEvents(http, request, signal),
    placeholderData: keepPreviousData,
  });
}
