import { type HttpClient } from '../http_client';
import { type ActionConnector, type ActionConnectorType, type CreateConnectorInput, type ExecuteResult, type JsonObject, type UpdateConnectorInput } from './types';

// Connectors belong to a space: every call keeps the page's /s/{id} prefix (the client's default).
const connectorPath = (id: string) => `/api/actions/connector/${encodeURIComponent(id)}`;

export const connectorsApi = {
  listTypes: (http: HttpClient, signal?: AbortSignal) => http.get<ActionConnectorType[]>('/api/actions/connector_types', { signal }),
  list: (http: HttpClient, signal?: AbortSignal) => http.get<ActionConnector[]>('/api/actions/connectors', { signal }),
  create: (http: HttpClient, input: CreateConnectorInput) => http.post<ActionConnector>('/api/actions/connector', { body: input }),
  update: (http: HttpClient, id: string, input: UpdateConnectorInput) => http.put<ActionConnector>(connectorPath(id), { body: input }),
  delete: (http: HttpClient, id: string) => http.delete<void>(connectorPath(id)),
  /** 200 for both outcomes: an `error` status is an answer to show, not a failed call. */
  execute: (http: HttpClient, id: string, params: JsonObject) => http.post<ExecuteResult>(`${connectorPath(id)}/_execute`, { body: { params } }),
};
