/**
 * Alert status sync, as Kibana does it: a synced case moves its alerts' workflow status with its
 * own (open → open, in-progress → acknowledged, closed → closed). It runs once the case change
 * is durable, awaited inside the request, in batches of ids; a failure is logged and never loses
 * or rolls back the case change. The count it returns is what the user action records.
 */
import { ALERT_FIELDS, ALERT_STATUS_FOR_CASE_STATUS, type AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { ALERT_UPDATE_BATCH_SIZE, type CaseStatus } from '../../../common/constants';
import { stageOf } from '../../../common/registries/case_statuses';
import { f, type DocumentFieldValue } from '../../core';
import type { CasesClientArgs } from '../types';

/** The alert status a case status syncs to: by its stage, so a registered status syncs as its stage does. */
export const alertStatusFor = (status: CaseStatus): AlertWorkflowStatus => ALERT_STATUS_FOR_CASE_STATUS[stageOf(status)];

export interface SyncRequest {
  caseId: string;
  status: CaseStatus;
  alertIds: string[];
  /** Kept on the alerts when they close (`kibana.alert.workflow_reason`). */
  reason?: string;
  /**
   * Skip the write when every alert already has the status: alerts attached to an open case
   * are nearly always open, and one count query costs far less than rewriting them all.
   */
  skipWhenInStatus?: boolean;
}

async function allInStatus(args: CasesClientArgs, alertIds: string[], status: AlertWorkflowStatus): Promise<boolean> {
  const found = await args.documents.alerts.search({
    filter: f.and(f.terms(ALERT_FIELDS.uuid, alertIds), f.not(f.term(ALERT_FIELDS.workflowStatus, status))),
    perPage: 0,
  });
  return found.total === 0;
}

/** Sets the alerts' workflow status; returns how many alert documents were updated. */
export async function syncAlertStatus(args: CasesClientArgs, { caseId, status, alertIds, reason, skipWhenInStatus }: SyncRequest): Promise<number> {
  if (alertIds.length === 0) return 0;
  const workflowStatus = alertStatusFor(status);
  const fields: Record<string, DocumentFieldValue> = {
    [ALERT_FIELDS.workflowStatus]: workflowStatus,
    [ALERT_FIELDS.workflowStatusUpdatedAt]: args.now().toISOString(),
    ...(workflowStatus === 'closed' && reason ? { [ALERT_FIELDS.workflowReason]: reason } : {}),
  };
  let updated = 0;
  try {
    if (skipWhenInStatus && (await allInStatus(args, alertIds, workflowStatus))) return 0;
    for (let i = 0; i < alertIds.length; i += ALERT_UPDATE_BATCH_SIZE) {
      updated += (await args.documents.alerts.updateFields(alertIds.slice(i, i + ALERT_UPDATE_BATCH_SIZE), fields)).updated;
    }
  } catch (error) {
    args.logger?.error(
      { err: error, caseId, count: alertIds.length, updated },
      `Failed to sync the status of ${alertIds.length} alert(s) of case ${caseId} to ${workflowStatus} (${updated} updated): ${(error as Error)?.message ?? error}`,
    );
  }
  return updated;
}
