/**
 * Status and severity sort in lifecycle and rank order, not alphabetically, so the store keeps
 * their rank beside them. This is the one place that writes the ranks: every write of a status
 * or severity goes through it, so they cannot drift.
 */
import { CASE_SEVERITIES, CASE_STATUSES, type CaseSeverity, type CaseStatus } from '../../common/constants';
import type { CaseAttributes, CaseSortRanks, StoredCaseAttributes } from '../../common/types/domain/case';

export const withSortRanks = <A extends Partial<CaseAttributes>>(attributes: A): A & Partial<CaseSortRanks> => ({
  ...attributes,
  ...(attributes.status !== undefined ? { status_rank: CASE_STATUSES.indexOf(attributes.status as CaseStatus) } : {}),
  ...(attributes.severity !== undefined ? { severity_rank: CASE_SEVERITIES.indexOf(attributes.severity as CaseSeverity) } : {}),
});

export const withoutSortRanks = (stored: Partial<StoredCaseAttributes>): Partial<CaseAttributes> => {
  const { status_rank: _s, severity_rank: _v, ...attributes } = stored;
  return attributes;
};
