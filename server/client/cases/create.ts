/** Creating a case: numbered at once, logged as `create_case`. */
import { DEFAULT_SEVERITY } from '../../../common/constants';
import type { CasePostRequest } from '../../../common/types/api/case';
import type { Case, CaseAttributes } from '../../../common/types/domain/case';
import type { CaseAssignee } from '../../../common/types/domain/user';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { createCaseAction } from '../user_actions/builders';
import { toCase } from './to_case';

export const dedupAssignees = (assignees: CaseAssignee[]): CaseAssignee[] => [
  ...new Map(assignees.map((a) => [a.uid, { uid: a.uid }])).values(),
];

export async function createCase(args: CasesClientArgs, request: CasePostRequest): Promise<Case> {
  await ensureAuthorized(args, Operations.createCase, [request.owner]);
  const user = toUser(args.user);
  const createdAt = args.now().toISOString();
  // Numbered only once the request is known good, so a refused request burns no number.
  const incrementalId = await args.services.cases.nextIncrementalId();
  const attributes: CaseAttributes = {
    title: request.title.trim(),
    description: request.description.trim(),
    tags: request.tags.map((tag) => tag.trim()),
    owner: request.owner,
    status: 'open',
    severity: request.severity ?? DEFAULT_SEVERITY,
    assignees: dedupAssignees(request.assignees ?? []),
    category: request.category?.trim() ?? null,
    connector: request.connector,
    settings: request.settings,
    external_service: null,
    customFields: request.customFields ?? [],
    incremental_id: incrementalId,
    created_at: createdAt,
    created_by: user,
    updated_at: null,
    updated_by: null,
    closed_at: null,
    closed_by: null,
    duration: null,
    in_progress_at: null,
    time_to_acknowledge: null,
    time_to_investigate: null,
    time_to_resolve: null,
  };
  const created = await args.services.cases.create(attributes);
  await args.services.userActions.bulkCreate([
    createCaseAction({ caseId: created.id, owner: attributes.owner, user, createdAt }, attributes),
  ]);
  return toCase(created, { totalComment: 0, totalAlerts: 0 });
}
