/** Adding a comment: the case's `updated_*` move, the log gets a `comment` create, and the case is returned. */
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import type { Case } from '../../../common/types/domain/case';
import { badRequest } from '../../core/errors';
import { ensureAuthorized, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { commentAction } from '../user_actions/builders';

export async function addComment(args: CasesClientArgs, caseId: string, request: AttachmentRequest): Promise<Case> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorized(args, Operations.createComment, [request.owner]);
  if (request.owner !== theCase.attributes.owner) throw badRequest('The owner field of the comment must match the case');

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const created = await args.services.attachments.create(caseId, {
    ...request,
    created_at: at,
    created_by: user,
    pushed_at: null,
    pushed_by: null,
    updated_at: null,
    updated_by: null,
  });
  await args.services.cases.touch(caseId, { updated_at: at, updated_by: user });
  await args.services.userActions.bulkCreate([
    commentAction({ caseId, owner: theCase.attributes.owner, user, createdAt: at }, 'create', created.id, request),
  ]);
  return caseWithComments(args, caseId);
}
