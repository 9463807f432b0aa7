/**
 * ServiceNow's choice lists (urgency, category…), fetched in one `getChoices` call per form and
 * split by field. Subcategories depend on a category: only those whose `dependent_value` is the
 * chosen category are offered, as ServiceNow's own form does.
 */
import { useConnectorLookup } from '../../containers/connectors_api';
import { getErrorMessage } from '../../core';
import type { ChoiceOption } from './choice_select';

interface ServiceNowChoice {
  label: string;
  value: string;
  dependent_value?: string;
  element: string;
}

export interface ServiceNowChoices {
  optionsOf: (element: string) => ChoiceOption[];
  subcategoriesOf: (category: string | null) => ChoiceOption[];
  isLoading: boolean;
  error?: string;
}

const toOption = (choice: ServiceNowChoice): ChoiceOption => ({ value: choice.value, text: choice.label });

export function useServiceNowChoices(connectorId: string, fields: readonly string[]): ServiceNowChoices {
  const lookup = useConnectorLookup<ServiceNowChoice[]>(connectorId, 'getChoices', { fields: [...fields] });
  const choices = Array.isArray(lookup.data) ? lookup.data : [];
  return {
    optionsOf: (element) => choices.filter((choice) => choice.element === element).map(toOption),
    subcategoriesOf: (category) =>
      category === null ? [] : choices.filter((choice) => choice.element === 'subcategory' && choice.dependent_value === category).map(toOption),
    isLoading: lookup.isLoading,
    error: lookup.error ? getErrorMessage(lookup.error) : undefined,
  };
}
