/**
 * A Swimlane stand-in: one application whose fields are given (its app definition), records
 * created and patched through `/api/app/<appId>/record`, and comments on a comments field.
 * Like Swimlane it checks the `Private-Token` header, the application id, every field id
 * against the app definition and each value against its field type, and answers errors with
 * its `{ErrorCode, Argument, Message}` body, which Kibana's connector reads.
 */
import { randomBytes } from 'node:crypto';
import { startSimulatorServer, type SimulatorReply, type SimulatorRequest } from './simulator_server';
import type { ConnectorFixture, Simulator } from './types';

export interface SwimlaneAppField {
  id: string;
  key: string;
  name: string;
  /** Swimlane's field types: `text`, `numeric`, `comments`, ... */
  fieldType: string;
}

export interface SwimlaneSimulatorOptions {
  appId?: string;
  /** The record name prefix (Swimlane's application acronym: records are `SOC-1`, `SOC-2`, ...). */
  acronym?: string;
  apiToken?: string;
  fields?: SwimlaneAppField[];
}

export interface SwimlaneSimulator extends Simulator {
  appId: string;
  apiToken: string;
  fields: SwimlaneAppField[];
}

export const DEFAULT_SWIMLANE_FIELDS: SwimlaneAppField[] = [
  { id: 'a6ide', key: 'case-id', name: 'Case Id', fieldType: 'text' },
  { id: 'adnlas', key: 'case-name', name: 'Case Name', fieldType: 'text' },
  { id: 'a1pt7', key: 'description', name: 'Description', fieldType: 'text' },
  { id: 'a9sev', key: 'severity', name: 'Severity', fieldType: 'numeric' },
  { id: 'a0cmt', key: 'comments', name: 'Comments', fieldType: 'comments' },
  { id: 'a2rle', key: 'rule-name', name: 'Rule Name', fieldType: 'text' },
  { id: 'a3alr', key: 'alert-id', name: 'Alert Id', fieldType: 'text' },
];

const error = (status: number, ErrorCode: number, Argument: string, Message: string): SimulatorReply => ({ status, body: { ErrorCode, Argument, Message } });

