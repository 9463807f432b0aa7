/**
 * Which cases of an update sync their alerts, as Kibana decides it: a status change of a case
 * that syncs (after the patch), or `settings.syncAlerts` turned on (the alerts take the case's
 * status). The alert ids are read before the unit, so the status (or settings) user action can
 * record in the same unit how many alerts the sync sets; the sync itself runs once it is durable.
 */
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { CaseStatus } from '../../../common/constants';
import { stageOf } from '../../../common/registries/case_statuses';
import type { NewUserAction } from '../../services/user_action_service';
import { alertIdsOfCase } from '../alerts/document_refs';
import { syncAlertStatus } from '../alerts/sync_status';
import type { CasesClientArgs } from '../types';
import type { CaseChanges } from './changed_fields';

export interface AlertSync {
  caseId: string;
  status: CaseStatus;
  alertIds: string[];
}

function needsSync(before: CaseAttributes, changes: CaseChanges): boolean {
  const syncs = changes.settings?.syncAlerts ?? before.settings.syncAlerts;
  const statusMoved = changes.status !== undefined && stageOf(changes.status) !== stageOf(before.status);
  const turnedOn = changes.settings !== undefined && changes.settings.syncAlerts && !before.settings.syncAlerts;
  return syncs && (statusMoved || turnedOn);
}

export async function planAlertSync(args: CasesClientArgs, caseId: string, before: CaseAttributes, changes: CaseChanges): Promise<AlertSync | undefined> {
  if (!needsSync(before, changes)) return undefined;
  const alertIds = await alertIdsOfCase(args, caseId);
  return alertIds.length > 0 ? { caseId, status: changes.status ?? before.status, alertIds } : undefined;
}

/** The case's status action (or, without one, its settings action) records the count. */
export function recordSyncCount(actions: NewUserAction[], sync: AlertSync | undefined): NewUserAction[] {
  if (!sync) return actions;
  const target = actions.find((a) => a.attributes.type === 'status') ?? actions.find((a) => a.attributes.type === 'settings');
  return actions.map((a) =>
    a === target ? { ...a, attributes: { ...a.attributes, payload: { ...a.attributes.payload, syncedAlerts: sync.alertIds.length } } as NewUserAction['attributes'] } : a,
  );
}

export async function runAlertSyncs(args: CasesClientArgs, syncs: Array<AlertSync | undefined>): Promise<void> {
  for (const sync of syncs) if (sync) await syncAlertStatus(args, sync);
}
