/** Editing a comment's text; its type and owner are fixed, its version guards against lost edits. */
import type { AttachmentPatchRequest } from '../../../common/types/api/attachment';
import type { Case } from '../../../common/types/domain/case';
import { badRequest, conflict, notFound } from '../../core/errors';
import { isConflict } from '../../core/security/repository_errors';
import { ensureAuthorized, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';

const STALE = 'This case has been updated. Please refresh before saving additional updates.';

export async function updateComment(args: CasesClientArgs, caseId: string, request: AttachmentPatchRequest): Promise<Case> {
  const theCase = await args.services.cases.get(caseId);
  const existing = await args.services.attachments.get(request.id);
  await ensureAuthorized(args, Operations.updateComment, [existing.attributes.owner]);
  if (existing.attributes.case_id !== caseId) throw notFound(`This comment ${request.id} does not exist in ${caseId}.`);
  if (existing.attributes.type !== request.type) throw badRequest('You cannot change the type of the comment.');
  if (existing.attributes.owner !== request.owner) throw badRequest('You cannot change the owner of the comment.');
  if (existing.version !== request.version) throw conflict(STALE);

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { id: _id, version, ...payload } = request;
  await args.services.attachments.update(request.id, version, { comment: payload.comment, updated_at: at, updated_by: user }).catch((e: unknown) => {
    throw isConflict(e) ? conflict(STALE) : e;
  });
  await args.services.cases.touch(caseId, { updated_at: at, updated_by: user });
  await args.services.userActions.bulkCreate([
    commentAction({ caseId, owner: theCase.attributes.owner, user, createdAt: at }, 'update', request.id, payload),
  ]);
  return caseWithComments(args, caseId);
}
