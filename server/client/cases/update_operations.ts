/**
 * Which operations a bulk update needs, by Kibana's rule: reopening a closed case and changing
 * assignees are privileges of their own (`case_reopen`, `cases_assign`), and `updateCase` is
 * needed too unless every case in the request does only the one of them (nothing but `status`,
 * or nothing but `assignees`, beside `id` and `version`). So a role with `case_reopen` alone can
 * reopen, one with `cases_assign` alone can reassign, and neither can slip in a title change.
 */
import type { CasePatchRequest } from '../../../common/types/api/case';
import type { StoredCaseAttributes } from '../../../common/types/domain/case';
import type { CaseAssignee } from '../../../common/types/domain/user';
import { stageOf } from '../../../common/registries/case_statuses';
import { isBulkItemError, type AuthorizationOperation, type SavedObjectBulkItem } from '../../core';
import { Operations } from '../authorization';

const REOPEN_ONLY_FIELDS = new Set(['id', 'version', 'status']);
const ASSIGN_ONLY_FIELDS = new Set(['id', 'version', 'assignees']);

/** Leaving the closed stage for any other; a move between two closed statuses is an ordinary update. */
const isReopen = (current: StoredCaseAttributes['status'], next: CasePatchRequest['status']) =>
  next !== undefined && next !== current && stageOf(current) === 'closed' && stageOf(next) !== 'closed';

/** Kibana compares the uid lists as sent (duplicates aside, which the update drops anyway). */
const sameAssignees = (sent: CaseAssignee[], stored: CaseAssignee[]) => {
  const uids = [...new Set(sent.map((a) => a.uid))];
  return uids.length === stored.length && uids.every((uid, i) => uid === stored[i].uid);
};

const onlyFields = (patches: CasePatchRequest[], fields: Set<string>) => patches.every((patch) => Object.keys(patch).every((key) => fields.has(key)));

export function operationsOfUpdate(found: Map<string, SavedObjectBulkItem<StoredCaseAttributes>>, patches: CasePatchRequest[]): AuthorizationOperation[] {
  const reopened: CasePatchRequest[] = [];
  const assigned: CasePatchRequest[] = [];
  for (const patch of patches) {
    const so = found.get(patch.id);
    if (!so || isBulkItemError(so)) continue;
    // A stale case will be refused with 409; Kibana still checks it, but not as a reopening.
    if (so.version === patch.version && isReopen(so.attributes.status, patch.status)) reopened.push(patch);
    if (patch.assignees !== undefined && !sameAssignees(patch.assignees, so.attributes.assignees)) assigned.push(patch);
  }
  const onlyAssigning = reopened.length === 0 && assigned.length === patches.length && onlyFields(assigned, ASSIGN_ONLY_FIELDS);
  const onlyReopening = assigned.length === 0 && reopened.length === patches.length && onlyFields(reopened, REOPEN_ONLY_FIELDS);
  return [
    ...(reopened.length > 0 ? [Operations.reopenCase] : []),
    ...(assigned.length > 0 ? [Operations.assignCase] : []),
    ...(onlyAssigning || onlyReopening ? [] : [Operations.updateCase]),
  ];
}
