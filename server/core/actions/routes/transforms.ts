/**
 * The actions API speaks Kibana's snake_case; the client speaks camelCase (as Kibana's does).
 * These are the only places the two meet.
 */
import type { ConnectorListItem, ConnectorResponse, ConnectorTypeResponse, ExecuteConnectorResponse } from '../../../../common/core/actions_api';
import type { ActionResult, Connector, ConnectorTypeInfo, ConnectorWithReferences } from '../types';

export function toConnectorResponse(connector: Connector): ConnectorResponse {
  return {
    id: connector.id,
    name: connector.name,
    connector_type_id: connector.actionTypeId,
    is_preconfigured: connector.isPreconfigured,
    is_deprecated: connector.isDeprecated,
    is_system_action: connector.isSystemAction,
    // A type-level flag of newer Kibana versions: no type here is deprecated as a whole.
    is_connector_type_deprecated: false,
    ...(connector.config !== undefined ? { config: connector.config } : {}),
    ...(connector.isMissingSecrets !== undefined ? { is_missing_secrets: connector.isMissingSecrets } : {}),
  };
}

export const toConnectorListItem = (connector: ConnectorWithReferences): ConnectorListItem => ({
  ...toConnectorResponse(connector),
  referenced_by_count: connector.referencedByCount,
});

export const toConnectorTypeResponse = (type: ConnectorTypeInfo): ConnectorTypeResponse => ({
  id: type.id,
  name: type.name,
  enabled: type.enabled,
  enabled_in_config: type.enabledInConfig,
  enabled_in_license: type.enabledInLicense,
  minimum_license_required: type.minimumLicenseRequired,
  supported_feature_ids: type.supportedFeatureIds,
  is_system_action_type: type.isSystemActionType,
  is_deprecated: type.isDeprecated,
  source: 'stack',
  ...(type.description ? { description: type.description } : {}),
});

export function toExecuteResponse(result: ActionResult): ExecuteConnectorResponse {
  if (result.status === 'ok') return { connector_id: result.actionId, status: 'ok', ...(result.data !== undefined ? { data: result.data } : {}) };
  return {
    connector_id: result.actionId,
    status: 'error',
    message: result.message,
    retry: result.retry,
    ...(result.serviceMessage !== undefined ? { service_message: result.serviceMessage } : {}),
    ...(result.errorSource !== undefined ? { errorSource: result.errorSource } : {}),
    ...(result.data !== undefined ? { data: result.data } : {}),
  };
}
