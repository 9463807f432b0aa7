/**
 * Adding an attachment of any registered type: the attachment, the case's `updated_*` and the
 * `comment` user action are one unit of work; the type's limit is checked before and its hook
 * runs after. The case is returned.
 */
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import type { Case } from '../../../common/types/domain/case';
import { badRequest } from '../../core';
import { notRegisteredMessage } from '../../attachment_framework/request_codec';
import { ensureAuthorized, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';
import { runAttachmentHooks } from './hooks';
import { ensureWithinLimits } from './limits';

export async function addComment(args: CasesClientArgs, caseId: string, request: AttachmentRequest): Promise<Case> {
  const theCase = await args.services.cases.get(caseId);
  // Authorized against the case's owner first: a caller without rights learns nothing (403), not that the case exists.
  await ensureAuthorized(args, Operations.createComment, [theCase.attributes.owner]);
  if (request.owner !== theCase.attributes.owner) throw badRequest('The owner field of the comment must match the case');
  if (!args.registries.attachments.get(request.type)) throw badRequest(notRegisteredMessage(request.type));
  await ensureWithinLimits(args, caseId, request);
  await ensureRoomForUserActions(args, new Map([[caseId, 1]]));

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { attachments, cases, userActions } = args.services;
  const id = attachments.newId();
  const results = await cases.commit([
    attachments.createOperation(caseId, id, { ...request, created_at: at, created_by: user, pushed_at: null, pushed_by: null, updated_at: null, updated_by: null }),
    cases.touchOperation(caseId, { updated_at: at, updated_by: user }),
    ...userActions.createOperations([commentAction(args, { caseId, owner: theCase.attributes.owner, user, createdAt: at }, 'create', id, request)]),
  ]);
  await runAttachmentHooks(args, 'onAdded', caseId, attachments.attachmentsOf(results));
  return caseWithComments(args, caseId);
}
