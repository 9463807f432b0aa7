/**
 * Adding attachments of any registered type, one (POST .../comments) or several (Kibana's
 * internal `_bulk_create`): the attachments, the case's `updated_*` and one `comment` user
 * action per attachment are one unit of work. Before it: the owner, the closed-case rule and
 * the duplicate and limit checks of types that point at documents; after it, once durable: the
 * types' hooks and the alert documents' case ids and status. The case is returned.
 */
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import type { Case } from '../../../common/types/domain/case';
import { stageOf } from '../../../common/registries/case_statuses';
import { badRequest } from '../../core';
import { notRegisteredMessage } from '../../attachment_framework/request_codec';
import type { CaseSavedObject } from '../../services/cases_service';
import { afterDocumentsAttached } from '../alerts/after_attached';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';
import { skipHeldDocuments } from './held_documents';
import { runAttachmentHooks } from './hooks';
import { ensureWithinLimits } from './limits';

function validateRequests(args: CasesClientArgs, theCase: CaseSavedObject, requests: AttachmentRequest[]): void {
  const registry = args.registries.attachments;
  for (const request of requests) if (!registry.get(request.type)) throw badRequest(notRegisteredMessage(request.type));
  if (stageOf(theCase.attributes.status) === 'closed') {
    const refused = requests.map((r) => registry.get(r.type)?.documents?.closedCaseMessage).find(Boolean);
    if (refused) throw badRequest(refused);
  }
  if (requests.some((r) => r.owner !== theCase.attributes.owner)) throw badRequest('The owner field of the comment must match the case');
}

async function addAttachments(args: CasesClientArgs, caseId: string, requests: AttachmentRequest[], operation: typeof Operations.createComment): Promise<Case> {
  const theCase = await args.services.cases.get(caseId);
  // Authorized against the case's owner before the request is judged: a caller who may not comment learns nothing more (403).
  await ensureAuthorizedOnCase(args, operation, theCase);
  validateRequests(args, theCase, requests);
  const { kept, held } = await skipHeldDocuments(args, caseId, requests);
  // Every id already on the case: nothing to write, the case answers as it is (Kibana's behaviour).
  if (kept.length === 0) return caseWithComments(args, caseId, true, theCase);
  await ensureWithinLimits(args, caseId, kept, held);
  await ensureRoomForUserActions(args, new Map([[caseId, kept.length]]));
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { attachments, cases, userActions } = args.services;
  const common = { caseId, owner: theCase.attributes.owner, user, createdAt: at };
  const planned = kept.map((request) => ({ id: attachments.newId(), request }));
  const results = await cases.commit([
    ...planned.map(({ id, request }) =>
      attachments.createOperation(caseId, id, { ...request, created_at: at, created_by: user, pushed_at: null, pushed_by: null, updated_at: null, updated_by: null }),
    ),
    cases.touchOperation(caseId, { updated_at: at, updated_by: user }),
    ...userActions.createOperations(planned.map(({ id, request }) => commentAction(args, common, 'create', id, request))),
  ]);
  const written = attachments.attachmentsOf(results);
  await runAttachmentHooks(args, 'onAdded', caseId, written);
  await afterDocumentsAttached(args, theCase, written);
  return caseWithComments(args, caseId);
}

export const addComment = (args: CasesClientArgs, caseId: string, request: AttachmentRequest): Promise<Case> =>
  addAttachments(args, caseId, [request], Operations.createComment);

export const bulkCreateAttachments = (args: CasesClientArgs, caseId: string, requests: AttachmentRequest[]): Promise<Case> =>
  addAttachments(args, caseId, requests, Operations.bulkCreateAttachments);
