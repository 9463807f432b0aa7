/**
 * Deleting one attachment or all of a case's. The attachments and one `comment` delete action
 * for each are one unit of work (the case itself is left as it was, as before and as Kibana
 * does); the types' delete hooks run once the unit is durable.
 */
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { notFound } from '../../core';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import { ensureAuthorizedOn, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { afterDocumentsDetached } from '../alerts/after_detached';
import { runAttachmentHooks } from './hooks';

/** The payload a comment was created with, without its bookkeeping. */
export function payloadOf(so: AttachmentSavedObject): AnyAttachmentPayload {
  const { case_id: _c, created_at: _ca, created_by: _cb, pushed_at: _pa, pushed_by: _pb, updated_at: _ua, updated_by: _ub, ...payload } = so.attributes;
  return payload;
}

const entityOf = (so: AttachmentSavedObject) => ({ id: so.id, owner: so.attributes.owner });

async function deleteInOneUnit(args: CasesClientArgs, caseId: string, comments: AttachmentSavedObject[]): Promise<void> {
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { attachments, cases, userActions } = args.services;
  const actions = comments.map((so) => commentAction(args, { caseId, owner: so.attributes.owner, user, createdAt: at }, 'delete', so.id, payloadOf(so)));
  await cases.commit([...attachments.deleteOperations(comments.map((so) => so.id)), ...userActions.createOperations(actions)]);
  await runAttachmentHooks(args, 'onDeleted', caseId, comments);
  await afterDocumentsDetached(args, caseId, comments);
}

export async function deleteComment(args: CasesClientArgs, caseId: string, commentId: string): Promise<void> {
  const existing = await args.services.attachments.get(commentId);
  // Both ids of the path must resolve before the owner is checked: an unknown id is a 404 whoever asks.
  if (existing.attributes.case_id !== caseId) throw notFound(`This comment ${commentId} does not exist in ${caseId}.`);
  await ensureAuthorizedOn(args, Operations.deleteComment, [entityOf(existing)]);
  await deleteInOneUnit(args, caseId, [existing]);
}

export async function deleteAllComments(args: CasesClientArgs, caseId: string): Promise<void> {
  // One query for all of them, not a read per comment.
  const comments = await args.services.attachments.allOfCase(caseId);
  if (comments.length === 0) throw notFound(`No comments found for ${caseId}.`);
  await ensureAuthorizedOn(args, Operations.deleteAllComments, comments.map(entityOf));
  await deleteInOneUnit(args, caseId, comments);
}
