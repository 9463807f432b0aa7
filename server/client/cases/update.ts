/**
 * Bulk update, as Kibana does it: every case must exist and carry its current version, or the
 * whole request fails and nothing is written; a request that changes nothing is a 406. The
 * patches and their user actions are one unit of work.
 */
import { repeatedValues } from '../../../common/core/repeated_values';
import type { CasesPatchRequest } from '../../../common/types/api/case';
import { type Case, type CaseAttributes, type StoredCaseAttributes } from '../../../common/types/domain/case';
import { badRequest, conflict, HttpError, notFound, isBulkItemError, type SavedObjectBulkItem, type UnitOfWorkOperation } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import type { User } from '../../../common/types/domain/user';
import { ensureAuthorizedOn } from '../authorization';
import { operationsOfUpdate } from './update_operations';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { updateCaseActions } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';
import { planAlertSync, recordSyncCount, runAlertSyncs } from './alert_sync_plan';
import { checkedCustomFields, definitionsReader } from '../custom_fields/case_custom_fields';
import { changedFields, sameAsStored, type CaseChanges } from './changed_fields';
import { lifecycleFields } from './lifecycle';
import { toCase } from './to_case';
import { totalsOf } from './totals';
import { addedAssignees, scheduleAssigneeNotifications } from './notify_assignees';

interface PlannedUpdate {
  original: CaseSavedObject;
  changes: CaseChanges;
}

function partition(found: Map<string, SavedObjectBulkItem<StoredCaseAttributes>>, request: CasesPatchRequest) {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const patch of request.cases) {
    const so = found.get(patch.id);
    if (!so || isBulkItemError(so)) missing.push(patch.id);
    else if (so.version !== patch.version) stale.push(patch.id);
  }
  return { missing, stale };
}

/** Kibana's wording, word for word ("has"), since scripts match on it. */
const staleCases = (ids: string[]) => conflict(`These cases ${ids.join(', ')} has been updated. Please refresh before saving additional updates.`);

const nothingChanged = () => new HttpError(406, 'All update fields are identical to current version.');

/** Two patches of one case would both pass the version check against the same stored version. */
function rejectDuplicates(ids: string[]): void {
  const repeated = repeatedValues(ids);
  if (repeated.length > 0) {
    throw badRequest(`These cases appear more than once in the request: ${repeated.join(', ')}. Send one patch per case.`);
  }
}

export async function updateCases(args: CasesClientArgs, request: CasesPatchRequest): Promise<Case[]> {
  const ids = request.cases.map((c) => c.id);
  rejectDuplicates(ids);
  const found = new Map((await args.services.cases.bulkGet(ids)).map((so) => [so.id, so]));
  // Every found case (stale ones too) against every operation the request needs, before the 404/409/406 answers, as Kibana orders them.
  const entities = [...found.values()].flatMap((so) => (isBulkItemError(so) ? [] : [{ id: so.id, owner: so.attributes.owner }]));
  if (entities.length > 0) {
    for (const operation of operationsOfUpdate(found, request.cases)) await ensureAuthorizedOn(args, operation, entities);
  }

  const { missing, stale } = partition(found, request);
  if (missing.length > 0) throw notFound(`These cases ${missing.join(', ')} do not exist. Please check you have the correct ids.`);
  if (stale.length > 0) throw staleCases(stale);

  let planned: PlannedUpdate[] = request.cases
    .map((patch) => {
      const original = found.get(patch.id) as CaseSavedObject;
      return { original, changes: changedFields(original.attributes, patch) };
    })
    .filter((p) => Object.keys(p.changes).length > 0);
  if (planned.length === 0) throw nothingChanged();

  const ownerChanges = planned.filter((p) => p.changes.owner !== undefined).map((p) => p.original.id);
  if (ownerChanges.length > 0) throw badRequest(`Updating the owner of a case is not allowed ids: [${ownerChanges.join(', ')}]`);
  // After Kibana's owner check, as Kibana orders them; a list that fills to what is stored changes nothing.
  await checkPatchedCustomFields(args, planned);
  planned = planned.filter((p) => Object.keys(p.changes).length > 0);
  if (planned.length === 0) throw nothingChanged();

  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { cases, userActions } = args.services;
  // Every patch and every user action in one unit: a case changed since it was read fails the
  // whole request with 409, as Kibana refuses it, and nothing is half-logged.
  const syncs = await Promise.all(planned.map(({ original, changes }) => planAlertSync(args, original.id, original.attributes, changes)));
  const actions = planned.map(({ original, changes }, i) =>
    recordSyncCount(
      updateCaseActions({ caseId: original.id, owner: original.attributes.owner, user, createdAt: at }, original.attributes, changes as Partial<CaseAttributes>),
      syncs[i],
    ),
  );
  await ensureRoomForUserActions(args, new Map(planned.map((p, i) => [p.original.id, actions[i].length])));
  const operations = planned.flatMap(({ original, changes }, i) => [
    cases.patchOperation({ id: original.id, version: original.version, attributes: patchAttributes(original, changes, at, user), current: original.attributes }),
    ...userActions.createOperations(actions[i]),
  ]);
  const written = cases.casesOf(await commitOrNameStale(args, operations, request));
  // Once the change is durable, awaited so the answer comes after the alerts moved; a failure is only logged.
  await runAlertSyncs(args, syncs);
  const totals = await totalsOf(args, written.map((w) => w.id));
  const updated = written.map((so) => toCase(so, totals.get(so.id)!));
  // Only the assignees this update added hear of it; not awaited (notify_assignees.ts).
  const before = new Map(planned.map((p) => [p.original.id, p.original.attributes.assignees]));
  scheduleAssigneeNotifications(args, updated.map((c) => ({ theCase: c, assignees: addedAssignees(before.get(c.id) ?? [], c.assignees) })));
  return updated;
}

/** Each patch's custom fields checked against its case's owner's definitions and filled; unchanged ones dropped. */
async function checkPatchedCustomFields(args: CasesClientArgs, planned: PlannedUpdate[]): Promise<void> {
  const definitionsOf = definitionsReader(args);
  for (const { original, changes } of planned) {
    if (changes.customFields === undefined) continue;
    const stored = original.attributes.customFields;
    const filled = await checkedCustomFields(args, definitionsOf, original.attributes.owner, changes.customFields, stored);
    if (sameAsStored(filled, stored)) delete changes.customFields;
    else changes.customFields = filled as CaseChanges['customFields'];
  }
}

function patchAttributes(original: CaseSavedObject, changes: CaseChanges, at: string, user: User): Partial<CaseAttributes> {
  return {
    ...(changes as Partial<CaseAttributes>),
    ...(changes.status !== undefined ? lifecycleFields(original.attributes, changes.status, at, user) : {}),
    updated_at: at,
    updated_by: user,
  };
}

/** A case written between our read and our unit: answer as the read-time check does, naming it. */
async function commitOrNameStale(args: CasesClientArgs, operations: UnitOfWorkOperation[], request: CasesPatchRequest) {
  try {
    return await args.services.cases.commit(operations);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 409) throw error;
    const found = new Map((await args.services.cases.bulkGet(request.cases.map((c) => c.id))).map((so) => [so.id, so]));
    const { stale } = partition(found, request);
    throw stale.length > 0 ? staleCases(stale) : error;
  }
}
