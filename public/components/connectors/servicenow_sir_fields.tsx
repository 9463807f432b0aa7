/**
 * ServiceNow SecOps' case fields: which of the alerts' observables go with the incident (the
 * four toggles; the server fills them from the alerts at push time), and category,
 * subcategory and priority from the instance's choices.
 */
import { EuiCheckbox, EuiFormRow, EuiSpacer } from '@elastic/eui';
import { ChoiceSelect, choiceLabel } from './choice_select';
import { booleanField, stringField, withField } from './field_values';
import { FieldsViewList } from './fields_view_list';
import { ServiceNowCategorySelects, serviceNowCategoryRows } from './servicenow_category_fields';
import { useServiceNowChoices } from './servicenow_choices';
import type { ConnectorFieldsDefinition, FieldsEditorProps, FieldsViewProps } from './types';

// Kibana's form starts with every observable sent: alerts attached later then reach the incident.
const EMPTY = { category: null, subcategory: null, priority: null, destIp: true, sourceIp: true, malwareHash: true, malwareUrl: true };
const CHOICE_FIELDS = ['category', 'subcategory', 'priority'] as const;
const TOGGLES = [
  { key: 'destIp', label: 'Destination IPs' },
  { key: 'sourceIp', label: 'Source IPs' },
  { key: 'malwareHash', label: 'Malware hashes' },
  { key: 'malwareUrl', label: 'Malware URLs' },
] as const;

function ServiceNowSirEditor({ connector, fields, onChange, isLoading = false }: FieldsEditorProps) {
  const choices = useServiceNowChoices(connector.id, CHOICE_FIELDS);
  const set = (patch: Record<string, unknown>) => onChange(withField(EMPTY, fields, patch));
  const common = { isLoading: choices.isLoading, disabled: isLoading, lookupError: choices.error };
  return (
    <div data-test-subj="connector-fields-.servicenow-sir">
      <EuiFormRow label="Alert fields sent as observables" fullWidth>
        <>
          {TOGGLES.map(({ key, label }) => (
            <EuiCheckbox
              key={key}
              id={`servicenow-sir-${key}`}
              label={label}
              checked={booleanField(fields, key)}
              disabled={isLoading}
              onChange={(event) => set({ [key]: event.target.checked })}
              data-test-subj={`servicenow-sir-${key}-checkbox`}
            />
          ))}
        </>
      </EuiFormRow>
      <EuiSpacer size="s" />
      <ChoiceSelect
        label="Priority"
        options={choices.optionsOf('priority')}
        value={stringField(fields, 'priority')}
        onChange={(next) => set({ priority: next })}
        data-test-subj="servicenow-sir-priority-select"
        {...common}
      />
      <ServiceNowCategorySelects choices={choices} fields={fields} set={set} disabled={isLoading} testSubjPrefix="servicenow-sir" />
    </div>
  );
}

function ServiceNowSirView({ connector, fields }: FieldsViewProps) {
  const choices = useServiceNowChoices(connector.id, CHOICE_FIELDS);
  const sent = TOGGLES.filter(({ key }) => booleanField(fields, key)).map(({ label }) => label);
  return (
    <FieldsViewList
      testSubj="connector-fields-view-.servicenow-sir"
      rows={[
        { title: 'Observables sent', description: sent.length > 0 ? sent.join(', ') : null },
        { title: 'Priority', description: choiceLabel(choices.optionsOf('priority'), stringField(fields, 'priority')) },
        ...serviceNowCategoryRows(choices, fields),
      ]}
    />
  );
}

export const serviceNowSirFields: ConnectorFieldsDefinition = {
  type: '.servicenow-sir',
  emptyFields: EMPTY,
  Editor: ServiceNowSirEditor,
  View: ServiceNowSirView,
};
