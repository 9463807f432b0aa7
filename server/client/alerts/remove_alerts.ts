/**
 * Removing alerts from a case (the Alerts tab's "remove from case"): each alert attachment that
 * holds any of the ids loses them; one left empty is deleted with a `comment` delete action, as
 * Kibana logs a deleted attachment, and one trimmed is updated with a `comment` update action.
 * All of it is one unit of work; the alerts then lose the case id.
 */
import { badRequest } from '../../core';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import { payloadOf } from '../attachments/delete';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';
import { afterDocumentsDetached } from './after_detached';
import { documentTypes, refsOf } from './document_refs';

export async function removeCaseAlerts(args: CasesClientArgs, caseId: string, alertIds: string[]): Promise<{ removed: number }> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.removeCaseAlerts, theCase);
  const removing = new Set(alertIds);
  const touched: Array<{ so: AttachmentSavedObject; keep: Array<{ id: string; index: string }> }> = [];
  let removed = 0;
  for (const { type, spec } of documentTypes(args).filter((d) => d.spec.family === 'alerts')) {
    for (const so of await args.services.attachments.allOfCase(caseId, [type])) {
      const refs = refsOf(spec, so.attributes);
      const keep = refs.filter((r) => !removing.has(r.id));
      if (keep.length === refs.length) continue;
      removed += refs.length - keep.length;
      touched.push({ so, keep });
    }
  }
  if (touched.length === 0) throw badRequest(`None of the alerts ${alertIds.slice(0, 10).join(', ')}${alertIds.length > 10 ? ', ...' : ''} is attached to case ${caseId}.`);
  await ensureRoomForUserActions(args, new Map([[caseId, touched.length]]));
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { attachments, cases, userActions } = args.services;
  const common = { caseId, owner: theCase.attributes.owner, user, createdAt: at };
  const operations = touched.flatMap(({ so, keep }) => {
    const spec = args.registries.attachments.get(so.attributes.type)!.documents!;
    if (keep.length === 0) return [...attachments.deleteOperations([so.id]), ...userActions.createOperations([commentAction(args, common, 'delete', so.id, payloadOf(so))])];
    const trimmed = { [spec.idField]: keep.map((r) => r.id), [spec.indexField]: keep.map((r) => r.index) };
    return [
      attachments.updateOperation(so.id, so.version, { ...trimmed, updated_at: at, updated_by: user }),
      ...userActions.createOperations([commentAction(args, common, 'update', so.id, { ...payloadOf(so), ...trimmed })]),
    ];
  });
  await cases.commit([...operations, cases.touchOperation(caseId, { updated_at: at, updated_by: user })]);
  await afterDocumentsDetached(args, caseId, touched.map(({ so }) => ({ attributes: { ...so.attributes, [refsKey(args, so)]: [...removingOf(args, so, removing)] } })));
  return { removed };
}

const refsKey = (args: CasesClientArgs, so: AttachmentSavedObject) => args.registries.attachments.get(so.attributes.type)!.documents!.idField;

/** Only the ids this request removed: the others stay on the case and keep the case id. */
function removingOf(args: CasesClientArgs, so: AttachmentSavedObject, removing: Set<string>): string[] {
  const spec = args.registries.attachments.get(so.attributes.type)!.documents!;
  return refsOf(spec, so.attributes).map((r) => r.id).filter((id) => removing.has(id));
}
