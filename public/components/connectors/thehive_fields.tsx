/** TheHive's case field: the traffic light protocol level the case is shared under (0 CLEAR … 4 RED). */
import { EuiFormRow, EuiSelect } from '@elastic/eui';
import { FieldsViewList } from './fields_view_list';
import type { ConnectorFieldsDefinition, FieldsEditorProps, FieldsViewProps } from './types';

export const TLP_LEVELS = [
  { value: 0, text: 'CLEAR' },
  { value: 1, text: 'GREEN' },
  { value: 2, text: 'AMBER' },
  { value: 3, text: 'AMBER+STRICT' },
  { value: 4, text: 'RED' },
] as const;

/** TheHive's own default when none is sent: AMBER. */
const DEFAULT_TLP = 2;
const EMPTY = { tlp: DEFAULT_TLP };

const tlpOf = (fields: FieldsViewProps['fields']): number => {
  const value = fields?.tlp;
  return typeof value === 'number' && TLP_LEVELS.some((level) => level.value === value) ? value : DEFAULT_TLP;
};

function TheHiveEditor({ fields, onChange, isLoading = false }: FieldsEditorProps) {
  return (
    <div data-test-subj="connector-fields-.thehive">
      <EuiFormRow label="TLP" fullWidth>
        <EuiSelect
          fullWidth
          compressed
          options={TLP_LEVELS.map(({ value, text }) => ({ value: String(value), text }))}
          value={String(tlpOf(fields))}
          disabled={isLoading}
          onChange={(event) => onChange({ ...(fields ?? {}), tlp: Number(event.target.value) })}
          data-test-subj="thehive-tlp-select"
        />
      </EuiFormRow>
    </div>
  );
}

function TheHiveView({ fields }: FieldsViewProps) {
  const tlp = tlpOf(fields);
  return <FieldsViewList testSubj="connector-fields-view-.thehive" rows={[{ title: 'TLP', description: TLP_LEVELS.find((level) => level.value === tlp)?.text ?? null }]} />;
}

export const theHiveFields: ConnectorFieldsDefinition = { type: '.thehive', emptyFields: EMPTY, Editor: TheHiveEditor, View: TheHiveView };
