/**
 * The actions API on the wire, as Kibana answers it (snake_case): the platform's shapes from
 * common/core/actions_api.ts, under the names this page uses.
 */
import type { ConnectorListItem, ConnectorResponse, ConnectorTypeResponse, CreateConnectorBody, ExecuteConnectorResponse, UpdateConnectorBody } from '../../../common/core/actions_api';

export type JsonObject = Record<string, unknown>;

/** A connector; `referenced_by_count` only in the list. */
export type ActionConnector = ConnectorResponse & Partial<Pick<ConnectorListItem, 'referenced_by_count'>>;
export type ActionConnectorType = ConnectorTypeResponse;
export type CreateConnectorInput = Required<CreateConnectorBody>;
/** PUT has no type: a connector's type never changes. */
export type UpdateConnectorInput = Required<UpdateConnectorBody>;
export type ExecuteResult = ExecuteConnectorResponse;
