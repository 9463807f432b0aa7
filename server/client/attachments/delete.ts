/** Deleting one comment or all of a case's; each leaves a `comment` delete in the log. */
import type { AttachmentPayload } from '../../../common/types/domain/attachment';
import { notFound } from '../../core/errors';
import type { AttachmentSavedObject } from '../../services/attachment_service';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';

/** The payload a comment was created with, without its bookkeeping. */
function payloadOf(so: AttachmentSavedObject): AttachmentPayload {
  const { case_id: _c, created_at: _ca, created_by: _cb, pushed_at: _pa, pushed_by: _pb, updated_at: _ua, updated_by: _ub, ...payload } = so.attributes;
  return payload as AttachmentPayload;
}

async function logDeletes(args: CasesClientArgs, caseId: string, comments: AttachmentSavedObject[]) {
  const user = toUser(args.user);
  const at = args.now().toISOString();
  await args.services.userActions.bulkCreate(
    comments.map((so) => commentAction({ caseId, owner: so.attributes.owner, user, createdAt: at }, 'delete', so.id, payloadOf(so))),
  );
}

export async function deleteComment(args: CasesClientArgs, caseId: string, commentId: string): Promise<void> {
  const existing = await args.services.attachments.get(commentId);
  await ensureAuthorized(args, Operations.deleteComment, [existing.attributes.owner]);
  if (existing.attributes.case_id !== caseId) throw notFound(`This comment ${commentId} does not exist in ${caseId}.`);
  await args.services.attachments.delete(commentId);
  await logDeletes(args, caseId, [existing]);
}

export async function deleteAllComments(args: CasesClientArgs, caseId: string): Promise<void> {
  const ids = await args.services.attachments.idsOfCases([caseId]);
  if (ids.length === 0) throw notFound(`No comments found for ${caseId}.`);
  const comments: AttachmentSavedObject[] = [];
  for (const id of ids) comments.push(await args.services.attachments.get(id));
  await ensureAuthorized(args, Operations.deleteAllComments, comments.map((so) => so.attributes.owner));
  await args.services.attachments.deleteMany(ids);
  await logDeletes(args, caseId, comments);
}
