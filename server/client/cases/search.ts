/**
 * `POST /internal/cases/_search`: the find API with Kibana's custom field filters. The
 * `customFields` filter is checked against the owner's configuration with Kibana's messages,
 * then becomes one more filter node of `findCases`, so the answer is exactly `_find`'s.
 * One addition of ours: a search text that is exactly an observable value some readable case
 * holds also finds the cases holding it (under any type available to the owners searched),
 * OR'd with the words: typing 203.0.113.7 in the list finds them. Kibana's `_find` is unchanged.
 */
import { CASE_SEARCH_FIELDS, type CasesFindRequest, type CasesFindResponse } from '../../../common/types/api/case';
import { MAX_OBSERVABLE_VALUE_LENGTH } from '../../../common/constants';
import type { CasesSearchRequest, CustomFieldFilterValue } from '../../../common/types/api/search_cases';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { badRequest, f } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import { customFieldsConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';
import { availableTypeKeys, keysOfValue } from '../similar/value_keys';
import { findCases } from './find';
import { customFieldsFilter } from './find_filter';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function searchCases(args: CasesClientArgs, request: CasesSearchRequest): Promise<CasesFindResponse> {
  const { customFields, ...asked } = request;
  const query = await withObservableValues(args, asked);
  if (!customFields || Object.keys(customFields).length === 0) return findCases(args, query);
  // A key names a field of one owner's configuration: Kibana asks for exactly one owner.
  if (query.owner?.length !== 1) throw badRequest('Owner must be provided. Multiple owners are not supported.');
  const definitions = await readableDefinitions(args, query.owner[0]);
  const filters = validateSearchCustomFields(definitions, customFields, args.config.configure.maxCustomFields);
  return findCases(args, query, customFieldsFilter(filters));
}

/**
 * The query also finding the holders of the text when it is one observable value held by a
 * case the caller may read. Whether it is, is one count over the value's keys under the
 * owners' types (value_keys.ts) in the store's facet index, so a search for ordinary words runs
 * exactly the query it ran before, one cheap count later. A value holding spaces is not one
 * search word, and one holding a quote cannot be quoted: both are left to the words.
 */
async function withObservableValues(args: CasesClientArgs, query: CasesFindRequest): Promise<CasesFindRequest> {
  const text = query.search?.trim();
  if (!text || /[\s"]/.test(text) || text.length > MAX_OBSERVABLE_VALUE_LENGTH) return query;
  const owners = await authorizedOwners(args, Operations.findCases, query.owner);
  if (owners.length === 0) return query;
  const keys = keysOfValue(await availableTypeKeys(args, owners), text);
  const held = await args.services.cases.find({ filter: f.and(f.terms('owner', owners), f.terms('observable_keys', keys)), perPage: 0 });
  if (held.total === 0) return query;
  // A search cannot OR a filter, but a keyword search field matches a quoted phrase as one whole
  // value (search_sql.ts, simple_query_string): each key joins the words as a phrase that
  // `observable_keys` holds whole (in the text it matches only the type's words followed by the
  // value's). With one word of the user's, OR reads as AND would. findCases adds `id` for a
  // UUID typed alone; the text is no longer alone, so it is added here (an agent id is a UUID).
  const fields = [...(query.searchFields ?? CASE_SEARCH_FIELDS), 'observable_keys', ...(UUID.test(text) ? ['id'] : [])];
  const searchFields = fields as unknown as CasesFindRequest['searchFields'];
  return { ...query, search: [text, ...keys.map((key) => `"${key}"`)].join(' '), searchFields, defaultSearchOperator: 'OR' };
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
