/** A stored case as the API returns it: the derived fields added, the fields derived for the store left out. */
import type { Attachment } from '../../../common/types/domain/attachment';
import type { Case, CaseAttributes } from '../../../common/types/domain/case';
import type { CaseSavedObject } from '../../services/cases_service';
import { withoutDerivedFields } from '../../services/derived_fields';

export interface CaseTotals {
  totalComment: number;
  totalAlerts: number;
  totalEvents: number;
}

export const toCase = (so: CaseSavedObject, totals: CaseTotals, comments: Attachment[] = []): Case => ({
  id: so.id,
  version: so.version,
  ...(withoutDerivedFields(so.attributes) as CaseAttributes),
  comments,
  ...totals,
});
