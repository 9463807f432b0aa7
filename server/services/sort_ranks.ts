/**
 * Status and severity sort in lifecycle and rank order, not alphabetically, so the store keeps
 * their rank beside them. This is the one place that writes the ranks: every write of a status
 * or severity goes through it, so they cannot drift. A status's rank is what it registered
 * with, so a status added later sorts where its definition says.
 */
import { CASE_SEVERITIES, type CaseSeverity, type CaseStatus } from '../../common/constants';
import { sortRankOf } from '../../common/registries/case_statuses';
import type { CaseAttributes, CaseSortRanks, StoredCaseAttributes } from '../../common/types/domain/case';

export const withSortRanks = <A extends Partial<CaseAttributes>>(attributes: A): A & Partial<CaseSortRanks> => ({
  ...attributes,
  ...(attributes.status !== undefined ? { status_rank: sortRankOf(attributes.status as CaseStatus) } : {}),
  ...(attributes.severity !== undefined ? { severity_rank: CASE_SEVERITIES.indexOf(attributes.severity as CaseSeverity) } : {}),
});

export const withoutSortRanks = (stored: Partial<StoredCaseAttributes>): Partial<CaseAttributes> => {
  const { status_rank: _s, severity_rank: _v, ...attributes } = stored;
  return attributes;
};
