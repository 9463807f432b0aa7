import { EuiFormRow, EuiSuperSelect } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import { SettingsSection } from './settings_section';

const OPTIONS = [{ value: NONE_CONNECTOR_ID, inputDisplay: 'No connector', 'data-test-subj': 'dropdown-connector-no-connector' }];

/**
 * The default connector. Connectors arrive with a later release, so "No connector" is the one
 * real choice: shown selected and disabled rather than padded with entries that do nothing.
 */
export function ConnectorsSection() {
  return (
    <SettingsSection
      title="External incident management system"
      description="Connect your cases to an external incident management system. You can then push case data as an incident in a third-party system."
      data-test-subj="connectors-section"
    >
      <EuiFormRow
        label="Incident management system"
        fullWidth
        helpText={
          <span data-test-subj="connectors-later-release">
            External connectors (Jira, ServiceNow, webhooks, …) are configured in a later release. Until then cases are not pushed anywhere.
          </span>
        }
      >
        <EuiSuperSelect fullWidth disabled options={OPTIONS} valueOfSelected={NONE_CONNECTOR_ID} onChange={() => undefined} data-test-subj="dropdown-connectors" />
      </EuiFormRow>
    </SettingsSection>
  );
}
