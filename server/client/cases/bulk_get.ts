/** Several cases at once; the ones missing or not readable are reported per id, not thrown. */
import type { CasesBulkGetRequest, CasesBulkGetResponse } from '../../../common/types/api/case';
import { isBulkItemError } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toCase } from './to_case';
import { totalsOf } from './totals';

export async function bulkGetCases(args: CasesClientArgs, request: CasesBulkGetRequest): Promise<CasesBulkGetResponse> {
  const items = await args.services.cases.bulkGet([...new Set(request.ids)]);
  const found = items.filter((so): so is CaseSavedObject => !isBulkItemError(so));
  const owners = new Set(await authorizedOwners(args, Operations.bulkGetCases, [...new Set(found.map((so) => so.attributes.owner))]));
  const allowed = found.filter((so) => owners.has(so.attributes.owner));
  const errors: CasesBulkGetResponse['errors'] = [];
  for (const item of items) {
    if (isBulkItemError(item)) {
      errors.push({ caseId: item.id, error: item.error.error, message: item.error.message, status: item.error.statusCode });
    } else if (!owners.has(item.attributes.owner)) {
      errors.push({ caseId: item.id, error: 'Forbidden', message: `Unauthorized to access case with owner: "${item.attributes.owner}"`, status: 403 });
    }
  }
  const totals = await totalsOf(args, allowed.map((so) => so.id));
  return { cases: allowed.map((so) => toCase(so, totals.get(so.id)!)), errors };
}
