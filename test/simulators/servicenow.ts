/**
 * A ServiceNow instance with both Elastic apps installed (ITSM and SecOps): the table API for
 * `incident` and `sn_si_incident`, the apps' import sets, health and observables endpoints, the
 * dictionary and choice tables, and the OAuth JWT-bearer token endpoint. It checks Basic
 * credentials (or a token it issued) as an instance does and refuses unknown columns and
 * non-string values with ServiceNow's error body — stricter than a real instance, which
 * ignores unknown columns, so that a connector sending a wrong field name fails its tests.
 */
import { createPublicKey, createVerify, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { basicCredentials, startSimulatorServer, type SimulatorReply, type SimulatorRequest } from './simulator_server';
import { choiceRows, dictionaryRows, parseEncodedQuery, snError, snTimestamp, tableByImportSet, tableByScope, TABLES, type TableInfo } from './servicenow_tables';
import type { ConnectorFixture, Simulator } from './types';

export interface ServiceNowOAuthSettings {
  clientId: string;
  clientSecret: string;
  jwtKeyId: string;
  userIdentifierValue: string;
  /** PEM of the key pair's public half (the instance's "JWT verifier map"). */
  publicKey: string;
  /** The private half, for fixtures; the instance never uses it. */
  privateKey: string;
}

export interface ServiceNowSimulatorOptions {
  username?: string;
  password?: string;
  /** Accept OAuth JWT-bearer tokens too; `true` makes a fresh key pair and client. */
  oauth?: ServiceNowOAuthSettings | true;
}

export interface ServiceNowSimulator extends Simulator {
  username: string;
  password: string;
  oauth?: ServiceNowOAuthSettings;
  /** Observables the SecOps app received, by incident sys_id. */
  observables: Map<string, Array<{ value: string; type: string }>>;
  /** Which Elastic apps answer (both by default); a missing app has no health endpoint and no import set. */
  apps: { itsm: boolean; sir: boolean };
  /** A hibernating developer instance answers every request with a 200 HTML page. */
  hibernating: boolean;
}

const OBSERVABLE_TYPES = new Set(['ipv4-addr', 'ipv6-addr', 'SHA256', 'SHA1', 'MD5', 'URL', 'domain-name', 'email-addr']);
const NOT_A_RESOURCE = snError(400, 'Requested URI does not represent any resource');
const NO_RECORD = snError(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval");

export function makeOAuthSettings(): ServiceNowOAuthSettings {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return { clientId: randomBytes(16).toString('hex'), clientSecret: `sn-client-secret-${randomUUID()}`, jwtKeyId: randomBytes(16).toString('hex'), userIdentifierValue: 'elastic.integration@example.com', publicKey, privateKey };
}

export async function startServiceNowSimulator(options: ServiceNowSimulatorOptions = {}): Promise<ServiceNowSimulator> {
  const username = options.username ?? 'elastic-integration';
  const password = options.password ?? `sn-password-${randomUUID()}`;
  const oauth = options.oauth === true ? makeOAuthSettings() : options.oauth;
  const observables = new Map<string, Array<{ value: string; type: string }>>();
  const tokens = new Set<string>();
  const counters = { incident: 10000, sn_si_incident: 10000, importSet: 10000 };
  let records: Map<string, Record<string, unknown>> = new Map();
  let comments: Map<string, string[]> = new Map();

  const view = (record: Record<string, unknown>) => {
    const reference = (user: unknown) => (typeof user === 'string' && user !== '' ? { link: `${sim.url}/api/now/table/sys_user/${user}`, value: user } : '');
    // Journal fields read back empty from the table API; what was written is in `comments`.
    return { ...record, caller_id: reference(record.caller_id), opened_by: reference(record.opened_by), work_notes: '', comments: '' };
  };

  /** Applies column values to a record; nulls clear a column on the table API and are skipped by the import set's transform. */
  const apply = (record: Record<string, unknown>, fields: Record<string, unknown>, nullClears: boolean) => {
    for (const [column, value] of Object.entries(fields)) {
      if (value === null && !nullClears) continue;
      if (column === 'work_notes' || column === 'comments') {
        if (typeof value === 'string' && value !== '') comments.set(record.sys_id as string, [...(comments.get(record.sys_id as string) ?? []), value]);
        continue;
      }
      record[column] = value ?? '';
    }
    record.sys_updated_on = snTimestamp();
  };

  const insert = (table: TableInfo, fields: Record<string, unknown>, nullClears: boolean) => {
    counters[table.table] += 1;
    const now = snTimestamp();
    const record: Record<string, unknown> = { sys_id: randomBytes(16).toString('hex'), number: `${table.numberPrefix}00${counters[table.table]}`, sys_class_name: table.table, sys_created_on: now, sys_updated_on: now, state: '1' };
    records.set(record.sys_id as string, record);
    apply(record, fields, nullClears);
    return record;
  };

  const findRecord = (table: TableInfo, sysId: string) => {
    const record = records.get(sysId);
    return record?.sys_class_name === table.table ? record : undefined;
  };

  /** Unknown columns or non-string values: the 400 a strict instance would give. */
  const refuseFields = (body: unknown, allowed: Set<string>): SimulatorReply | undefined => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return snError(400, 'Exception while reading request', 'The payload is not valid JSON.');
    const unknown = Object.keys(body).filter((k) => !allowed.has(k));
    if (unknown.length > 0) return snError(400, 'Invalid field(s)', `Unknown field(s): ${unknown.join(', ')}`);
    const wrongType = Object.entries(body).find(([, v]) => v !== null && typeof v !== 'string');
    return wrongType ? snError(400, 'Invalid value', `Field ${wrongType[0]} expects a string`) : undefined;
  };

  function importSet(table: TableInfo, body: unknown): SimulatorReply {
    if (!sim.apps[table.app]) return snError(400, `Invalid table ${table.importSetTable}`);
    const staging = new Set([...table.stagingColumns.map((c) => `u_${c}`), 'elastic_incident_id', ...table.columns]);
    const refused = refuseFields(body, staging);
    if (refused) return refused;
    const { elastic_incident_id: target, ...row } = body as Record<string, string | null>;
    // The app's transform map: staging columns to incident columns; unprefixed ones are extra fields.
    const fields = Object.fromEntries(Object.entries(row).map(([k, v]) => [k.startsWith('u_') ? k.slice(2) : k, v]));
    counters.importSet += 1;
    const head = { import_set: `ISET00${counters.importSet}`, staging_table: table.importSetTable };
    const transformMap = `Elastic ${table.app === 'itsm' ? 'Incident' : 'Security Incident'}`;
    let record: Record<string, unknown> | undefined;
    if (target != null) {
      record = findRecord(table, target);
      if (!record) return { status: 201, body: { ...head, result: [{ transform_map: transformMap, status: 'error', error_message: `No ${table.table} found with sys_id ${target}`, status_message: 'Row transform ignored' }] } };
      apply(record, fields, false);
    } else {
      record = insert(table, fields, false);
    }
    const result = { transform_map: transformMap, table: table.table, display_name: 'number', display_value: record.number, record_link: `${sim.url}/api/now/table/${table.table}/${record.sys_id}`, status: target != null ? 'updated' : 'inserted', sys_id: record.sys_id };
    return { status: 201, body: { ...head, result: [result] } };
  }

  function tableApi(table: TableInfo, request: SimulatorRequest, sysId: string | undefined): SimulatorReply {
    if (request.method === 'POST' && sysId === undefined) {
      const refused = refuseFields(request.body, new Set(table.columns));
      return refused ?? { status: 201, body: { result: view(insert(table, request.body as Record<string, unknown>, true)) } };
    }
    if (request.method === 'GET' && sysId === undefined) {
      const conditions = parseEncodedQuery(request.query.get('sysparm_query') ?? '');
      const correlation = conditions.get('correlation_id')?.[0];
      const rows = [...records.values()].filter((r) => r.sys_class_name === table.table && (correlation === undefined || r.correlation_id === correlation));
      rows.sort((a, b) => String(b.sys_created_on).localeCompare(String(a.sys_created_on)));
      return { status: 200, body: { result: rows.map(view) } };
    }
    const record = sysId === undefined ? undefined : findRecord(table, sysId);
    if (!record) return NO_RECORD;
    if (request.method === 'GET') return { status: 200, body: { result: view(record) } };
    if (request.method === 'PATCH' || request.method === 'PUT') {
      const refused = refuseFields(request.body, new Set(table.columns));
      if (refused) return refused;
      apply(record, request.body as Record<string, unknown>, true);
      return { status: 200, body: { result: view(record) } };
    }
    return snError(405, 'Method not Supported', `${request.method} is not supported`);
  }

  function lookup(kind: 'sys_dictionary' | 'sys_choice', request: SimulatorRequest): SimulatorReply {
    const conditions = parseEncodedQuery(request.query.get('sysparm_query') ?? '');
    const tables = conditions.get('name') ?? [];
    if (kind === 'sys_dictionary') return { status: 200, body: { result: dictionaryRows(tables) } };
    return { status: 200, body: { result: choiceRows(tables, conditions.get('element') ?? []) } };
  }

  function bulkObservables(incidentId: string, body: unknown): SimulatorReply {
    if (!sim.apps.sir) return NOT_A_RESOURCE;
    if (!findRecord(TABLES.sn_si_incident, incidentId)) return NO_RECORD;
    const valid = Array.isArray(body) && body.every((o) => typeof o === 'object' && o !== null && Object.keys(o).sort().join() === 'type,value' && typeof o.value === 'string' && OBSERVABLE_TYPES.has(o.type));
    if (!valid) return snError(400, 'Invalid observables', 'Expected an array of {value, type} with a known type');
    const list = body as Array<{ value: string; type: string }>;
    observables.set(incidentId, [...(observables.get(incidentId) ?? []), ...list]);
    return { status: 200, body: { result: list.map((o) => ({ value: o.value, observable_sys_id: randomBytes(16).toString('hex') })) } };
  }

  function route(request: SimulatorRequest): SimulatorReply {
    const { path, method } = request;
    const health = /^\/api\/([a-z0-9_]+)\/elastic_api\/health$/.exec(path);
    if (health && method === 'GET') {
      const table = tableByScope(health[1]);
      if (!table || !sim.apps[table.app]) return NOT_A_RESOURCE;
      return { status: 200, body: { result: { name: table.app === 'itsm' ? 'Elastic for ITSM' : 'Elastic for Security Operations', scope: table.appScope, version: '1.1.0' } } };
    }
    const importSetMatch = /^\/api\/now\/import\/([a-z0-9_]+)$/.exec(path);
    if (importSetMatch && method === 'POST') {
      const table = tableByImportSet(importSetMatch[1]);
      return table ? importSet(table, request.body) : snError(400, `Invalid table ${importSetMatch[1]}`);
    }
    const tableMatch = /^\/api\/now\/(?:v2\/)?table\/([a-z0-9_]+)(?:\/([^/]+))?$/.exec(path);
    if (tableMatch) {
      const [, name, sysId] = tableMatch;
      if ((name === 'sys_dictionary' || name === 'sys_choice') && method === 'GET' && sysId === undefined) return lookup(name, request);
      const table = TABLES[name as keyof typeof TABLES] as TableInfo | undefined;
      return table ? tableApi(table, request, sysId) : snError(400, `Invalid table ${name}`);
    }
    const bulk = /^\/api\/x_elas2_sir_int\/elastic_api\/incident\/([^/]+)\/observables\/bulk$/.exec(path);
    if (bulk && method === 'POST') return bulkObservables(bulk[1], request.body);
    return NOT_A_RESOURCE;
  }

  function authenticated(request: SimulatorRequest): boolean {
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) return tokens.has(header.slice(7));
    const credentials = basicCredentials(request);
    return credentials?.username === username && credentials.password === password;
  }

  const sim = (await startSimulatorServer((request, state) => {
    records = state.records;
    comments = state.comments;
    if (request.path === '/oauth_token.do' && request.method === 'POST') return issueToken(request, oauth, tokens);
    if (sim.hibernating) return { status: 200, body: '<html><body>Your instance is hibernating</body></html>', headers: { 'content-type': 'text/html' } };
    if (!authenticated(request)) return snError(401, 'User Not Authenticated', 'Required to provide Auth information');
    return route(request);
  })) as ServiceNowSimulator;
  const baseReset = sim.reset.bind(sim);
  Object.assign(sim, {
    username,
    password,
    oauth,
    observables,
    apps: { itsm: true, sir: true },
    hibernating: false,
    reset() {
      baseReset();
      observables.clear();
      tokens.clear();
      sim.apps = { itsm: true, sir: true };
      sim.hibernating = false;
    },
  });
  return sim;
}

