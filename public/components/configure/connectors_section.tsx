import { useState } from 'react';
import { EuiCallOut, EuiFormRow, EuiLink, EuiSpacer, EuiSuperSelect, type EuiSuperSelectOption } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnectorListItem } from '../../../common/types/api/connector';
import type { CaseConnector } from '../../../common/types/domain/connector';
import type { Configuration } from '../../../common/types/domain/configure';
import { useFindCaseConnectors } from '../../containers/connectors_api';
import type { ConfigurationChanges } from '../../containers/use_persist_case_configuration';
import { getAppBasePath, getErrorMessage, useCapabilities, useCore } from '../../core';
import type { PageActions } from './page_actions';
import { SettingsSection } from './settings_section';

// Kibana's connectors page, served by the platform's management app.
const MANAGEMENT_APP_ID = 'management';
const CONNECTORS_PATH = '/insightsAndAlerting/triggersActionsConnectors/connectors';

const NONE_OPTION: EuiSuperSelectOption<string> = { value: NONE_CONNECTOR_ID, inputDisplay: 'No connector', 'data-test-subj': 'dropdown-connector-no-connector' };

function toOption(connector: CaseConnectorListItem): EuiSuperSelectOption<string> {
  return {
    value: connector.id,
    inputDisplay: connector.isDeprecated ? `${connector.name} (deprecated)` : connector.name,
    'data-test-subj': `dropdown-connector-${connector.id}`,
  };
}

/** The configuration's connector: cases created in this owner start with it; its fields are chosen per case. */
function toCaseConnector(id: string, connectors: CaseConnectorListItem[]): CaseConnector {
  const chosen = connectors.find((connector) => connector.id === id);
  return chosen ? { id: chosen.id, name: chosen.name, type: chosen.actionTypeId, fields: null } : { id: NONE_CONNECTOR_ID, name: 'none', type: '.none', fields: null };
}

function AddConnectorLink() {
  const core = useCore();
  return (
    <EuiLink
      href={`${getAppBasePath(core.spaceId, MANAGEMENT_APP_ID)}${CONNECTORS_PATH}`}
      onClick={(event: React.MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        core.navigateToApp(MANAGEMENT_APP_ID, { path: CONNECTORS_PATH });
      }}
      data-test-subj="configure-add-connector-link"
    >
      Add new connector
    </EuiLink>
  );
}

/**
 * The owner's default connector, as Kibana's Settings page chooses it: among the connectors cases
 * can push to, or none. Saved the moment it changes, as the closure option is.
 */
export function ConnectorsSection({ configuration, actions }: { configuration: Configuration | null; actions: PageActions }) {
  const connectors = useFindCaseConnectors();
  const canCreateConnectors = useCapabilities().actions?.save === true;
  // The choice shows at once and until the save settles; then the saved (or reloaded) value.
  const [pending, setPending] = useState<string | null>(null);
  const list = connectors.data ?? [];
  const savedId = configuration?.connector.id ?? NONE_CONNECTOR_ID;
  const selectedId = pending ?? savedId;
  // A connector deleted since it was chosen: named, so the admin knows why pushes fail.
  const missing = savedId !== NONE_CONNECTOR_ID && connectors.isSuccess && !list.some((connector) => connector.id === savedId);
  const options = [NONE_OPTION, ...list.map(toOption)];
  if (missing) options.push({ value: savedId, inputDisplay: `${configuration?.connector.name ?? savedId} (deleted)`, disabled: true });

  const onChange = async (id: string) => {
    setPending(id);
    const changes: ConfigurationChanges = { connector: toCaseConnector(id, list) };
    await actions.saveFromPage(() => changes, 'default connector');
    setPending(null);
  };

  return (
    <SettingsSection
      title="External incident management system"
      description="Connect your cases to an external incident management system. You can then push case data as an incident in a third-party system."
      data-test-subj="connectors-section"
    >
      {connectors.isError && (
        <>
          <EuiCallOut color="danger" iconType="error" title="The connectors could not be loaded" data-test-subj="connectors-load-error">
            <p>{getErrorMessage(connectors.error)}</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      {missing && (
        <>
          <EuiCallOut color="warning" iconType="warning" title="The default connector no longer exists" data-test-subj="connectors-missing-callout">
            <p>Cases cannot be pushed with it. Choose another connector, or No connector.</p>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      <EuiFormRow label="Incident management system" fullWidth helpText={canCreateConnectors ? <AddConnectorLink /> : undefined}>
        <EuiSuperSelect
          fullWidth
          options={options}
          valueOfSelected={selectedId}
          isLoading={connectors.isLoading}
          disabled={connectors.isLoading || actions.isSaving}
          onChange={(id) => void onChange(id)}
          data-test-subj="dropdown-connectors"
        />
      </EuiFormRow>
    </SettingsSection>
  );
}
