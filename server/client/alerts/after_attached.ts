/**
 * What attaching alerts does to the alert documents once the attachments are durable: each
 * alert lists the case in `kibana.alert.case_ids`, and when the case syncs its alerts the new
 * ones take the alert status of the case's status (Kibana's third sync trigger).
 */
import type { AttachmentSavedObject } from '../../services/attachment_service';
import type { CaseSavedObject } from '../../services/cases_service';
import type { CasesClientArgs } from '../types';
import { updateAlertCaseIds } from './case_ids';
import { asArray } from './document_refs';
import { syncAlertStatus } from './sync_status';
import { extractObservablesAfterAttach } from '../observables/extract';

export async function afterDocumentsAttached(args: CasesClientArgs, theCase: CaseSavedObject, written: AttachmentSavedObject[]): Promise<void> {
  const registry = args.registries.attachments;
  const byPath = new Map<string, string[]>();
  const alertIds: string[] = [];
  for (const so of written) {
    const spec = registry.get(so.attributes.type)?.documents;
    if (!spec || spec.family !== 'alerts') continue;
    const ids = asArray(so.attributes[spec.idField]);
    alertIds.push(...ids);
    if (spec.caseIdsPath) byPath.set(spec.caseIdsPath, [...(byPath.get(spec.caseIdsPath) ?? []), ...ids]);
  }
  for (const [path, ids] of byPath) await updateAlertCaseIds(args, 'add', theCase.id, path, ids);
  if (theCase.attributes.settings.syncAlerts) {
    await syncAlertStatus(args, { caseId: theCase.id, status: theCase.attributes.status, alertIds, skipWhenInStatus: true });
  }
  // Alerts and events both feed the case's observables when it asks for it; best effort, never throws.
  await extractObservablesAfterAttach(args, theCase, written);
}
