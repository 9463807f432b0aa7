/** A stored case as the API returns it: the derived fields added, the sort ranks left out. */
import type { Attachment } from '../../../common/types/domain/attachment';
import type { Case, CaseAttributes } from '../../../common/types/domain/case';
import type { CaseSavedObject } from '../../services/cases_service';
import { withoutSortRanks } from '../../services/sort_ranks';

export interface CaseTotals {
  totalComment: number;
  totalAlerts: number;
  totalEvents: number;
}

export const toCase = (so: CaseSavedObject, totals: CaseTotals, comments: Attachment[] = []): Case => ({
  id: so.id,
  version: so.version,
  ...(withoutSortRanks(so.attributes) as CaseAttributes),
  comments,
  ...totals,
});