export async function startSwimlaneSimulator(options: SwimlaneSimulatorOptions = {}): Promise<SwimlaneSimulator> {
  const appId = options.appId ?? 'aBcDeFgHiJkLmNoPq';
  const acronym = options.acronym ?? 'SOC';
  const apiToken = options.apiToken ?? `swimlane-token-${randomBytes(8).toString('hex')}`;
  const fields = options.fields ?? DEFAULT_SWIMLANE_FIELDS;
  const fieldById = new Map(fields.map((f) => [f.id, f]));

  const sim = await startSimulatorServer((request, { records, comments }) => {
    if (request.headers['private-token'] !== apiToken) return error(401, 1001, 'Private-Token', 'Authentication failed: invalid or missing access token.');
    const route = /^\/api\/app\/([^/]+)\/record(?:\/([^/]+)(?:\/([^/]+)\/comment)?)?$/.exec(request.path);
    if (!route) return error(404, 1000, request.path, 'Resource not found.');
    const [, pathAppId, recordId, fieldId] = route;
    if (pathAppId !== appId) return error(404, 1000, pathAppId, `Application ${pathAppId} not found.`);
    if (fieldId !== undefined) return request.method === 'POST' ? addComment(request, recordId, fieldId, records, comments) : error(405, 1000, request.method, 'Method not allowed.');
    if (recordId === undefined) {
      if (request.method !== 'POST') return error(405, 1000, request.method, 'Method not allowed.');
      const invalid = checkRecordBody(request.body, undefined);
      if (invalid) return invalid;
      // Records are never deleted, so the count numbers them (and restarts after reset()).
      const trackingId = records.size + 1;
      const now = new Date().toISOString();
      const record = { id: randomId(), name: `${acronym}-${trackingId}`, trackingId, applicationId: appId, createdDate: now, modifiedDate: now, values: (request.body as { values: Record<string, unknown> }).values };
      records.set(record.id, record);
      return { status: 200, body: record };
    }
    if (request.method !== 'PATCH') return error(405, 1000, request.method, 'Method not allowed.');
    const existing = records.get(recordId);
    if (!existing) return error(404, 1000, recordId, `Record ${recordId} not found.`);
    const invalid = checkRecordBody(request.body, recordId);
    if (invalid) return invalid;
    const updated = { ...existing, values: { ...(existing.values as object), ...(request.body as { values: object }).values }, modifiedDate: new Date().toISOString() };
    records.set(recordId, updated);
    return { status: 200, body: updated };
  });

  /** `{applicationId, id?, values}`: the app's id, known field ids, values of each field's type. */
  function checkRecordBody(body: unknown, recordId: string | undefined): SimulatorReply | undefined {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return error(400, 3000, 'record', 'The request body must be a JSON record.');
    const { applicationId, id, values, ...rest } = body as Record<string, unknown>;
    const unknownKey = Object.keys(rest)[0];
    if (unknownKey !== undefined) return error(400, 3000, unknownKey, `Unknown record property ${unknownKey}.`);
    if (applicationId !== appId) return error(400, 3000, 'applicationId', 'The record does not belong to this application.');
    if (recordId !== undefined && id !== recordId) return error(400, 3000, 'id', 'The record id does not match the URL.');
    if (recordId === undefined && id !== undefined) return error(400, 3000, 'id', 'A new record cannot carry an id.');
    if (values === null || typeof values !== 'object' || Array.isArray(values)) return error(400, 3000, 'values', 'values must be an object.');
    for (const [key, value] of Object.entries(values)) {
      const field = fieldById.get(key);
      if (!field) return error(400, 3000, key, `Field ${key} does not exist in application ${appId}.`);
      const ok = field.fieldType === 'numeric' ? typeof value === 'number' : field.fieldType === 'text' ? typeof value === 'string' : false;
      if (!ok) return error(400, 3000, key, `Invalid value for field ${field.name} (${field.fieldType}).`);
    }
    return undefined;
  }

  function addComment(request: SimulatorRequest, recordId: string, fieldId: string, records: Map<string, unknown>, comments: Map<string, string[]>): SimulatorReply {
    if (!records.has(recordId)) return error(404, 1000, recordId, `Record ${recordId} not found.`);
    if (fieldById.get(fieldId)?.fieldType !== 'comments') return error(400, 3000, fieldId, `Field ${fieldId} is not a comments field.`);
    const body = request.body as Record<string, unknown>;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return error(400, 3000, 'comment', 'The request body must be a JSON comment.');
    const { createdDate, fieldId: bodyFieldId, isRichText, message, ...rest } = body;
    const unknownKey = Object.keys(rest)[0];
    if (unknownKey !== undefined) return error(400, 3000, unknownKey, `Unknown comment property ${unknownKey}.`);
    if (bodyFieldId !== fieldId) return error(400, 3000, 'fieldId', 'The comment field does not match the URL.');
    if (typeof message !== 'string' || message === '') return error(400, 3000, 'message', 'message is required.');
    if (typeof isRichText !== 'boolean') return error(400, 3000, 'isRichText', 'isRichText must be a boolean.');
    if (typeof createdDate !== 'string' || Number.isNaN(Date.parse(createdDate))) return error(400, 3000, 'createdDate', 'createdDate must be a date.');
    comments.set(recordId, [...(comments.get(recordId) ?? []), message]);
    // Swimlane answers a new comment with no content.
    return { status: 200 };
  }

  return { ...sim, appId, apiToken, fields };
}

/** Swimlane record ids: 17 characters of letters and digits. */
function randomId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(17)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** The mapping of a connector for this simulator's app: each incident key to its field. */
export function swimlaneMappings(fields: SwimlaneAppField[]): Record<string, SwimlaneAppField | null> {
  const byKey = (key: string) => fields.find((f) => f.key === key) ?? null;
  return {
    caseIdConfig: byKey('case-id'),
    caseNameConfig: byKey('case-name'),
    descriptionConfig: byKey('description'),
    severityConfig: byKey('severity'),
    commentsConfig: byKey('comments'),
    ruleNameConfig: byKey('rule-name'),
    alertIdConfig: byKey('alert-id'),
  };
}

export function swimlaneConnectorFixture(sim: SwimlaneSimulator): ConnectorFixture {
  return {
    connector_type_id: '.swimlane',
    name: 'Swimlane simulator',
    config: { apiUrl: sim.url, appId: sim.appId, connectorType: 'all', mappings: swimlaneMappings(sim.fields) },
    secrets: { apiToken: sim.apiToken },
    caseFields: { caseId: 'SIR-2024-0042' },
    plainSecrets: [sim.apiToken],
  };
}
