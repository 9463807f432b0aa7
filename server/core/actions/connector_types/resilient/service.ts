/**
 * IBM Resilient's org REST API as Kibana's `.resilient` connector calls it: incidents are
 * created with their discovery date, edited through old/new value changes (so the current
 * incident and the field metadata are read first), and commented. Basic `apiKeyId:apiKeySecret`.
 * Failures read as Kibana's: `[Action][IBM Resilient]: <what>. Error: Status code: 401. Message:
 * Unauthorized API Error.`
 */
import { ConnectorError, ConnectorHttpError } from '../../errors';
import type { ConnectorHttp, ConnectorHttpRequest } from '../../types';
import type { Logger } from '../../../logging/types';
import { additionalFieldsForCreate, formatUpdateRequest } from './changes';
import type { ResilientConfig, ResilientFieldMeta, ResilientIncident, ResilientSecrets } from './schema';

export interface ExternalIncidentResponse {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

interface Context {
  config: ResilientConfig;
  secrets: ResilientSecrets;
  http: ConnectorHttp;
  logger: Logger;
}

type Shape = Record<string, 'number' | 'boolean' | 'string' | 'array' | 'object' | 'string|null'>;

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The answer must carry what the next step reads (Kibana validates each answer with a schema). */
function assertShape(data: unknown, shape: Shape, where = ''): void {
  const record = asRecord(data);
  for (const [key, expected] of Object.entries(shape)) {
    const actual = typeOf(record[key]);
    const ok = expected === 'string|null' ? actual === 'string' || actual === 'null' || actual === 'undefined' : actual === expected;
    if (!ok) throw new Error(`Response validation failed (Error: [${where}${key}]: expected value of type [${expected}] but got [${actual}])`);
  }
}

/** Resilient's create answers ids and dates as numbers; Kibana also accepts numeric strings. */
function asNumber(value: unknown, key: string): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new Error(`Response validation failed (Error: [${key}]: expected value of type [number] but got [${typeOf(value)}])`);
  return number;
}

/** The request layer's words: the HTTP status and Resilient's message, never the request. */
function requestMessage(error: unknown): string {
  if (!(error instanceof ConnectorHttpError)) return error instanceof Error ? error.message : String(error);
  let reason: string;
  if (!error.status) reason = 'Unknown API Error';
  else if (error.status === 401) reason = 'Unauthorized API Error';
  else if (typeof error.data === 'object' && error.data !== null && !Array.isArray(error.data) && 'message' in error.data) reason = `API Error: ${String(error.data.message)}`;
  else reason = `API Error: ${error.statusText ?? ''}`;
  return `Status code: ${error.status}. Message: ${reason}`;
}

const resilientError = (error: unknown, what: string) => new ConnectorError(`[Action][IBM Resilient]: ${what}. Error: ${requestMessage(error)}.`, { cause: error });

const toOptions = (data: unknown) => {
  assertShape(data, { values: 'array' });
  return (asRecord(data).values as unknown[]).map((entry, i) => {
    assertShape(entry, { value: 'number', label: 'string' }, `values.${i}.`);
    const { value, label } = asRecord(entry);
    return { id: String(value), name: String(label) };
  });
};

