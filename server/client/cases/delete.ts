/**
 * Deleting cases, as Kibana does it: each case goes with every comment and user action of
 * its own, in one unit of work, and leaves no activity behind (its `user_actions/_find` is a
 * 404 afterwards). Who deleted what is kept where Kibana keeps it: in the audit log.
 */
import { type AuditEvent, isBulkItemError, HttpError } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import { CASE_SAVED_OBJECT } from '../../../common/constants';
import { ensureAuthorizedOn, Operations } from '../authorization';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import { removeCaseFromAllAlerts } from '../alerts/case_ids';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';

export async function deleteCases(args: CasesClientArgs, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await args.services.cases.bulkGet(unique);
  const missing = found.find(isBulkItemError);
  if (missing) throw new HttpError(missing.error.statusCode, missing.error.message);
  const cases = found.filter((so): so is CaseSavedObject => !isBulkItemError(so));
  await ensureAuthorizedOn(args, Operations.deleteCase, cases.map((so) => ({ id: so.id, owner: so.attributes.owner })));

  const user = toUser(args.user);
  // A case's files go with it: their metadata in the same unit, their bytes once it is durable.
  const files = await args.services.files.allOfCases(unique);
  await args.services.cases.commit([...(await args.services.cases.cascadeDeleteOperations(unique)), ...args.services.files.deleteOperations(files.map((so) => so.id))]);
  if (files.length > 0) await args.blobs.delete(files.map((so) => so.attributes.blob_id ?? so.id));
  // Recorded once the unit is durable: the log never claims a deletion that did not happen.
  for (const so of cases) args.audit.log(deletionEvent(args, so, user.username ?? user.profile_uid ?? 'unknown'));
  // The alerts list the cases holding them; a deleted case is taken off every one of them.
  if (args.registries.attachments.list().some((d) => d.documents?.caseIdsPath)) {
    for (const id of unique) await removeCaseFromAllAlerts(args, id, ALERT_FIELDS.caseIds);
  }
}

function deletionEvent(args: CasesClientArgs, so: CaseSavedObject, userName: string): AuditEvent {
  return {
    message: `User has deleted case [id=${so.id}] with owner [${so.attributes.owner}]`,
    event: { action: 'case_delete', category: ['database'], type: ['deletion'], outcome: 'success' },
    user: { name: userName, ...(args.user?.profile_uid ? { id: args.user.profile_uid } : {}) },
    kibana: { space_id: args.spaceId, saved_object: { type: CASE_SAVED_OBJECT, id: so.id, name: so.attributes.title } },
  };
}
