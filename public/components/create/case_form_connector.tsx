/**
 * The create form's External Connector Fields: the connector the new case will be pushed to
 * (the owner's default until the user chooses) and its fields. A case created with one is
 * pushed right after it is created, when the user may push.
 */
import { EuiFormRow, EuiSpacer, EuiTitle } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnector } from '../../../common/types/domain/connector';
import { useFindCaseConnectors } from '../../containers/connectors_api';
import { caseConnectorOf, ConnectorFieldsEditor, ConnectorSelector } from '../connectors';

export interface CaseFormConnectorProps {
  value: CaseConnector;
  onChange: (connector: CaseConnector) => void;
  isDisabled?: boolean;
}

export function CaseFormConnector({ value, onChange, isDisabled = false }: CaseFormConnectorProps) {
  const connectors = useFindCaseConnectors();
  const list = connectors.data ?? [];
  return (
    <section data-test-subj="create-case-connector-fields" aria-label="External connector fields">
      <EuiSpacer size="m" />
      <EuiTitle size="xs">
        <h2>External Connector Fields</h2>
      </EuiTitle>
      <EuiSpacer size="s" />
      <EuiFormRow label="External incident management system" fullWidth>
        <ConnectorSelector
          connectors={list}
          selectedId={value.id}
          onChange={(connectorId) => onChange(caseConnectorOf(list, connectorId))}
          isLoading={connectors.isLoading}
          disabled={isDisabled}
        />
      </EuiFormRow>
      {value.id !== NONE_CONNECTOR_ID && (
        <ConnectorFieldsEditor connector={{ id: value.id, type: value.type }} fields={value.fields} onChange={(fields) => onChange({ ...value, fields })} isLoading={isDisabled} />
      )}
    </section>
  );
}
