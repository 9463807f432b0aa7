/** ServiceNow ITSM's case fields: urgency, severity, impact, category and its subcategory, from the instance's choices. */
import { ChoiceSelect, choiceLabel } from './choice_select';
import { stringField, withField } from './field_values';
import { FieldsViewList } from './fields_view_list';
import { ServiceNowCategorySelects, serviceNowCategoryRows } from './servicenow_category_fields';
import { useServiceNowChoices } from './servicenow_choices';
import type { ConnectorFieldsDefinition, FieldsEditorProps, FieldsViewProps } from './types';

const EMPTY = { urgency: null, severity: null, impact: null, category: null, subcategory: null };
const CHOICE_FIELDS = ['urgency', 'severity', 'impact', 'category', 'subcategory'] as const;
const LEVELS = [
  { key: 'urgency', label: 'Urgency' },
  { key: 'severity', label: 'Severity' },
  { key: 'impact', label: 'Impact' },
] as const;

function ServiceNowItsmEditor({ connector, fields, onChange, isLoading = false }: FieldsEditorProps) {
  const choices = useServiceNowChoices(connector.id, CHOICE_FIELDS);
  const set = (patch: Record<string, unknown>) => onChange(withField(EMPTY, fields, patch));
  const common = { isLoading: choices.isLoading, disabled: isLoading, lookupError: choices.error };
  return (
    <div data-test-subj="connector-fields-.servicenow">
      {LEVELS.map(({ key, label }) => (
        <ChoiceSelect
          key={key}
          label={label}
          options={choices.optionsOf(key)}
          value={stringField(fields, key)}
          onChange={(next) => set({ [key]: next })}
          data-test-subj={`servicenow-${key}-select`}
          {...common}
        />
      ))}
      <ServiceNowCategorySelects choices={choices} fields={fields} set={set} disabled={isLoading} testSubjPrefix="servicenow" />
    </div>
  );
}

function ServiceNowItsmView({ connector, fields }: FieldsViewProps) {
  const choices = useServiceNowChoices(connector.id, CHOICE_FIELDS);
  return (
    <FieldsViewList
      testSubj="connector-fields-view-.servicenow"
      rows={[
        ...LEVELS.map(({ key, label }) => ({ title: label, description: choiceLabel(choices.optionsOf(key), stringField(fields, key)) })),
        ...serviceNowCategoryRows(choices, fields),
      ]}
    />
  );
}

export const serviceNowItsmFields: ConnectorFieldsDefinition = {
  type: '.servicenow',
  emptyFields: EMPTY,
  Editor: ServiceNowItsmEditor,
  View: ServiceNowItsmView,
};
