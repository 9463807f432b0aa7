/**
 * Deleting cases takes their comments and user actions with them, then records one
 * `delete_case` action per case so the log keeps who deleted what.
 */
import { isBulkItemError } from '../../core/saved_objects/types';
import type { CaseSavedObject } from '../../services/cases_service';
import { HttpError } from '../../core/errors';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { deleteCaseAction } from '../user_actions/builders';

export async function deleteCases(args: CasesClientArgs, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const found = await args.services.cases.bulkGet(unique);
  const missing = found.find(isBulkItemError);
  if (missing) throw new HttpError(missing.error.statusCode, missing.error.message);
  const cases = found.filter((so): so is CaseSavedObject => !isBulkItemError(so));
  await ensureAuthorized(args, Operations.deleteCase, cases.map((so) => so.attributes.owner));

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const [commentIds, actionIds] = await Promise.all([
    args.services.attachments.idsOfCases(unique),
    args.services.userActions.idsOfCases(unique),
  ]);
  await args.services.attachments.deleteMany(commentIds);
  await args.services.userActions.deleteMany(actionIds);
  await args.services.cases.bulkDelete(unique);
  await args.services.userActions.bulkCreate(
    cases.map((so) => deleteCaseAction({ caseId: so.id, owner: so.attributes.owner, user, createdAt: at })),
  );
}
