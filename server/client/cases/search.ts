/**
 * `POST /internal/cases/_search`: the find API with Kibana's custom field filters. The
 * `customFields` filter is checked against the owner's configuration with Kibana's messages,
 * then becomes one more filter node of `findCases`, so the answer is exactly `_find`'s.
 */
import type { CasesFindResponse } from '../../../common/types/api/case';
import type { CasesSearchRequest, CustomFieldFilterValue } from '../../../common/types/api/search_cases';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { badRequest } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import { customFieldsConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';
import { findCases } from './find';
import { customFieldsFilter } from './find_filter';

export async function searchCases(args: CasesClientArgs, request: CasesSearchRequest): Promise<CasesFindResponse> {
  const { customFields, ...query } = request;
  if (!customFields || Object.keys(customFields).length === 0) return findCases(args, query);
  // A key names a field of one owner's configuration: Kibana asks for exactly one owner.
  if (query.owner?.length !== 1) throw badRequest('Owner must be provided. Multiple owners are not supported.');
  const definitions = await readableDefinitions(args, query.owner[0]);
  const filters = validateSearchCustomFields(definitions, customFields, args.config.configure.maxCustomFields);
  return findCases(args, query, customFieldsFilter(filters));
}

/** As Kibana reads them through the configure client: none for an owner the caller may not read. */
async function readableDefinitions(args: CasesClientArgs, owner: string): Promise<CustomFieldConfiguration[]> {
  const readable = await authorizedOwners(args, Operations.findConfigurations, [owner]);
  return readable.length === 0 ? [] : customFieldsConfiguration(args, owner);
}

/** Kibana's checks, in its order and words; returns the filter with its values narrowed to what a toggle holds. */
export function validateSearchCustomFields(
  definitions: CustomFieldConfiguration[],
  customFields: Record<string, CustomFieldFilterValue[]>,
  maxCustomFields: number,
): Record<string, Array<boolean | null>> {
  if (definitions.length === 0) throw badRequest('No custom fields configured.');
  const keys = Object.keys(customFields);
  if (keys.length > maxCustomFields) throw badRequest(`Maximum ${maxCustomFields} customFields are allowed.`);
  const filters: Record<string, Array<boolean | null>> = {};
  for (const key of keys) {
    const definition = definitions.find((d) => d.key === key);
    if (!definition) throw badRequest(`Invalid custom field key: ${key}.`);
    if (!CUSTOM_FIELD_TYPE_DEFINITIONS[definition.type].filterable) {
      throw badRequest(`Filtering by custom field of type ${definition.type} is not allowed.`);
    }
    const values = customFields[key];
    if (values.some((v) => v !== null && typeof v !== 'boolean')) {
      throw badRequest(`Unsupported filtering value for custom field of type ${definition.type}.`);
    }
    filters[key] = values as Array<boolean | null>;
  }
  return filters;
}
