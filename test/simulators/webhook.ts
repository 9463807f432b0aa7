/**
 * A generic REST ticketing API for the cases webhook connector: tickets created, read, replaced
 * and commented on under `/api/tickets`, behind Basic authentication. It refuses what a strict
 * API refuses (a body that is not JSON, unknown or mistyped fields, a missing title) with a
 * `{error, message}` body, and keeps every request's parsed JSON body (`requests`) so tests
 * can assert what the connector's templates rendered.
 *
 * - `POST /api/tickets` → 201 `{data: {id, key}}`
 * - `GET /api/tickets/:id` (or `POST /api/tickets/_get` with `{id}`) → `{data: {id, key, title, ...}}`
 * - `PUT /api/tickets/:id` → `{data: {...}}`
 * - `POST /api/tickets/:id/comments` with `{body}` → 201 `{data: {id}}`
 */
import { randomBytes } from 'node:crypto';
import { basicCredentials, startSimulatorServer, type SimulatorReply } from './simulator_server';
import type { ConnectorFixture, Simulator } from './types';

export interface WebhookSimulatorOptions {
  user?: string;
  password?: string;
  /** The ticket key prefix: tickets are `SEC-1`, `SEC-2`, ... */
  project?: string;
}

export interface WebhookSimulator extends Simulator {
  user: string;
  password: string;
}

type Ticket = Record<string, unknown> & { id: string; key: string };

/** The ticket fields and their JSON types; `title` is required on create. */
const TICKET_FIELDS: Record<string, 'string' | 'string[]'> = { title: 'string', description: 'string', tags: 'string[]', severity: 'string', status: 'string', caseId: 'string' };

const reply = (status: number, error: string, message: string): SimulatorReply => ({ status, body: { error, message } });

export async function startWebhookSimulator(options: WebhookSimulatorOptions = {}): Promise<WebhookSimulator> {
  const user = options.user ?? 'elastic-cases';
  const password = options.password ?? `webhook-pass-${randomBytes(8).toString('hex')}`;
  const project = options.project ?? 'SEC';

  const sim = await startSimulatorServer((request, { records, comments }) => {
    const credentials = basicCredentials(request);
    if (credentials?.username !== user || credentials.password !== password) return { ...reply(401, 'Unauthorized', 'Invalid credentials'), headers: { 'www-authenticate': 'Basic realm="tickets"' } };
    if ((request.method === 'POST' || request.method === 'PUT') && !String(request.headers['content-type'] ?? '').includes('application/json')) {
      return reply(415, 'Unsupported Media Type', 'Expected application/json');
    }
    if ((request.method === 'POST' || request.method === 'PUT') && (request.body === null || typeof request.body !== 'object' || Array.isArray(request.body))) {
      return reply(400, 'Bad Request', 'Body must be a JSON object');
    }
    const body = request.body as Record<string, unknown>;
    const tickets = records as Map<string, Ticket>;

    if (request.path === '/api/tickets' && request.method === 'POST') {
      const invalid = checkTicket(body, true);
      if (invalid) return invalid;
      // Tickets are never deleted, so the count numbers them (and restarts after reset()).
      const sequence = tickets.size + 1;
      const ticket: Ticket = { id: String(1000 + sequence), key: `${project}-${sequence}`, ...body, createdAt: new Date().toISOString() };
      tickets.set(ticket.id, ticket);
      return { status: 201, body: { data: { id: ticket.id, key: ticket.key } } };
    }
    if (request.path === '/api/tickets/_get' && request.method === 'POST') {
      const { id, ...rest } = body;
      if (typeof id !== 'string' || Object.keys(rest).length > 0) return reply(400, 'Bad Request', 'Expected {"id": string}');
      return read(tickets, id);
    }
    const match = /^\/api\/tickets\/([^/]+)(\/comments)?$/.exec(request.path);
    if (!match) return reply(404, 'Not Found', `No route ${request.method} ${request.path}`);
    const id = decodeURIComponent(match[1]);
    if (match[2]) return request.method === 'POST' ? addComment(tickets, comments, id, body) : reply(405, 'Method Not Allowed', request.method);
    if (request.method === 'GET') return read(tickets, id);
    if (request.method === 'PUT') return update(tickets, id, body);
    return reply(405, 'Method Not Allowed', request.method);
  });

  return { ...sim, user, password };
}

