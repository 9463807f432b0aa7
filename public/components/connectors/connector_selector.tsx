/**
 * Picks the connector a case is pushed to, or none. Options are Kibana's test subjects
 * (`dropdown-connector-<id>`, `dropdown-connector-no-connector`), so flows written for Kibana
 * find them.
 */
import { EuiFlexGroup, EuiFlexItem, EuiIconTip, EuiSuperSelect, type EuiSuperSelectOption } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnectorListItem } from '../../../common/types/api/connector';

export interface ConnectorSelectorProps {
  connectors: CaseConnectorListItem[];
  /** `none` (or a connector no longer listed, shown as such) when the case has none. */
  selectedId: string;
  onChange: (connectorId: string) => void;
  isLoading?: boolean;
  disabled?: boolean;
}

function connectorOption(connector: CaseConnectorListItem): EuiSuperSelectOption<string> {
  return {
    value: connector.id,
    inputDisplay: (
      <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>{connector.name}</EuiFlexItem>
        {(connector.isDeprecated || connector.isMissingSecrets) && (
          <EuiFlexItem grow={false}>
            <EuiIconTip type="warning" color="warning" content={connector.isMissingSecrets ? 'This connector is missing its secrets.' : 'This connector is deprecated.'} />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
    ),
    'data-test-subj': `dropdown-connector-${connector.id}`,
  };
}

export function ConnectorSelector({ connectors, selectedId, onChange, isLoading = false, disabled = false }: ConnectorSelectorProps) {
  const none: EuiSuperSelectOption<string> = { value: NONE_CONNECTOR_ID, inputDisplay: 'No connector selected', 'data-test-subj': 'dropdown-connector-no-connector' };
  const listed = connectors.some((connector) => connector.id === selectedId);
  // A case may name a connector deleted since: it stays shown, by id, until another is chosen.
  const missing: EuiSuperSelectOption<string>[] =
    selectedId !== NONE_CONNECTOR_ID && !listed && !isLoading ? [{ value: selectedId, inputDisplay: `${selectedId} (deleted)`, disabled: true }] : [];
  // The accessible name must hold the text the button shows (WCAG 2.5.3, axe's label-content-name-mismatch).
  const shown = connectors.find((connector) => connector.id === selectedId)?.name ?? (missing.length > 0 ? `${selectedId} (deleted)` : 'No connector selected');
  return (
    <EuiSuperSelect
      fullWidth
      compressed
      aria-label={`External incident management system: ${shown}`}
      options={[none, ...connectors.map(connectorOption), ...missing]}
      valueOfSelected={selectedId}
      isLoading={isLoading}
      disabled={disabled || isLoading}
      onChange={onChange}
      data-test-subj="connectors-dropdown"
    />
  );
}
