/**
 * The actions API on the wire (`/api/actions/...`, Kibana's snake_case shapes): request codecs
 * for the platform's routes and the answer shapes both halves read. It lives in common/core,
 * which the platform and the browser's core may both import; the contract tests hold the answers
 * to docs/openapi.yaml.
 */
import * as t from 'io-ts';
import { limitedString, strict, strictPartial, strictWithOptional } from './codec';

export const MAX_CONNECTOR_NAME_LENGTH = 255;
export const MAX_CONNECTOR_ID_LENGTH = 255;

const JsonObjectRt = t.record(t.string, t.unknown);

export const IdParamsRt = strict({ id: limitedString('id', { min: 1, max: MAX_CONNECTOR_ID_LENGTH }) }, 'params');
export const ConnectorTypesQueryRt = strictPartial({ feature_id: limitedString('feature_id', { min: 1, max: 100 }) }, 'query');

export const CreateConnectorBodyRt = strictWithOptional(
  { name: limitedString('name', { min: 1, max: MAX_CONNECTOR_NAME_LENGTH }), connector_type_id: limitedString('connector_type_id', { min: 1, max: 100 }) },
  { config: JsonObjectRt, secrets: JsonObjectRt },
  'connector',
);
export type CreateConnectorBody = t.TypeOf<typeof CreateConnectorBodyRt>;

export const UpdateConnectorBodyRt = strictWithOptional(
  { name: limitedString('name', { min: 1, max: MAX_CONNECTOR_NAME_LENGTH }) },
  { config: JsonObjectRt, secrets: JsonObjectRt },
  'connector',
);

export type UpdateConnectorBody = t.TypeOf<typeof UpdateConnectorBodyRt>;

export const ExecuteConnectorBodyRt = strict({ params: JsonObjectRt }, 'execute');

export interface ConnectorResponse {
  id: string;
  name: string;
  connector_type_id: string;
  is_preconfigured: boolean;
  is_deprecated: boolean;
  is_system_action: boolean;
  is_connector_type_deprecated: boolean;
  config?: Record<string, unknown>;
  is_missing_secrets?: boolean;
}

export interface ConnectorListItem extends ConnectorResponse {
  referenced_by_count: number;
}

export interface ConnectorTypeResponse {
  id: string;
  name: string;
  enabled: boolean;
  enabled_in_config: boolean;
  enabled_in_license: boolean;
  minimum_license_required: string;
  supported_feature_ids: string[];
  is_system_action_type: boolean;
  is_deprecated: boolean;
  source: 'stack';
  description?: string;
}

export type ExecuteConnectorResponse =
  | { connector_id: string; status: 'ok'; data?: unknown }
  | { connector_id: string; status: 'error'; message: string; retry: boolean | string | null; service_message?: string; errorSource?: 'user' | 'framework'; data?: unknown };
