/** Creating a case: its number, the case and its `create_case` action, written as one unit. */
import { DEFAULT_SEVERITY } from '../../../common/constants';
import type { CasePostRequest } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import type { NewCaseAttributes } from '../../services/cases_service';
import type { CaseAssignee } from '../../../common/types/domain/user';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { checkedCustomFields, definitionsReader } from '../custom_fields/case_custom_fields';
import { toUser } from '../user';
import { createCaseAction } from '../user_actions/builders';
import { toCase } from './to_case';
import { scheduleAssigneeNotifications } from './notify_assignees';

export const dedupAssignees = (assignees: CaseAssignee[]): CaseAssignee[] => [
  ...new Map(assignees.map((a) => [a.uid, { uid: a.uid }])).values(),
];

/**
 * Kibana's rule: assigning is its own privilege, so a case created with assignees needs it as well
 * as createCase. A template's assignees count too: the browser applies the template, so they
 * arrive here in `assignees` like any others.
 */
const operationsOfCreate = (request: CasePostRequest) =>
  (request.assignees ?? []).length > 0 ? [Operations.assignCase, Operations.createCase] : [Operations.createCase];

/**
 * Whether the case extracts observables from what is attached: the request's choice (the create
 * form's switch), else its owner's default from the feature registry, as Kibana fills it.
 */
function settingsOfCreate(args: CasesClientArgs, request: CasePostRequest): CasePostRequest['settings'] {
  const extractObservables = request.settings.extractObservables ?? args.registries.owners.get(request.owner)?.features.observables.autoExtractDefault;
  return extractObservables === undefined ? request.settings : { ...request.settings, extractObservables };
}

export async function createCase(args: CasesClientArgs, request: CasePostRequest): Promise<Case> {
  // No entity: the case does not exist yet, so a refusal is a 403 whatever the caller holds in the space.
  for (const operation of operationsOfCreate(request)) await ensureAuthorized(args, operation, [request.owner]);
  // Checked against the owner's definitions before anything is written; what the request leaves out is filled.
  const customFields = await checkedCustomFields(args, definitionsReader(args), request.owner, request.customFields ?? []);
  const user = toUser(args.user);
  const createdAt = args.now().toISOString();
  const attributes: NewCaseAttributes = {
    title: request.title.trim(),
    description: request.description.trim(),
    tags: request.tags.map((tag) => tag.trim()),
    owner: request.owner,
    status: 'open',
    severity: request.severity ?? DEFAULT_SEVERITY,
    assignees: dedupAssignees(request.assignees ?? []),
    category: request.category?.trim() ?? null,
    connector: request.connector,
    settings: settingsOfCreate(args, request),
    external_service: null,
    customFields,
    observables: [],
    total_observables: 0,
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
  const { cases, userActions } = args.services;
  const id = cases.newId();
  const results = await cases.commit([
    ...cases.createOperations(id, attributes),
    ...userActions.createOperations([createCaseAction({ caseId: id, owner: attributes.owner, user, createdAt }, attributes)]),
  ]);
  const created = toCase(cases.casesOf(results)[0], { totalComment: 0, totalAlerts: 0, totalEvents: 0 });
  // Once durable; the mail is not awaited (notify_assignees.ts).
  scheduleAssigneeNotifications(args, [{ theCase: created, assignees: created.assignees.map((a) => a.uid) }]);
  return created;
}
