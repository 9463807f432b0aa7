import { type CaseStatus } from '../../../common/constants';
import { caseStatuses, type CaseStatusColor } from '../../../common/registries/case_statuses';

/**
 * Display names and badge colours of the case statuses, from the status registry both halves
 * share, so a registered status shows as it declares. A status the registry does not know (a
 * case imported from a system with more statuses) still shows, under its id.
 */
export const statusLabel = (status: CaseStatus): string => caseStatuses.get(status)?.label ?? status;
export const statusColor = (status: CaseStatus): CaseStatusColor => caseStatuses.get(status)?.color ?? 'hollow';

/** The statuses a user may choose, in lifecycle order. */
export const statusOptions = (): CaseStatus[] =>
  [...caseStatuses.list()].sort((a, b) => a.sortRank - b.sortRank).map((status) => status.id);

