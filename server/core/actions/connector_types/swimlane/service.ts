/**
 * Swimlane's record API as Kibana's `.swimlane` calls it: records are created and patched in one
 * application with the incident's values under the mapped field ids, and comments go to the
 * mapped comments field. Every failure reads `[Action][Swimlane]: Unable to … Status: … Error: …
 * Reason: <Argument> (<ErrorCode>)`, Swimlane's own error body.
 */
import type { ConnectorExecutorOptions, ConnectorHttpResponse } from '../../types';
import { ConnectorError } from '../../errors';
import { INCIDENT_KEYS, type MappingKey, type PushComment, type SwimlaneConfig, type SwimlaneIncident, type SwimlaneSecrets } from './schema';

export const SWIMLANE_NAME = 'Swimlane';

export interface ExternalServiceIncidentResponse {
  id: string;
  title: string;
  url: string;
  pushedDate: string;
}

type Options = Omit<ConnectorExecutorOptions<SwimlaneConfig, SwimlaneSecrets, unknown>, 'params'>;

/** The mapping that receives each incident key (Kibana's helpers.ts table). */
const MAPPING_OF: Record<(typeof INCIDENT_KEYS)[number], MappingKey> = {
  ruleName: 'ruleNameConfig',
  alertId: 'alertIdConfig',
  caseId: 'caseIdConfig',
  caseName: 'caseNameConfig',
  severity: 'severityConfig',
  description: 'descriptionConfig',
};

/** `{applicationId, id?, values}`: mapped, non-empty incident values; numeric fields get numbers (NaN → 0, as Kibana). */
export function recordBody(config: SwimlaneConfig, incident: SwimlaneIncident, recordId?: string): { applicationId: string; id?: string; values: Record<string, unknown> } {
  const values: Record<string, unknown> = {};
  for (const key of INCIDENT_KEYS) {
    const field = config.mappings[MAPPING_OF[key]];
    const value = incident[key];
    if (!field || !value) continue;
    if (field.fieldType === 'numeric') {
      const number = Number(value);
      values[field.id] = Number.isNaN(number) ? 0 : number;
    } else {
      values[field.id] = value;
    }
  }
  return { applicationId: config.appId, ...(recordId ? { id: recordId } : {}), values };
}

export function swimlaneUrls(config: SwimlaneConfig) {
  const base = config.apiUrl.endsWith('/') ? config.apiUrl.slice(0, -1) : config.apiUrl;
  // Kibana appends /api unless the configured URL already ends with it.
  const api = base.endsWith('api') ? base : `${base}/api`;
  // Swimlane's ids are letters and digits; encoding changes nothing for them but keeps an id
  // given to `_execute` from walking to another path of the host.
  const e = encodeURIComponent;
  const records = `${api}/app/${e(config.appId)}/record`;
  return {
    records,
    record: (recordId: string) => `${records}/${e(recordId)}`,
    comment: (recordId: string, fieldId: string) => `${records}/${e(recordId)}/${e(fieldId)}/comment`,
    view: (recordId: string) => `${base}/record/${e(config.appId)}/${e(recordId)}`,
  };
}

/** Kibana's axios_utils checks: a JSON answer that holds every required attribute. */
function assertValidResponse(res: ConnectorHttpResponse, method: string, url: string, required: string[]): Record<string, unknown> {
  const contentType = res.headers['content-type'] ?? 'undefined';
  if (!contentType.includes('application/json')) {
    throw new Error(`Unsupported content type: ${contentType} in ${method} ${url}. Supported content types: application/json`);
  }
  const data = res.data;
  const empty = data === '' || data === null || data === undefined;
  if (!empty && typeof data !== 'object') throw new Error('Response is not a valid JSON');
  const missing = () => new Error(`Response is missing at least one of the expected fields: ${required.join(',')}`);
  if (required.length > 0 && (Array.isArray(data) || empty)) throw missing();
  for (const attr of required) if ((data as Record<string, unknown>)[attr] === undefined) throw missing();
  return (data ?? {}) as Record<string, unknown>;
}

/** Swimlane's error body `{ErrorCode, Argument}`; anything else is `unknown`. */
function reasonOf(error: unknown): string {
  const data = (error as { data?: unknown }).data;
  if (data === null || typeof data !== 'object') return 'unknown';
  const { ErrorCode, Argument } = data as Record<string, unknown>;
  return Argument != null && ErrorCode != null ? `${String(Argument)} (${String(ErrorCode)})` : 'unknown';
}

function failure(what: string, appId: string, error: unknown): ConnectorError {
  const status = (error as { status?: number }).status ?? 500;
  const message = error instanceof Error ? error.message : String(error);
  return new ConnectorError(`[Action][${SWIMLANE_NAME}]: Unable to ${what} in application with id ${appId}. Status: ${status}. Error: ${message}. Reason: ${reasonOf(error)}`, { cause: error });
}

export function createSwimlaneService({ config, secrets, http }: Options) {
  if (!config.apiUrl || !config.appId || !secrets.apiToken) throw new ConnectorError(`[Action]${SWIMLANE_NAME}: Wrong configuration.`, { retry: false });
  const urls = swimlaneUrls(config);
  // The token is a header value only: never part of a URL or a message.
  const headers = { 'Content-Type': 'application/json', 'Private-Token': secrets.apiToken };

  async function send(method: 'POST' | 'PATCH', url: string, body: unknown, required: string[]) {
    const res = await http.request({ method, url, headers, body });
    return assertValidResponse(res, method.toLowerCase(), url, required);
  }

  return {
    async createRecord(incident: SwimlaneIncident): Promise<ExternalServiceIncidentResponse> {
      try {
        const data = await send('POST', urls.records, recordBody(config, incident), ['id', 'name', 'createdDate']);
        const id = String(data.id);
        return { id, title: String(data.name), url: urls.view(id), pushedDate: new Date(data.createdDate as string).toISOString() };
      } catch (e) {
        throw failure('create record', config.appId, e);
      }
    },

    async updateRecord(recordId: string, incident: SwimlaneIncident): Promise<ExternalServiceIncidentResponse> {
      try {
        const data = await send('PATCH', urls.record(recordId), recordBody(config, incident, recordId), ['id', 'name', 'modifiedDate']);
        return { id: String(data.id), title: String(data.name), url: urls.view(recordId), pushedDate: new Date(data.modifiedDate as string).toISOString() };
      } catch (e) {
        throw failure('update record', config.appId, e);
      }
    },

    /** Swimlane answers a comment without a body, so the comment's date is the one sent. */
    async createComment(recordId: string, comment: PushComment, createdDate: string): Promise<{ commentId: string; pushedDate: string }> {
      try {
        const fieldId = config.mappings.commentsConfig?.id || null;
        if (fieldId == null) throw new Error(`No comment field mapped in ${SWIMLANE_NAME} connector`);
        await http.request({ method: 'POST', url: urls.comment(recordId, fieldId), headers, body: { createdDate, fieldId, isRichText: true, message: comment.comment } });
        return { commentId: comment.commentId, pushedDate: createdDate };
      } catch (e) {
        throw failure('create comment', config.appId, e);
      }
    },
  };
}
