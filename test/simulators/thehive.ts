/**
 * A TheHive 5 stand-in: the v1 case API (create, read, patch) and case comments. Like TheHive it
 * authenticates `Authorization: Bearer <key>`, checks `X-Organisation` against the key's
 * organisations, refuses attributes a case does not have and values out of range, and answers
 * with v1 objects (`_id` like `~41016`, `_createdAt` in epoch milliseconds) and its
 * `{type, message}` error body.
 */
import { randomBytes } from 'node:crypto';
import { startSimulatorServer, type SimulatorReply } from './simulator_server';
import type { ConnectorFixture, Simulator } from './types';

export interface TheHiveSimulatorOptions {
  apiKey?: string;
  /** The organisation the key belongs to; `X-Organisation` may name it or be left out. */
  organisation?: string;
  user?: string;
}

export interface TheHiveSimulator extends Simulator {
  apiKey: string;
  organisation: string;
}

const SEVERITY_LABELS = ['', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const TLP_LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const PAP_LABELS = ['CLEAR', 'GREEN', 'AMBER', 'RED'];

/** The attributes of TheHive's InputCase (create) and InputCaseUpdate (patch) this simulator knows. */
const CASE_ATTRIBUTES = new Set(['title', 'description', 'severity', 'startDate', 'endDate', 'tags', 'flag', 'tlp', 'pap', 'status', 'summary', 'assignee']);

const error = (status: number, type: string, message: string): SimulatorReply => ({ status, body: { type, message } });

export async function startTheHiveSimulator(options: TheHiveSimulatorOptions = {}): Promise<TheHiveSimulator> {
  const apiKey = options.apiKey ?? `thehive-key-${randomBytes(8).toString('hex')}`;
  const organisation = options.organisation ?? 'SOC';
  const user = options.user ?? 'kibana@thehive.local';

  const sim = await startSimulatorServer((request, { records, comments }) => {
    if (request.headers.authorization !== `Bearer ${apiKey}`) return error(401, 'AuthenticationError', 'Authentication failure');
    const org = request.headers['x-organisation'];
    if (org !== undefined && org !== organisation) return error(403, 'AuthorizationError', `Your are not authorized to access the organisation ${String(org)}`);
    const route = /^\/api\/v1\/case(?:\/([^/]+)(\/comment)?)?$/.exec(request.path);
    if (!route) return error(404, 'NotFoundError', `${request.path} not found`);
    const [, caseId, comment] = route;
    const body = request.body;

    if (caseId === undefined) {
      if (request.method !== 'POST') return error(405, 'BadRequestError', `${request.method} is not allowed`);
      const invalid = checkCase(body, true);
      if (invalid) return invalid;
      // Cases are never deleted, so the count numbers them (and restarts after reset()).
      const sequence = records.size + 1;
      const created = newCase(sequence, body as Record<string, unknown>, user);
      records.set(created._id, created);
      return { status: 201, body: created };
    }

    const existing = records.get(decodeURIComponent(caseId));
    if (!existing) return error(404, 'NotFoundError', `Case ${decodeURIComponent(caseId)} not found`);
    if (comment) {
      if (request.method !== 'POST') return error(405, 'BadRequestError', `${request.method} is not allowed`);
      if (body === null || typeof body !== 'object' || Array.isArray(body)) return error(400, 'BadRequestError', 'Invalid json');
      const { message, ...rest } = body as Record<string, unknown>;
      if (Object.keys(rest).length > 0) return error(400, 'BadRequestError', `Unknown attribute ${Object.keys(rest)[0]}`);
      if (typeof message !== 'string' || message === '') return error(400, 'AttributeCheckingError', 'comment.message is missing');
      const list = [...(comments.get(existing._id as string) ?? []), message];
      comments.set(existing._id as string, list);
      return { status: 201, body: { _id: `~${1_000_000 + (existing.number as number) * 1000 + list.length}`, _type: 'Comment', createdBy: user, createdAt: Date.now(), message, isEdited: false, extraData: {} } };
    }
    if (request.method === 'GET') return { status: 200, body: existing };
    if (request.method !== 'PATCH') return error(405, 'BadRequestError', `${request.method} is not allowed`);
    const invalid = checkCase(body, false);
    if (invalid) return invalid;
    records.set(existing._id as string, withLabels({ ...existing, ...(body as object), _updatedBy: user, _updatedAt: Date.now() }));
    // TheHive answers a patch with no content.
    return { status: 204 };
  });

  return { ...sim, apiKey, organisation };
}

/** TheHive's InputCase rules: known attributes only, a title on create, values in range. */
function checkCase(body: unknown, create: boolean): SimulatorReply | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return error(400, 'BadRequestError', 'Invalid json');
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).find((k) => !CASE_ATTRIBUTES.has(k));
  if (unknown) return error(400, 'BadRequestError', `Unknown attribute ${unknown}`);
  const attributeError = (name: string) => error(400, 'AttributeCheckingError', `[{"name":"case.${name}","value":${JSON.stringify(input[name]) ?? 'null'},"type":"InvalidFormatAttributeError"}]`);
  if (create && (typeof input.title !== 'string' || input.title === '')) return attributeError('title');
  if (create && typeof input.description !== 'string') return attributeError('description');
  const ranges: Record<string, [number, number]> = { severity: [1, 4], tlp: [0, 4], pap: [0, 3] };
  for (const [name, [min, max]] of Object.entries(ranges)) {
    const value = input[name];
    if (value !== undefined && (!Number.isInteger(value) || (value as number) < min || (value as number) > max)) return attributeError(name);
  }
  for (const name of ['title', 'description', 'summary', 'status', 'assignee']) {
    if (input[name] !== undefined && typeof input[name] !== 'string') return attributeError(name);
  }
  if (input.tags !== undefined && !(Array.isArray(input.tags) && input.tags.every((t) => typeof t === 'string'))) return attributeError('tags');
  return undefined;
}

function newCase(sequence: number, input: Record<string, unknown>, user: string): Record<string, unknown> & { _id: string } {
  const now = Date.now();
  return withLabels({
    _id: `~${40_960 + sequence * 8}`,
    _type: 'Case',
    _createdBy: user,
    _createdAt: now,
    number: sequence,
    title: input.title,
    description: input.description,
    severity: input.severity ?? 2,
    startDate: input.startDate ?? now,
    tags: input.tags ?? [],
    flag: input.flag ?? false,
    tlp: input.tlp ?? 2,
    pap: input.pap ?? 2,
    status: 'New',
    stage: 'New',
    assignee: user,
    customFields: [],
    userPermissions: ['manageCase/create', 'manageCase/update', 'manageComment'],
    extraData: {},
    newDate: now,
    timeToDetect: 0,
  }) as Record<string, unknown> & { _id: string };
}

function withLabels(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, severityLabel: SEVERITY_LABELS[record.severity as number], tlpLabel: TLP_LABELS[record.tlp as number], papLabel: PAP_LABELS[record.pap as number] };
}

export function theHiveConnectorFixture(sim: TheHiveSimulator): ConnectorFixture {
  return {
    connector_type_id: '.thehive',
    name: 'TheHive simulator',
    config: { url: sim.url, organisation: sim.organisation },
    secrets: { apiKey: sim.apiKey },
    caseFields: { tlp: 3 },
    plainSecrets: [sim.apiKey],
  };
}
