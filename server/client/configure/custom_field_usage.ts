/**
 * How many of an owner's cases in the space hold a value for a custom field: the Settings page
 * names it before an admin deletes the field's definition (the cases keep their values). A
 * count of the `custom_field_keys` index derived_fields.ts writes, read as the find API reads.
 */
import type { CustomFieldUsageResponse } from '../../../common/types/api/custom_field_usage';
import { f } from '../../core';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

export async function getCustomFieldUsage(args: CasesClientArgs, key: string, owner: string): Promise<CustomFieldUsageResponse> {
  // A count the caller could not get from `_find` would tell of cases it may not read: refused.
  await ensureAuthorized(args, Operations.findCases, [owner]);
  const found = await args.services.cases.find({ filter: f.and(f.term('owner', owner), f.term('custom_field_keys', key)), perPage: 0 });
  return { cases: found.total };
}