const oauthError = (status: number, error: string, description: string): SimulatorReply => ({ status, body: { error, error_description: description } });

/** `/oauth_token.do` with the JWT-bearer grant: the client, then the assertion's signature and claims. */
function issueToken(request: SimulatorRequest, oauth: ServiceNowOAuthSettings | undefined, tokens: Set<string>): SimulatorReply {
  const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
  if (!String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return oauthError(400, 'invalid_request', 'Expected a form body');
  if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return oauthError(400, 'unsupported_grant_type', 'Unsupported grant type');
  if (!oauth || form.get('client_id') !== oauth.clientId || form.get('client_secret') !== oauth.clientSecret) return oauthError(401, 'access_denied', 'Client authentication failed');
  const claimsError = checkAssertion(form.get('assertion') ?? '', oauth);
  if (claimsError) return oauthError(400, 'invalid_grant', claimsError);
  const token = randomBytes(24).toString('base64url');
  tokens.add(token);
  return { status: 200, body: { access_token: token, refresh_token: randomBytes(24).toString('base64url'), scope: 'useraccount', token_type: 'Bearer', expires_in: 1799 } };
}

function checkAssertion(assertion: string, oauth: ServiceNowOAuthSettings): string | undefined {
  const parts = assertion.split('.');
  if (parts.length !== 3) return 'Malformed JWT';
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (header.alg !== 'RS256' || header.kid !== oauth.jwtKeyId) return 'Unknown JWT verifier key';
    const verified = createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(createPublicKey(oauth.publicKey), Buffer.from(parts[2], 'base64url'));
    if (!verified) return 'JWT signature is invalid';
    if (claims.iss !== oauth.clientId || claims.aud !== oauth.clientId) return 'JWT issuer or audience does not match the client';
    if (claims.sub !== oauth.userIdentifierValue) return 'User not found';
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return 'JWT has expired';
    return undefined;
  } catch {
    return 'Malformed JWT';
  }
}

