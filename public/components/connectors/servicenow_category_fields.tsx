/**
 * The category and its subcategory, which both ServiceNow types ask for: a subcategory belongs
 * to its category, so choosing another category starts without one.
 */
import { ChoiceSelect, choiceLabel } from './choice_select';
import { stringField } from './field_values';
import type { ServiceNowChoices } from './servicenow_choices';

interface CategorySelectsProps {
  choices: ServiceNowChoices;
  fields: Record<string, unknown> | null;
  set(patch: Record<string, unknown>): void;
  disabled: boolean;
  /** `servicenow` or `servicenow-sir`: the selects' test subjects start with it. */
  testSubjPrefix: string;
}

export function ServiceNowCategorySelects({ choices, fields, set, disabled, testSubjPrefix }: CategorySelectsProps) {
  const category = stringField(fields, 'category');
  const common = { isLoading: choices.isLoading, disabled, lookupError: choices.error };
  return (
    <>
      <ChoiceSelect
        label="Category"
        options={choices.optionsOf('category')}
        value={category}
        onChange={(next) => set({ category: next, subcategory: null })}
        data-test-subj={`${testSubjPrefix}-category-select`}
        {...common}
      />
      <ChoiceSelect
        label="Subcategory"
        options={choices.subcategoriesOf(category)}
        value={stringField(fields, 'subcategory')}
        onChange={(next) => set({ subcategory: next })}
        data-test-subj={`${testSubjPrefix}-subcategory-select`}
        {...common}
      />
    </>
  );
}

/** The read view's rows for the same pair, by label. */
export function serviceNowCategoryRows(choices: ServiceNowChoices, fields: Record<string, unknown> | null) {
  const category = stringField(fields, 'category');
  return [
    { title: 'Category', description: choiceLabel(choices.optionsOf('category'), category) },
    { title: 'Subcategory', description: choiceLabel(choices.subcategoriesOf(category), stringField(fields, 'subcategory')) },
  ];
}
