/** The case's `connector` for a choice in the selector: what a PATCH or a create sends. */
import { NONE_CONNECTOR, type CaseConnector } from '../../../common/types/domain/connector';
import type { CaseConnectorListItem } from '../../../common/types/api/connector';
import { emptyFieldsOf } from './registry';
import type { ConnectorFields } from './types';

export function caseConnectorOf(connectors: CaseConnectorListItem[], connectorId: string, fields?: ConnectorFields): CaseConnector {
  const connector = connectors.find((candidate) => candidate.id === connectorId);
  if (!connector) return NONE_CONNECTOR;
  return { id: connector.id, name: connector.name, type: connector.actionTypeId, fields: fields === undefined ? emptyFieldsOf(connector.actionTypeId) : fields };
}
