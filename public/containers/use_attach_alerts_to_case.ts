import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import { useCore } from '../core';
import { alertsApi, alertsQueryKeys } from './alerts_api';
import { casesQueryKeys } from './query_keys';

/**
 * Attaches alerts or events to a case in one bulk request. Afterwards the alerts' case column
 * and the cases' totals are stale, so both are re-read.
 */
export function useAttachAlertsToCase() {
  const { http } = useCore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, attachments }: { caseId: string; attachments: AttachmentRequest[] }) =>
      alertsApi.bulkCreateAttachments(http, caseId, attachments),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: alertsQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: casesQueryKeys.all }),
      ]),
  });
}
