/**
 * `kibana.alert.case_ids` on the alert documents, kept in step with the attachments once their
 * unit of work is durable. The documents live outside the saved-objects store, so this cannot
 * share the unit: a failure is logged with the case and how many documents it concerned, and
 * never fails the write the caller was already promised.
 */
import { ALERT_UPDATE_BATCH_SIZE } from '../../../common/constants';
import type { CasesClientArgs } from '../types';

export type CaseIdsChange = 'add' | 'remove';

function logFailure(args: CasesClientArgs, change: CaseIdsChange, caseId: string, count: number, error: unknown): void {
  args.logger?.error(
    { err: error, caseId, count },
    `Failed to ${change === 'add' ? 'add' : 'remove'} case id ${caseId} ${change === 'add' ? 'to' : 'from'} ${count} alert(s): ${(error as Error)?.message ?? error}`,
  );
}

/** Adds or removes `caseId` in the case ids of these alerts, a batch at a time; returns how many changed. */
export async function updateAlertCaseIds(args: CasesClientArgs, change: CaseIdsChange, caseId: string, path: string, ids: string[]): Promise<number> {
  let changed = 0;
  try {
    const alerts = args.documents.alerts;
    for (let i = 0; i < ids.length; i += ALERT_UPDATE_BATCH_SIZE * 10) {
      const batch = ids.slice(i, i + ALERT_UPDATE_BATCH_SIZE * 10);
      const result = change === 'add' ? await alerts.addToArray(batch, path, caseId) : await alerts.removeFromArray(batch, path, caseId);
      changed += result.updated;
    }
  } catch (error) {
    logFailure(args, change, caseId, ids.length, error);
  }
  return changed;
}

/** A deleted case leaves no trace on any alert, including ones it held under an id no attachment shows. */
export async function removeCaseFromAllAlerts(args: CasesClientArgs, caseId: string, path: string): Promise<void> {
  try {
    await args.documents.alerts.removeFromArray('all', path, caseId);
  } catch (error) {
    logFailure(args, 'remove', caseId, 0, error);
  }
}
