/**
 * The ServiceNow calls both types make (Kibana's lib/servicenow/service.ts): incidents through
 * the Elastic app's import set (checking the app's health first) or, for connectors that still
 * use it, the table API; each write followed by a read for the number, sys_id and dates; the
 * dictionary and choice lookups the case form shows; closing an incident for alerting.
 */
import type { ConnectorHttp } from '../../types';
import { IMPORT_SET_FIELD_PREFIX, type ServiceNowProductConfig } from './config';
import { createInstanceClient } from './instance_client';
import type { ServiceNowConfig, ServiceNowSecrets } from './schema';
import { serviceNowApiError, serviceNowError, ServiceNowError, type RequestContext } from './service_error';

export interface ExternalIncident {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

/** Incident fields as the connector sends them: plain column names, plus `additional_fields`. */
export type IncidentFields = Record<string, unknown> & { additional_fields?: Record<string, unknown> | null };

export interface ServiceNowRecord {
  sys_id: string;
  number: string;
  sys_created_on: string;
  sys_updated_on: string;
  [field: string]: unknown;
}

const TABLE_GET: RequestContext = { endpoint: 'table', method: 'get' };
const HEALTH_GET: RequestContext = { endpoint: 'health', method: 'get' };

/** ServiceNow's 'YYYY-MM-DD HH:mm:ss' is GMT; Kibana reads it as `<date> GMT`. */
export function pushedDateOf(timestamp: unknown): string {
  const match = typeof timestamp === 'string' ? /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(timestamp) : null;
  const parsed = match ? new Date(`${match[1]}T${match[2]}Z`) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : new Date().toISOString();
}

/** Table mode sends plain keys; the import set wants `u_` keys, with `additional_fields` spread unprefixed underneath. */
export function prepareIncident(useTableApi: boolean, incident: IncidentFields): Record<string, unknown> {
  const { additional_fields: additionalFields, ...fields } = incident;
  if (useTableApi) return fields;
  const prefixed = Object.fromEntries(Object.entries(fields).map(([key, value]) => [`${IMPORT_SET_FIELD_PREFIX}${key}`, value]));
  return { ...(additionalFields ?? {}), ...prefixed };
}

export function createServiceNowService(http: ConnectorHttp, config: ServiceNowConfig, secrets: ServiceNowSecrets, product: ServiceNowProductConfig) {
  const client = createInstanceClient(http, config, secrets);
  const { baseUrl } = client;
  const useTableApi = config.usesTableApi !== false;
  const tableUrl = `${baseUrl}/api/now/v2/table/${product.table}`;
  const importSetUrl = `${baseUrl}/api/now/import/${product.importSetTable}`;
  const writeContext: RequestContext = { endpoint: useTableApi ? 'table' : 'import_set', method: 'post' };
  const updateContext: RequestContext = { endpoint: useTableApi ? 'table' : 'import_set', method: useTableApi ? 'patch' : 'post' };
  const viewUrl = (sysId: string) => `${baseUrl}/nav_to.do?uri=${product.table}.do?sys_id=${sysId}`;
  const toExternal = (record: ServiceNowRecord, date: string): ExternalIncident => ({ title: record.number, id: record.sys_id, pushedDate: pushedDateOf(date), url: viewUrl(record.sys_id) });

  const resultOf = <T>(res: { data: unknown }) => (res.data as { result: T }).result;

  async function getApplicationInformation(): Promise<{ name?: string; scope?: string; version?: string }> {
    try {
      const res = await client.request('GET', `${baseUrl}/api/${product.appScope}/elastic_api/health`);
      client.checkInstance(res);
      return { ...resultOf<object>(res) };
    } catch (e) {
      throw serviceNowError(e, 'Unable to get application version', HEALTH_GET);
    }
  }

  /** Import-set mode needs the Elastic app; its health endpoint answers only when it is installed. */
  async function checkIfApplicationIsInstalled(): Promise<void> {
    if (!useTableApi) await getApplicationInformation();
  }

  async function getIncident(id: string): Promise<ServiceNowRecord> {
    try {
      if (id.trim() === '') throw new Error('Incident id is empty.');
      const res = await client.request('GET', `${tableUrl}/${encodeURIComponent(id)}`);
      client.checkInstance(res);
      return { ...resultOf<ServiceNowRecord>(res) };
    } catch (e) {
      throw serviceNowError(e, `Unable to get incident with id ${id}`, TABLE_GET);
    }
  }

  function throwIfAdditionalFieldsNotSupported(incident: IncidentFields): void {
    if (useTableApi && incident.additional_fields) {
      throw new ServiceNowError('ServiceNow additional fields are not supported for deprecated connectors.', { code: '400' });
    }
  }

  /** The import set answers 201 even when its transform failed; the row says so. */
  function throwIfImportSetFailed(res: { status: number; data: unknown }): void {
    const rows = resultOf<Array<{ status?: string; error_message?: string }>>(res);
    if (!Array.isArray(rows) || rows.length === 0) throw serviceNowApiError('Unexpected result', res.status);
    if (rows[0].status === 'error') throw serviceNowApiError(rows[0].error_message ?? 'Unknown error', res.status);
  }

  /** Writes through the table API or the import set, then reads the record back. */
  async function write(method: 'POST' | 'PATCH', url: string, body: Record<string, unknown>): Promise<ServiceNowRecord> {
    const res = await client.request(method, url, body);
    client.checkInstance(res);
    if (!useTableApi) throwIfImportSetFailed(res);
    const sysId = useTableApi ? resultOf<{ sys_id: string }>(res).sys_id : resultOf<Array<{ sys_id: string }>>(res)[0].sys_id;
    return getIncident(String(sysId ?? ''));
  }

  async function createIncident(incident: IncidentFields): Promise<ExternalIncident> {
    try {
      throwIfAdditionalFieldsNotSupported(incident);
      await checkIfApplicationIsInstalled();
      const record = await write('POST', useTableApi ? tableUrl : importSetUrl, prepareIncident(useTableApi, incident));
      return toExternal(record, record.sys_created_on);
    } catch (e) {
      throw serviceNowError(e, 'Unable to create incident', writeContext);
    }
  }

  async function updateIncident(incidentId: string, incident: IncidentFields): Promise<ExternalIncident> {
    try {
      throwIfAdditionalFieldsNotSupported(incident);
      await checkIfApplicationIsInstalled();
      const fields = prepareIncident(useTableApi, incident);
      // The import set only inserts; the Elastic app updates the incident named by elastic_incident_id.
      const record = useTableApi
        ? await write('PATCH', `${tableUrl}/${encodeURIComponent(incidentId)}`, fields)
        : await write('POST', importSetUrl, { ...fields, elastic_incident_id: incidentId });
      return toExternal(record, record.sys_updated_on);
    } catch (e) {
      throw serviceNowError(e, `Unable to update incident with id ${incidentId}`, updateContext);
    }
  }

  async function getIncidentByCorrelationId(correlationId: string): Promise<ServiceNowRecord | null> {
    try {
      if (correlationId.trim() === '') throw new Error('Correlation ID is empty.');
      const query = `ORDERBYDESCsys_created_on^correlation_id=${correlationId}`;
      const res = await client.request('GET', `${tableUrl}?sysparm_query=${encodeURIComponent(query)}`);
      client.checkInstance(res);
      return resultOf<ServiceNowRecord[]>(res)[0] ?? null;
    } catch (e) {
      throw serviceNowError(e, `Unable to get incident by correlation ID ${correlationId}`, TABLE_GET);
    }
  }

  async function getFields(): Promise<unknown[]> {
    try {
      const query = `name=task^ORname=${product.table}^internal_type=string`;
      const url = `${baseUrl}/api/now/table/sys_dictionary?sysparm_query=${query}&active=true&array=false&read_only=false&sysparm_fields=max_length,element,column_label,mandatory`;
      const res = await client.request('GET', url);
      client.checkInstance(res);
      const rows = resultOf<unknown[]>(res);
      return Array.isArray(rows) ? rows : [];
    } catch (e) {
      throw serviceNowError(e, 'Unable to get fields', TABLE_GET);
    }
  }

  async function getChoices(fields: string[]): Promise<unknown> {
    try {
      const elements = fields.map((field, i) => `${i === 0 ? '' : 'OR'}element=${field}`).join('^');
      const url = `${baseUrl}/api/now/table/sys_choice?sysparm_query=name=task^ORname=${product.table}^${elements}^language=en&sysparm_fields=label,value,dependent_value,element`;
      const res = await client.request('GET', url);
      client.checkInstance(res);
      return resultOf<unknown>(res);
    } catch (e) {
      throw serviceNowError(e, 'Unable to get choices', TABLE_GET);
    }
  }

  /** SecOps: the observables of an incident, in one call to the Elastic app. */
  async function bulkAddObservables(observables: Array<{ value: string; type: string }>, incidentId: string): Promise<unknown> {
    try {
      await checkIfApplicationIsInstalled();
      const url = `${baseUrl}/api/${product.appScope}/elastic_api/incident/${encodeURIComponent(incidentId)}/observables/bulk`;
      const res = await client.request('POST', url, observables);
      client.checkInstance(res);
      return resultOf<unknown>(res);
    } catch (e) {
      throw serviceNowError(e, `Unable to add observables to security incident with id ${incidentId}`, { endpoint: 'other', method: 'post' });
    }
  }

  return { useTableApi, updateContext, commentFieldKey: product.commentFieldKey, viewUrl, createIncident, updateIncident, getIncident, getIncidentByCorrelationId, getFields, getChoices, bulkAddObservables };
}

export type ServiceNowService = ReturnType<typeof createServiceNowService>;
