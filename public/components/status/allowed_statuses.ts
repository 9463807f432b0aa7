import { type CaseStatus } from '../../../common/constants';
import { caseStatuses } from '../../../common/registries/case_statuses';
import type { CasesCapabilities } from '../capabilities/use_cases_capabilities';
import { statusOptions } from './status_labels';

const isClosed = (status: CaseStatus) => (caseStatuses.get(status)?.stage ?? status) === 'closed';

/**
 * The statuses a caller may set on cases now in `current`, as Kibana authorizes a status-only
 * patch: leaving a closed status is a re-open (case_reopen), every other move an update. A target
 * counts only when it is allowed for every case; a status a case already has asks nothing.
 */
export function allowedStatuses(current: readonly CaseStatus[], permissions: CasesCapabilities): CaseStatus[] {
  const mayMove = (from: CaseStatus, to: CaseStatus) =>
    from === to || (isClosed(from) && !isClosed(to) ? permissions.reopenCase : permissions.update);
  return statusOptions().filter((target) => current.every((from) => mayMove(from, target)));
}

/** Whether the caller could change the status of cases now in `current` at all. */
export function canChangeStatus(current: readonly CaseStatus[], permissions: CasesCapabilities): boolean {
  return allowedStatuses(current, permissions).some((target) => current.some((from) => from !== target));
}
