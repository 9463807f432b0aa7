/** IBM Resilient's case fields: incident types (several) and the severity, both from the org's own lists. */
import { EuiComboBox, EuiFormRow, type EuiComboBoxOptionOption } from '@elastic/eui';
import { useConnectorLookup } from '../../containers/connectors_api';
import { getErrorMessage } from '../../core';
import { ChoiceSelect, choiceLabel, LookupErrorCallout, type ChoiceOption } from './choice_select';
import { stringField, stringListField, withField } from './field_values';
import { FieldsViewList } from './fields_view_list';
import type { ConnectorFieldsDefinition, FieldsEditorProps, FieldsViewProps } from './types';

const EMPTY = { incidentTypes: null, severityCode: null };

interface ResilientChoice {
  id: string;
  name: string;
}

function useResilientChoices(connectorId: string, subAction: 'incidentTypes' | 'severity') {
  const lookup = useConnectorLookup<ResilientChoice[]>(connectorId, subAction, {});
  const options: ChoiceOption[] = (Array.isArray(lookup.data) ? lookup.data : []).map((choice) => ({ value: String(choice.id), text: choice.name }));
  return { options, isLoading: lookup.isLoading, error: lookup.error ? getErrorMessage(lookup.error) : undefined };
}

function ResilientEditor({ connector, fields, onChange, isLoading = false }: FieldsEditorProps) {
  const types = useResilientChoices(connector.id, 'incidentTypes');
  const severity = useResilientChoices(connector.id, 'severity');
  const set = (patch: Record<string, unknown>) => onChange(withField(EMPTY, fields, patch));
  const selectedIds = stringListField(fields, 'incidentTypes');
  const comboOptions: Array<EuiComboBoxOptionOption<string>> = types.options.map((option) => ({
    label: option.text,
    value: option.value,
    'data-test-subj': `resilient-incident-type-option-${option.value}`,
  }));
  const selected = selectedIds.map((id) => ({ label: choiceLabel(types.options, id) ?? id, value: id }));
  return (
    <div data-test-subj="connector-fields-.resilient">
      <EuiFormRow label="Incident types" fullWidth>
        <>
          {types.error && <LookupErrorCallout message={types.error} testSubj="resilient-incident-types" />}
          <EuiComboBox<string>
            fullWidth
            compressed
            options={comboOptions}
            selectedOptions={selected}
            isLoading={types.isLoading}
            isDisabled={isLoading}
            // Without the lookup the ids can still be typed, as the org's numbers.
            onCreateOption={types.error ? (id) => set({ incidentTypes: [...selectedIds, id.trim()] }) : undefined}
            onChange={(chosen) => set({ incidentTypes: chosen.length > 0 ? chosen.map((option) => option.value ?? option.label) : null })}
            data-test-subj="resilient-incident-types-combobox"
          />
        </>
      </EuiFormRow>
      <ChoiceSelect
        label="Severity"
        options={severity.options}
        value={stringField(fields, 'severityCode')}
        onChange={(next) => set({ severityCode: next })}
        isLoading={severity.isLoading}
        disabled={isLoading}
        lookupError={severity.error}
        data-test-subj="resilient-severity-select"
      />
    </div>
  );
}

function ResilientView({ connector, fields }: FieldsViewProps) {
  const types = useResilientChoices(connector.id, 'incidentTypes');
  const severity = useResilientChoices(connector.id, 'severity');
  const typeNames = stringListField(fields, 'incidentTypes').map((id) => choiceLabel(types.options, id) ?? id);
  return (
    <FieldsViewList
      testSubj="connector-fields-view-.resilient"
      rows={[
        { title: 'Incident types', description: typeNames.length > 0 ? typeNames.join(', ') : null },
        { title: 'Severity', description: choiceLabel(severity.options, stringField(fields, 'severityCode')) },
      ]}
    />
  );
}

export const resilientFields: ConnectorFieldsDefinition = { type: '.resilient', emptyFields: EMPTY, Editor: ResilientEditor, View: ResilientView };