/** How a test creates a connector for the simulator: the import-set mode unless `usesTableApi`. */
export function serviceNowConnectorFixture(
  sim: ServiceNowSimulator,
  type: '.servicenow' | '.servicenow-sir' = '.servicenow',
  { usesTableApi = false, useOAuth = false }: { usesTableApi?: boolean; useOAuth?: boolean } = {},
): ConnectorFixture {
  const oauth = useOAuth ? sim.oauth : undefined;
  if (useOAuth && !oauth) throw new Error('start the simulator with { oauth: true } for an OAuth fixture');
  const config = oauth
    ? { apiUrl: sim.url, usesTableApi, isOAuth: true, clientId: oauth.clientId, jwtKeyId: oauth.jwtKeyId, userIdentifierValue: oauth.userIdentifierValue }
    : { apiUrl: sim.url, usesTableApi, isOAuth: false };
  const secrets = oauth ? { clientSecret: oauth.clientSecret, privateKey: oauth.privateKey } : { username: sim.username, password: sim.password };
  const caseFields =
    type === '.servicenow'
      ? { impact: '2', severity: '1', urgency: '3', category: 'software', subcategory: 'os' }
      : { category: 'malicious_code', subcategory: 'ransomware', priority: '2', destIp: true, sourceIp: true, malwareHash: true, malwareUrl: true };
  return {
    connector_type_id: type,
    name: type === '.servicenow' ? 'ServiceNow ITSM simulator' : 'ServiceNow SecOps simulator',
    config,
    secrets,
    caseFields,
    plainSecrets: oauth ? [oauth.clientSecret, oauth.privateKey] : [sim.password],
  };
}

export const serviceNowItsmConnectorFixture = (sim: ServiceNowSimulator) => serviceNowConnectorFixture(sim, '.servicenow');
export const serviceNowSirConnectorFixture = (sim: ServiceNowSimulator) => serviceNowConnectorFixture(sim, '.servicenow-sir');
