import { useMemo } from 'react';
import { isFilterableCustomFieldType } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { CasesSearchRequest } from '../../containers/cases_api';
import { useGetCaseConfiguration } from '../../containers/use_get_case_configuration';
import { CREATE_CASE_OWNER } from '../create/case_form';
import { hasCustomFieldFilters, toCustomFieldsFilter, toFindRequest, type AllCasesState } from './url_state';

const NO_DEFINITIONS: CustomFieldConfiguration[] = [];

/**
 * The list's request and the custom field definitions its filters and columns come from. The app
 * files cases under one owner, so its configuration is the one that names the custom fields;
 * a custom field filter therefore also narrows the list to that owner, whose fields they are.
 */
export function useCasesListRequest(state: AllCasesState) {
  const configuration = useGetCaseConfiguration(CREATE_CASE_OWNER);
  const definitions = configuration.data?.customFields ?? NO_DEFINITIONS;
  const filterableKeys = useMemo(
    () => new Set(definitions.filter((definition) => isFilterableCustomFieldType(definition.type)).map((definition) => definition.key)),
    [definitions],
  );
  const customFields = toCustomFieldsFilter(state.customFields, filterableKeys);
  const request: CasesSearchRequest = customFields
    ? { ...toFindRequest(state), owner: [CREATE_CASE_OWNER], customFields }
    : toFindRequest(state);
  // A filter in the URL waits for the definitions that say whether it applies, rather than
  // showing an unfiltered page first; should they fail to load, the list goes without it.
  const enabled = !hasCustomFieldFilters(state.customFields) || configuration.data !== undefined || configuration.isError;
  return { definitions, request, enabled };
}
