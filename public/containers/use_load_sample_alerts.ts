import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys } from './alerts_api';

/** Loads the generated sample alerts and events into this space, then re-reads the page. */
export function useLoadSampleAlerts() {
  const { http } = useCore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => alertsApi.loadSampleData(http),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsQueryKeys.all }),
  });
}