export function createResilientService({ config, secrets, http, logger }: Context) {
  const base = config.apiUrl.endsWith('/') ? config.apiUrl.slice(0, -1) : config.apiUrl;
  const org = `${base}/rest/orgs/${encodeURIComponent(config.orgId)}`;
  const incidentsUrl = `${org}/incidents`;
  const fieldsUrl = `${org}/types/incident/fields`;
  const viewUrl = (id: string) => `${base}/#incidents/${id}`;

  async function call(request: Omit<ConnectorHttpRequest, 'auth'>): Promise<unknown> {
    logger.debug(`[IBM Resilient] ${request.method} ${request.url}`);
    const { data } = await http.request({ ...request, auth: { username: secrets.apiKeyId, password: secrets.apiKeySecret } });
    return data;
  }

  async function getIncident(id: string): Promise<Record<string, unknown>> {
    try {
      const data = await call({ method: 'GET', url: `${incidentsUrl}/${encodeURIComponent(id)}?text_content_output_format=objects_convert` });
      assertShape(data, { id: 'number', inc_last_modified_date: 'number' });
      return asRecord(data);
    } catch (error) {
      throw resilientError(error, `Unable to get incident with id ${id}`);
    }
  }

  async function getFields(): Promise<ResilientFieldMeta[]> {
    try {
      const data = await call({ method: 'GET', url: fieldsUrl });
      if (!Array.isArray(data)) throw new Error(`Response validation failed (Error: expected value of type [array] but got [${typeOf(data)}])`);
      return data.map((field, i) => {
        assertShape(field, { input_type: 'string', name: 'string', read_only: 'boolean', required: 'string|null', text: 'string' }, `${i}.`);
        const { name, input_type, read_only, required, text, prefix, values } = asRecord(field);
        return { name, input_type, read_only, required: required ?? null, text, prefix, values } as ResilientFieldMeta;
      });
    } catch (error) {
      throw resilientError(error, 'Unable to get fields');
    }
  }

  return {
    getIncident,
    getFields,

    async createIncident(incident: ResilientIncident): Promise<ExternalIncidentResponse> {
      try {
        let data: Record<string, unknown> = { name: incident.name, discovered_date: Date.now() };
        if (incident.description) data.description = { format: 'html', content: incident.description };
        if (incident.incidentTypes) data.incident_type_ids = incident.incidentTypes.map((id) => ({ id }));
        if (incident.severityCode) data.severity_code = { id: incident.severityCode };
        if (incident.additionalFields) {
          const { properties, ...rest } = additionalFieldsForCreate(await getFields(), incident.additionalFields);
          data = { ...data, ...rest, ...(properties ? { properties } : {}) };
        }
        const res = asRecord(await call({ method: 'POST', url: `${incidentsUrl}?text_content_output_format=objects_convert`, body: data }));
        const id = asNumber(res.id, 'id');
        const createDate = asNumber(res.create_date, 'create_date');
        return { id: String(id), title: String(id), url: viewUrl(String(id)), pushedDate: new Date(createDate).toISOString() };
      } catch (error) {
        throw resilientError(error, 'Unable to create incident');
      }
    },

    async updateIncident(incidentId: string, incident: ResilientIncident): Promise<ExternalIncidentResponse> {
      try {
        const current = await getIncident(incidentId);
        const fields = await getFields();
        const body = formatUpdateRequest(current, incident, fields);
        const res = await call({ method: 'PATCH', url: `${incidentsUrl}/${encodeURIComponent(incidentId)}`, body });
        assertShape(res, { success: 'boolean', message: 'string|null' });
        if (asRecord(res).success !== true) throw new Error(`Error while updating incident: ${String(asRecord(res).message ?? null)}`);
        const updated = await getIncident(incidentId);
        return { id: String(updated.id), title: String(updated.id), url: viewUrl(String(updated.id)), pushedDate: new Date(updated.inc_last_modified_date as number).toISOString() };
      } catch (error) {
        throw resilientError(error, `Unable to update incident with id ${incidentId}`);
      }
    },

    async addComment(incidentId: string, comment: string): Promise<void> {
      try {
        await call({ method: 'POST', url: `${incidentsUrl}/${encodeURIComponent(incidentId)}/comments`, body: { text: { format: 'text', content: comment } } });
      } catch (error) {
        throw resilientError(error, `Unable to create comment at incident with id ${incidentId}`);
      }
    },

    async getIncidentTypes(): Promise<Array<{ id: string; name: string }>> {
      try {
        return toOptions(await call({ method: 'GET', url: `${fieldsUrl}/incident_type_ids` }));
      } catch (error) {
        throw resilientError(error, 'Unable to get incident types');
      }
    },

    async getSeverity(): Promise<Array<{ id: string; name: string }>> {
      try {
        return toOptions(await call({ method: 'GET', url: `${fieldsUrl}/severity_code` }));
      } catch (error) {
        throw resilientError(error, 'Unable to get severity');
      }
    },
  };
}

export type ResilientService = ReturnType<typeof createResilientService>;
