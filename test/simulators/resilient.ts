/**
 * An IBM Resilient (QRadar SOAR) stand-in for one org. It checks Basic `apiKeyId:apiKeySecret`
 * and the org id, refuses what Resilient refuses (unknown keys, a missing name or discovery
 * date, incident types and severities outside the field's options, custom fields it does not
 * know) with Resilient's `{success: false, message, …}` body, and applies edits only when every
 * change's `old_value` is still the current value (409 otherwise, Resilient's optimistic check).
 * Incidents answer with numeric ids and epoch-millisecond dates; `objects_convert` returns rich
 * text as `{format, content}`.
 */
import { randomBytes } from 'node:crypto';
import { basicCredentials, startSimulatorServer, type SimulatorReply, type SimulatorRequest } from './simulator_server';
import type { ConnectorFixture, Simulator } from './types';

export interface ResilientSimulatorOptions {
  apiKeyId?: string;
  apiKeySecret?: string;
  orgId?: string;
}

export interface ResilientSimulator extends Simulator {
  options: Required<ResilientSimulatorOptions>;
}

type Json = Record<string, unknown>;
type Option = { value: number; label: string };

export const RESILIENT_INCIDENT_TYPES: Option[] = [
  { value: 1001, label: 'Malware' },
  { value: 1002, label: 'Phishing' },
  { value: 1003, label: 'Denial of Service' },
];
export const RESILIENT_SEVERITIES: Option[] = [
  { value: 4, label: 'Low' },
  { value: 5, label: 'Medium' },
  { value: 6, label: 'High' },
];

const FIELDS: Array<{ name: string; text: string; input_type: string; required: string | null; prefix: string | null; values: Option[] }> = [
  { name: 'name', text: 'Name', input_type: 'text', required: 'always', prefix: null, values: [] },
  { name: 'description', text: 'Description', input_type: 'textarea', required: null, prefix: null, values: [] },
  { name: 'discovered_date', text: 'Date Discovered', input_type: 'datetimepicker', required: 'always', prefix: null, values: [] },
  { name: 'incident_type_ids', text: 'Incident Type', input_type: 'multiselect', required: null, prefix: null, values: RESILIENT_INCIDENT_TYPES },
  { name: 'severity_code', text: 'Severity', input_type: 'select', required: null, prefix: null, values: RESILIENT_SEVERITIES },
  { name: 'resolution_summary', text: 'Resolution Summary', input_type: 'textarea', required: null, prefix: null, values: [] },
  { name: 'ticket_ref', text: 'Ticket reference', input_type: 'text', required: null, prefix: 'properties', values: [] },
  { name: 'risk_score', text: 'Risk score', input_type: 'number', required: null, prefix: 'properties', values: [] },
];
const fieldMeta = (f: (typeof FIELDS)[number], i: number) => ({
  id: 100 + i,
  name: f.name,
  text: f.text,
  prefix: f.prefix,
  type_id: 0,
  input_type: f.input_type,
  required: f.required,
  read_only: false,
  blank_option: f.input_type === 'select',
  internal: f.prefix === null,
  values: f.values.map((v) => ({ ...v, enabled: true, hidden: false, default: false, properties: null })),
});

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (status: number, message: string, errorCode = 'generic'): SimulatorReply => ({ status, body: { success: false, title: null, message, hints: [], error_code: errorCode } });
const TOP_LEVEL = new Set(['name', 'description', 'discovered_date', 'incident_type_ids', 'severity_code', 'resolution_summary', 'properties']);

/** A value the way Resilient compares it: empty text, empty lists and absent values are alike. */
const normalize = (v: unknown): unknown => (v === '' || v === undefined || (Array.isArray(v) && v.length === 0) ? null : Array.isArray(v) ? [...v].sort() : v);

/** The plain value inside a change value (`{text}`, `{textarea}`, `{ids}`, …), or an error text. */
function changeValue(field: (typeof FIELDS)[number], shape: unknown): { value: unknown } | string {
  if (!isObject(shape)) return `Invalid value for field '${field.name}'`;
  const keys = Object.keys(shape);
  if (keys.length === 0) return { value: null };
  const [kind] = keys;
  const value = shape[kind];
  const expected: Record<string, string[]> = { text: ['text'], textarea: ['textarea'], multiselect: ['ids'], select: ['id'], datetimepicker: ['date'], number: ['object', 'number'] };
  if (keys.length !== 1 || !(expected[field.input_type] ?? []).includes(kind)) return `Invalid value type '${kind}' for field '${field.name}'`;
  if (kind === 'textarea') {
    if (value === null) return { value: null };
    if (!isObject(value) || typeof value.content !== 'string' || !['html', 'text'].includes(String(value.format))) return `Invalid text content for field '${field.name}'`;
    return { value: { format: value.format, content: value.content } };
  }
  if (kind === 'ids') {
    if (!Array.isArray(value) || value.some((id) => !field.values.some((o) => o.value === id))) return `Invalid value for field '${field.name}': ${JSON.stringify(value)}`;
    return { value };
  }
  if (kind === 'id') return field.values.some((o) => o.value === value) ? { value } : `Invalid value for field '${field.name}': ${JSON.stringify(value)}`;
  if (kind === 'text') return typeof value === 'string' ? { value } : `Invalid value for field '${field.name}'`;
  return typeof value === 'number' ? { value } : `Invalid value for field '${field.name}'`;
}

