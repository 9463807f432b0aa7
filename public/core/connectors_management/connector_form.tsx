import { type FormEvent } from 'react';
import { EuiFieldText, EuiForm, EuiFormRow, EuiSpacer } from '@elastic/eui';
import { type ConnectorTypeForm } from './type_forms/types';
import { type ConnectorFormState } from './use_connector_form';

export const CONNECTOR_FORM_ID = 'connectorForm';

/** The connector's name and its type's fields; the flyout's Save button submits it. */
export function ConnectorForm({
  typeForm,
  state,
  readOnly,
  isEdit,
  onSubmit,
}: {
  typeForm: ConnectorTypeForm;
  state: ConnectorFormState;
  readOnly: boolean;
  isEdit: boolean;
  onSubmit(): void;
}) {
  const { Fields } = typeForm;
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly) onSubmit();
  };
  return (
    <EuiForm component="form" id={CONNECTOR_FORM_ID} onSubmit={handleSubmit} noValidate data-test-subj="connector-form">
      <EuiFormRow label="Connector name" isInvalid={!!state.errors.name} error={state.errors.name} fullWidth>
        <EuiFieldText
          fullWidth
          value={state.values.name}
          readOnly={readOnly}
          isInvalid={!!state.errors.name}
          onChange={(event) => state.setName(event.target.value)}
          data-test-subj="connector-name-input"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <Fields
        config={state.values.config}
        secrets={state.values.secrets}
        setConfig={state.setConfig}
        setSecrets={state.setSecrets}
        errors={state.errors}
        readOnly={readOnly}
        isEdit={isEdit}
      />
    </EuiForm>
  );
}
