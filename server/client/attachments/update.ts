/**
 * Editing an attachment: its type and owner are fixed, its version guards against lost edits,
 * and the edit, the case's `updated_*` and the `comment` update action are one unit of work.
 */
import type { AttachmentPatchRequest } from '../../../common/types/api/attachment';
import type { Case } from '../../../common/types/domain/case';
import { badRequest, conflict, isConflict, notFound } from '../../core';
import { ensureAuthorizedOn, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';

const STALE = 'This case has been updated. Please refresh before saving additional updates.';

export async function updateComment(args: CasesClientArgs, caseId: string, request: AttachmentPatchRequest): Promise<Case> {
  const theCase = await args.services.cases.get(caseId);
  const existing = await args.services.attachments.get(request.id);
  if (existing.attributes.case_id !== caseId) throw notFound(`This comment ${request.id} does not exist in ${caseId}.`);
  await ensureAuthorizedOn(args, Operations.updateComment, [{ id: existing.id, owner: existing.attributes.owner }]);
  if (existing.attributes.type !== request.type) throw badRequest('You cannot change the type of the comment.');
  if (existing.attributes.owner !== request.owner) throw badRequest('You cannot change the owner of the comment.');
  if (existing.version !== request.version) throw conflict(STALE);
  await ensureRoomForUserActions(args, new Map([[caseId, 1]]));

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { id, version, ...payload } = request;
  const { type: _type, owner: _owner, ...fields } = payload;
  const { attachments, cases, userActions } = args.services;
  await cases
    .commit([
      attachments.updateOperation(id, version, { ...fields, updated_at: at, updated_by: user }),
      cases.touchOperation(caseId, { updated_at: at, updated_by: user }),
      ...userActions.createOperations([commentAction(args, { caseId, owner: theCase.attributes.owner, user, createdAt: at }, 'update', id, payload)]),
    ])
    .catch((e: unknown) => {
      throw isConflict(e) ? conflict(STALE) : e;
    });
  return caseWithComments(args, caseId);
}
