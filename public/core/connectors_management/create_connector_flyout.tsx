import { useState } from 'react';
import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiFlyout, EuiLoadingSpinner, useGeneratedHtmlId } from '@elastic/eui';
import { useCore } from '../core_context';
import { getErrorMessage } from '../http_client';
import { FlyoutFrame } from '../security_management/form_flyout';
import { LoadErrorCallout } from '../security_management/load_error_callout';
import { ServerErrorCallout } from '../security_management/server_error_callout';
import { CONNECTOR_FORM_ID, ConnectorForm } from './connector_form';
import { TypeCards } from './type_cards';
import { getTypeForm } from './type_forms/registry';
import { type ConnectorTypeForm } from './type_forms/types';
import { type ActionConnectorType } from './types';
import { useConnectorForm } from './use_connector_form';
import { useConnectorTypes, useCreateConnector } from './use_connectors';

function CreateForm({ type, typeForm, titleId, onBack, onClose }: { type: ActionConnectorType; typeForm: ConnectorTypeForm; titleId: string; onBack(): void; onClose(): void }) {
  const core = useCore();
  const create = useCreateConnector();
  const state = useConnectorForm(typeForm, { name: '', config: typeForm.defaultConfig() });
  const onSubmit = () => {
    const values = state.submit();
    if (!values) return;
    create.mutate(
      { connector_type_id: type.id, ...values },
      {
        onSuccess: (connector) => {
          core.toasts.addSuccess({ title: `Created '${connector.name}'`, 'data-test-subj': 'connector-created-toast' });
          onClose();
        },
      },
    );
  };
  const footer = (
    <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty iconType="chevronSingleLeft" onClick={onBack} data-test-subj="connector-back-button">
          Back
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButton fill type="submit" form={CONNECTOR_FORM_ID} isLoading={create.isPending} data-test-subj="connector-save-button">
          Save
        </EuiButton>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
  return (
    <FlyoutFrame titleId={titleId} title={`${type.name} connector`} footer={footer}>
      <ServerErrorCallout title="The connector could not be saved" message={create.error ? getErrorMessage(create.error) : undefined} testSubj="connector-server-error" />
      <ConnectorForm typeForm={typeForm} state={state} readOnly={false} isEdit={false} onSubmit={onSubmit} />
    </FlyoutFrame>
  );
}

/** Kibana's create flyout: pick a type, then fill its form. */
export function CreateConnectorFlyout({ onClose }: { onClose(): void }) {
  const types = useConnectorTypes();
  const titleId = useGeneratedHtmlId({ prefix: 'createConnectorTitle' });
  const [selected, setSelected] = useState<ActionConnectorType>();
  const typeForm = selected && getTypeForm(selected.id);

  let body;
  if (selected && typeForm) {
    // Keyed by type: going back and choosing another type starts a fresh form.
    body = <CreateForm key={selected.id} type={selected} typeForm={typeForm} titleId={titleId} onBack={() => setSelected(undefined)} onClose={onClose} />;
  } else {
    const cancel = (
      <EuiButtonEmpty onClick={onClose} data-test-subj="connector-cancel-button">
        Cancel
      </EuiButtonEmpty>
    );
    body = (
      <FlyoutFrame titleId={titleId} title="Select a connector" footer={cancel}>
        {types.error ? (
          <LoadErrorCallout what="connector types" error={types.error} testSubj="connector-types-load-error" />
        ) : types.data ? (
          <TypeCards types={types.data} onSelect={setSelected} />
        ) : (
          <EuiLoadingSpinner size="l" aria-label="Loading connector types" />
        )}
      </FlyoutFrame>
    );
  }
  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby={titleId} data-test-subj="create-connector-flyout">
      {body}
    </EuiFlyout>
  );
}