export async function startResilientSimulator(options: ResilientSimulatorOptions = {}): Promise<ResilientSimulator> {
  const settings: Required<ResilientSimulatorOptions> = {
    apiKeyId: options.apiKeyId ?? `key-${randomBytes(6).toString('hex')}`,
    apiKeySecret: options.apiKeySecret ?? `resilient-secret-${randomBytes(12).toString('hex')}`,
    orgId: options.orgId ?? '201',
  };
  let sequence = 2000;
  let commentSequence = 500;
  let clock = 0;
  /** Resilient's modification dates never repeat, so "pushed again" always moves forward. */
  const now = () => (clock = Math.max(Date.now(), clock + 1));

  const handler = (request: SimulatorRequest, { records, comments }: Pick<Simulator, 'records' | 'comments'>): SimulatorReply => {
    const credentials = basicCredentials(request);
    if (!credentials || credentials.username !== settings.apiKeyId || credentials.password !== settings.apiKeySecret) return fail(401, 'Unauthorized', 'unauthorized');
    const match = /^\/rest\/orgs\/([^/]+)(\/.*)$/.exec(request.path);
    if (!match) return fail(404, 'Not Found');
    if (decodeURIComponent(match[1]) !== settings.orgId) return fail(403, `Access denied to organization ${decodeURIComponent(match[1])}`, 'forbidden');
    const path = match[2];
    if (request.method !== 'GET' && !String(request.headers['content-type'] ?? '').includes('application/json')) return fail(415, 'Unsupported Media Type');
    const fieldsMatch = /^\/types\/incident\/fields(?:\/([^/]+))?$/.exec(path);
    if (request.method === 'GET' && fieldsMatch) {
      if (!fieldsMatch[1]) return { status: 200, body: FIELDS.map(fieldMeta) };
      const index = FIELDS.findIndex((f) => f.name === fieldsMatch[1]);
      return index < 0 ? fail(404, `Field not found: ${fieldsMatch[1]}`) : { status: 200, body: fieldMeta(FIELDS[index], index) };
    }
    if (request.method === 'POST' && path === '/incidents') return createIncident(request.body, records);
    const incidentMatch = /^\/incidents\/(\d+)(\/comments)?$/.exec(path);
    const incident = incidentMatch ? records.get(incidentMatch[1]) : undefined;
    if (!incidentMatch || !incident) return fail(404, `Incident not found: ${incidentMatch?.[1] ?? path}`, 'not_found');
    if (incidentMatch[2]) return request.method === 'POST' ? addComment(request.body, incident, comments) : fail(405, 'Method Not Allowed');
    if (request.method === 'GET') return { status: 200, body: view(incident, request.query.get('text_content_output_format') === 'objects_convert') };
    if (request.method === 'PATCH') return patchIncident(request.body, incident);
    return fail(405, 'Method Not Allowed');
  };

  /** Without `objects_convert`, rich text comes back as its content only. */
  const view = (incident: Json, objects: boolean) => (objects ? incident : { ...incident, description: isObject(incident.description) ? incident.description.content : null });

  function createIncident(body: unknown, records: Map<string, Json>): SimulatorReply {
    if (!isObject(body)) return fail(400, 'Request body must be an incident object');
    const unknown = Object.keys(body).find((k) => !TOP_LEVEL.has(k));
    if (unknown) return fail(400, `Unrecognized field "${unknown}"`);
    if (typeof body.name !== 'string' || body.name.trim() === '') return fail(400, "The 'name' field is required.");
    if (typeof body.discovered_date !== 'number') return fail(400, "The 'discovered_date' field is required.");
    const stored: Json = { name: body.name, discovered_date: body.discovered_date, description: null, incident_type_ids: [], severity_code: null, resolution_summary: null, properties: {} };
    // Rich text comes as `{format, content}`, or as a plain string (stored as text).
    for (const field of [FIELDS[1], FIELDS[5]]) {
      const given = body[field.name];
      if (given === undefined) continue;
      const checked = changeValue(field, { textarea: typeof given === 'string' ? { format: 'text', content: given } : given });
      if (typeof checked === 'string') return fail(400, checked);
      stored[field.name] = checked.value;
    }
    if (body.incident_type_ids !== undefined) {
      const ids = Array.isArray(body.incident_type_ids) ? body.incident_type_ids.map((t) => (isObject(t) ? t.id : t)) : null;
      const checked = changeValue(FIELDS[3], { ids });
      if (typeof checked === 'string') return fail(400, checked);
      stored.incident_type_ids = checked.value;
    }
    if (body.severity_code !== undefined) {
      const checked = changeValue(FIELDS[4], { id: isObject(body.severity_code) ? body.severity_code.id : body.severity_code });
      if (typeof checked === 'string') return fail(400, checked);
      stored.severity_code = checked.value;
    }
    if (body.properties !== undefined) {
      if (!isObject(body.properties)) return fail(400, "Invalid value for field 'properties'");
      const unknownProperty = Object.keys(body.properties).find((k) => !FIELDS.some((f) => f.prefix === 'properties' && f.name === k));
      if (unknownProperty) return fail(400, `Unknown custom field: ${unknownProperty}`);
      stored.properties = { ...body.properties };
    }
    sequence += 1;
    const created = now();
    const incident = { id: sequence, org_id: Number(settings.orgId), ...stored, create_date: created, inc_last_modified_date: created, plan_status: 'A' };
    records.set(String(sequence), incident);
    return { status: 200, body: incident };
  }

  function patchIncident(body: unknown, incident: Json): SimulatorReply {
    if (!isObject(body) || !Array.isArray(body.changes)) return fail(400, "The 'changes' field is required.");
    const unknown = Object.keys(body).find((k) => k !== 'changes' && k !== 'version');
    if (unknown) return fail(400, `Unrecognized field "${unknown}"`);
    const applied: Array<[(typeof FIELDS)[number], unknown]> = [];
    for (const change of body.changes as unknown[]) {
      if (!isObject(change) || !isObject(change.field) || typeof change.field.name !== 'string') return fail(400, 'Each change needs a field name');
      const field = FIELDS.find((f) => f.name === (change.field as Json).name);
      if (!field) return fail(400, `Unknown field: ${String(change.field.name)}`);
      const oldValue = changeValue(field, change.old_value);
      const newValue = changeValue(field, change.new_value);
      if (typeof oldValue === 'string') return fail(400, oldValue);
      if (typeof newValue === 'string') return fail(400, newValue);
      const container = field.prefix ? (incident[field.prefix] as Json) : incident;
      const current = container[field.name];
      const comparable = (v: unknown) => normalize(field.input_type === 'textarea' && isObject(v) ? v.content : v);
      if (JSON.stringify(comparable(oldValue.value)) !== JSON.stringify(comparable(current))) {
        return fail(409, `The ${field.text} field has been changed by another user since the old value was read.`, 'conflict');
      }
      applied.push([field, newValue.value]);
    }
    for (const [field, value] of applied) {
      if (field.prefix) incident[field.prefix] = { ...(incident[field.prefix] as Json), [field.name]: value };
      else incident[field.name] = field.input_type === 'multiselect' && value === null ? [] : value;
    }
    incident.inc_last_modified_date = now();
    return { status: 200, body: { success: true, title: null, message: null, hints: [] } };
  }

  function addComment(body: unknown, incident: Json, comments: Map<string, string[]>): SimulatorReply {
    if (!isObject(body)) return fail(400, 'Request body must be a comment object');
    const unknown = Object.keys(body).find((k) => k !== 'text' && k !== 'parent_id');
    if (unknown) return fail(400, `Unrecognized field "${unknown}"`);
    const text = isObject(body.text) ? body.text : undefined;
    if (!text || typeof text.content !== 'string' || text.content.trim() === '' || !['text', 'html'].includes(String(text.format))) return fail(400, "The 'text' field is required.");
    commentSequence += 1;
    const id = String(incident.id);
    comments.set(id, [...(comments.get(id) ?? []), text.content]);
    const created = now();
    return { status: 200, body: { id: commentSequence, parent_id: null, inc_id: incident.id, text: text.content, type: 'incident', create_date: created, modify_date: created } };
  }

  const server = await startSimulatorServer(handler);
  return Object.assign(server, { options: settings });
}

/** A `.resilient` connector for the simulator, and case fields it accepts (Malware + Phishing, High). */
export function resilientConnectorFixture(sim: ResilientSimulator): ConnectorFixture {
  return {
    connector_type_id: '.resilient',
    name: 'IBM Resilient simulator',
    config: { apiUrl: sim.url, orgId: sim.options.orgId },
    secrets: { apiKeyId: sim.options.apiKeyId, apiKeySecret: sim.options.apiKeySecret },
    caseFields: { incidentTypes: ['1001', '1002'], severityCode: '6' },
    plainSecrets: [sim.options.apiKeySecret],
  };
}
