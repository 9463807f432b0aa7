import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertWorkflowStatus } from '../../common/alerts/alert_fields';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys } from './alerts_api';

/** Kibana's "Mark as acknowledged / closed / open": the table re-reads once the store has them. */
export function useSetAlertsStatus() {
  const { http } = useCore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alertIds, status }: { alertIds: string[]; status: AlertWorkflowStatus }) => alertsApi.setStatus(http, alertIds, status),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertsQueryKeys.all }),
  });
}
