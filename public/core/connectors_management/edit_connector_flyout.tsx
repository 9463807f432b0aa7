import { useState } from 'react';
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiFlyout, EuiSpacer, EuiTab, EuiTabs, useGeneratedHtmlId } from '@elastic/eui';
import { useCore } from '../core_context';
import { getErrorMessage } from '../http_client';
import { FlyoutFrame } from '../security_management/form_flyout';
import { ServerErrorCallout } from '../security_management/server_error_callout';
import { CONNECTOR_FORM_ID, ConnectorForm } from './connector_form';
import { TestPanel } from './test_panel';
import { type ConnectorTypeForm } from './type_forms/types';
import { type ActionConnector } from './types';
import { useConnectorForm } from './use_connector_form';
import { useUpdateConnector } from './use_connectors';

interface EditConnectorFlyoutProps {
  connector: ActionConnector;
  typeForm: ConnectorTypeForm;
  typeName: string;
  canSave: boolean;
  canExecute: boolean;
  onClose(): void;
}

function Notices({ connector, canSave }: { connector: ActionConnector; canSave: boolean }) {
  const notices = [];
  if (connector.is_preconfigured) {
    notices.push(
      <EuiCallOut key="pre" iconType="lock" title="This connector is preconfigured" data-test-subj="connector-preconfigured-callout">
        <p>It is declared in the server configuration and cannot be edited or deleted here.</p>
      </EuiCallOut>,
    );
  } else if (!canSave) {
    notices.push(
      <EuiCallOut key="ro" iconType="lock" title="You can view this connector but not change it" data-test-subj="connector-read-only-callout">
        <p>Changing connectors needs the connectors "all" privilege in this space.</p>
      </EuiCallOut>,
    );
  }
  if (connector.is_missing_secrets) {
    notices.push(
      <EuiCallOut key="secrets" color="warning" iconType="warning" title="This connector needs its secrets" data-test-subj="connector-missing-secrets-callout">
        <p>Connectors are imported without their secrets. Enter its secrets again below and save: until then it cannot run, and cases cannot be pushed to it.</p>
      </EuiCallOut>,
    );
  }
  if (connector.is_deprecated) {
    notices.push(
      <EuiCallOut key="dep" color="warning" iconType="warning" title="This connector is deprecated" data-test-subj="connector-deprecated-callout">
        <p>It uses an API the external system is retiring. Update it, or create a new connector.</p>
      </EuiCallOut>,
    );
  }
  return notices.length ? (
    <>
      {notices.map((notice) => (
        <div key={notice.key}>
          {notice}
          <EuiSpacer size="s" />
        </div>
      ))}
    </>
  ) : null;
}

/** Kibana's edit flyout: Configuration and Test tabs. A preconfigured connector opens read-only. */
export function EditConnectorFlyout({ connector, typeForm, typeName, canSave, canExecute, onClose }: EditConnectorFlyoutProps) {
  const core = useCore();
  const titleId = useGeneratedHtmlId({ prefix: 'editConnectorTitle' });
  const [tab, setTab] = useState<'config' | 'test'>('config');
  const update = useUpdateConnector();
  const readOnly = connector.is_preconfigured || !canSave;
  // A preconfigured connector shows its config only when the server exposes it.
  const state = useConnectorForm(typeForm, { name: connector.name, config: { ...typeForm.defaultConfig(), ...(connector.config ?? {}) } });

  const onSubmit = () => {
    const values = state.submit();
    if (!values) return;
    update.mutate(
      { id: connector.id, input: values },
      {
        onSuccess: (saved) => {
          core.toasts.addSuccess({ title: `Updated '${saved.name}'`, 'data-test-subj': 'connector-updated-toast' });
          onClose();
        },
      },
    );
  };

  const footer = (
    <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty onClick={onClose} data-test-subj="connector-close-button">
          {readOnly ? 'Close' : 'Cancel'}
        </EuiButtonEmpty>
      </EuiFlexItem>
      {tab === 'config' && !readOnly && (
        <EuiFlexItem grow={false}>
          <EuiButton fill type="submit" form={CONNECTOR_FORM_ID} isLoading={update.isPending} data-test-subj="connector-save-button">
            Save
          </EuiButton>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );

  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby={titleId} data-test-subj="edit-connector-flyout">
      <FlyoutFrame titleId={titleId} title={`${connector.name} (${typeName})`} footer={footer}>
        <EuiTabs size="s">
          <EuiTab isSelected={tab === 'config'} onClick={() => setTab('config')} data-test-subj="connector-config-tab">
            Configuration
          </EuiTab>
          {canExecute && (
            <EuiTab isSelected={tab === 'test'} onClick={() => setTab('test')} data-test-subj="connector-test-tab">
              Test
            </EuiTab>
          )}
        </EuiTabs>
        <EuiSpacer size="m" />
        {tab === 'test' ? (
          <TestPanel connectorId={connector.id} typeForm={typeForm} />
        ) : (
          <>
            <Notices connector={connector} canSave={canSave} />
            <ServerErrorCallout title="The connector could not be saved" message={update.error ? getErrorMessage(update.error) : undefined} testSubj="connector-server-error" />
            {connector.is_preconfigured && connector.config === undefined ? null : (
              <ConnectorForm typeForm={typeForm} state={state} readOnly={readOnly} isEdit onSubmit={onSubmit} />
            )}
          </>
        )}
      </FlyoutFrame>
    </EuiFlyout>
  );
}