function read(tickets: Map<string, Ticket>, id: string): SimulatorReply {
  const ticket = tickets.get(id);
  return ticket ? { status: 200, body: { data: ticket } } : reply(404, 'Not Found', `Ticket ${id} not found`);
}

function update(tickets: Map<string, Ticket>, id: string, body: Record<string, unknown>): SimulatorReply {
  const ticket = tickets.get(id);
  if (!ticket) return reply(404, 'Not Found', `Ticket ${id} not found`);
  const invalid = checkTicket(body, false);
  if (invalid) return invalid;
  const updated = { ...ticket, ...body, updatedAt: new Date().toISOString() };
  tickets.set(id, updated);
  return { status: 200, body: { data: updated } };
}

function addComment(tickets: Map<string, Ticket>, comments: Map<string, string[]>, id: string, body: Record<string, unknown>): SimulatorReply {
  if (!tickets.has(id)) return reply(404, 'Not Found', `Ticket ${id} not found`);
  const { body: text, ...rest } = body;
  if (Object.keys(rest).length > 0) return reply(400, 'Bad Request', `Unknown field "${Object.keys(rest)[0]}"`);
  if (typeof text !== 'string' || text === '') return reply(400, 'Bad Request', 'Field "body" must be a non-empty string');
  const list = [...(comments.get(id) ?? []), text];
  comments.set(id, list);
  return { status: 201, body: { data: { id: `${id}-c${list.length}` } } };
}

function checkTicket(body: Record<string, unknown>, create: boolean): SimulatorReply | undefined {
  for (const [field, value] of Object.entries(body)) {
    const type = TICKET_FIELDS[field];
    if (!type) return reply(400, 'Bad Request', `Unknown field "${field}"`);
    const ok = type === 'string' ? typeof value === 'string' : Array.isArray(value) && value.every((v) => typeof v === 'string');
    if (!ok) return reply(400, 'Bad Request', `Field "${field}" must be ${type === 'string' ? 'a string' : 'an array of strings'}`);
  }
  if (create && (typeof body.title !== 'string' || body.title === '')) return reply(400, 'Bad Request', 'Field "title" is required');
  return undefined;
}

/** The templates of a connector for this API (Kibana's cases webhook config). */
export function webhookConnectorConfig(url: string): Record<string, unknown> {
  return {
    createIncidentUrl: `${url}/api/tickets`,
    createIncidentMethod: 'post',
    createIncidentJson: '{"title":{{{case.title}}},"description":{{{case.description}}},"tags":{{{case.tags}}},"severity":{{{case.severity}}},"status":{{{case.status}}},"caseId":{{{case.id}}}}',
    createIncidentResponseKey: 'data.id',
    getIncidentUrl: `${url}/api/tickets/{{{external.system.id}}}`,
    getIncidentResponseExternalTitleKey: 'data.key',
    viewIncidentUrl: `${url}/browse/{{{external.system.title}}}`,
    updateIncidentUrl: `${url}/api/tickets/{{{external.system.id}}}`,
    updateIncidentMethod: 'put',
    updateIncidentJson: '{"title":{{{case.title}}},"description":{{{case.description}}},"tags":{{{case.tags}}},"severity":{{{case.severity}}},"status":{{{case.status}}}}',
    createCommentUrl: `${url}/api/tickets/{{{external.system.id}}}/comments`,
    createCommentMethod: 'post',
    createCommentJson: '{"body":{{{case.comment}}}}',
    hasAuth: true,
    authType: 'webhook-authentication-basic',
    headers: { 'X-Client': 'elastic-cases' },
  };
}

export function webhookConnectorFixture(sim: WebhookSimulator): ConnectorFixture {
  return {
    connector_type_id: '.cases-webhook',
    name: 'Ticketing webhook simulator',
    config: webhookConnectorConfig(sim.url),
    secrets: { user: sim.user, password: sim.password },
    caseFields: null,
    plainSecrets: [sim.password],
  };
}
