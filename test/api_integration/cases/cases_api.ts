/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What every cases contract test needs: one started server per file, an HTTP helper that
 * checks each answer against our OpenAPI document (docs/openapi.yaml) as it arrives, and builders for
 * request bodies. Titles, tags and spaces carry a per-run marker so the suite can share an
 * Elasticsearch cluster with other runs (ELASTICSEARCH_HOSTS) without seeing their data.
 */
import { randomBytes } from 'node:crypto';
import { authHeaders, startServerProcess, type ServerProcess, type StartOptions } from '../../helpers/server_process';
import { loadContract } from './openapi_validator';

export const contract = loadContract();

/** Lower-case and short, so it is valid inside space ids, tags and titles. */
export const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let counter = 0;
export const unique = (label: string) => `${label}-${RUN}-${++counter}`;

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, for malformed JSON. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface CasesTestServer {
  server: ServerProcess;
  call<T = any>(method: string, path: string, opts?: CallOptions): Promise<ApiAnswer<T>>;
}


/**
 * One server for the whole suite: started before its first test and stopped after its last.
 * The returned client forwards to it, so suites read `api.call(...)` as before.
 */
export function useCasesServer(options: StartOptions = {}): CasesTestServer {
  let started: CasesTestServer | undefined;
  beforeAll(async () => {
    started = await startCasesServer(options);
  });
  afterAll(async () => {
    await started?.server.stop();
  });
  const current = (): CasesTestServer => {
    if (!started) throw new Error('the suite server has not started (use the client inside tests)');
    return started;
  };
  return {
    get server() {
      return current().server;
    },
    call: (method, path, opts) => current().call(method, path, opts),
  };
}

export async function startCasesServer(options: StartOptions = {}): Promise<CasesTestServer> {
  const server = await startServerProcess(options);
  const call = async <T>(method: string, path: string, opts: CallOptions = {}): Promise<ApiAnswer<T>> => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      // A redirect is an answer the document describes, not something to follow.
      redirect: 'manual',
      headers: { ...authHeaders(server), ...opts.headers },
      body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    });
    const text = await res.text();
    let body: any = text;
    if (text && (res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    const answer = { status: res.status, body, text, headers: res.headers };
    const where = `${method} ${path} → ${res.status} ${text.slice(0, 400)}`;
    try {
      if (res.status >= 400) expectErrorBody(answer);
      // The document lists every route; only an error may come from a path it does not know.
      if (res.status < 400 || contract.hasOperation(method, path)) contract.expectResponseToMatch(method, path, res.status, text === '' ? undefined : body);
    } catch (e) {
      throw new Error(`${where}\n${(e as Error).message}`);
    }
    return answer as ApiAnswer<T>;
  };
  return { server, call };
}

/** Kibana's error body, exactly: `{ statusCode, error, message }`, no stack trace. */
export function expectErrorBody(answer: ApiAnswer): void {
  const body = answer.body as Record<string, unknown>;
  if (typeof body !== 'object' || body === null) throw new Error(`error answer is not a JSON object: ${answer.text}`);
  const keys = Object.keys(body).sort();
  if (keys.join() !== 'error,message,statusCode') throw new Error(`error body keys are ${keys.join()}, expected error,message,statusCode`);
  if (body.statusCode !== answer.status) throw new Error(`statusCode ${body.statusCode} differs from HTTP status ${answer.status}`);
  if (/\bat .*\.(js|ts):\d+/.test(answer.text)) throw new Error('error body leaks a stack trace');
  contract.expectToMatchComponent('4xx_response', body);
}

/** Asserts status and, for errors, that the message names what was wrong. */
export function expectStatus(answer: ApiAnswer, status: number, message?: RegExp): void {
  if (answer.status !== status) {
    throw new Error(`expected HTTP ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  if (message && !message.test(String(answer.body?.message))) {
    throw new Error(`error message ${JSON.stringify(answer.body?.message)} does not match ${message}`);
  }
}

export const NONE_CONNECTOR = { id: 'none', name: 'none', type: '.none', fields: null } as const;

export const caseBody = (overrides: Record<string, unknown> = {}) => ({
  title: unique('case'),
  description: 'Suspicious logins from an unknown host',
  tags: [`run-${RUN}`],
  owner: 'cases',
  settings: { syncAlerts: false },
  connector: NONE_CONNECTOR,
  ...overrides,
});

export const spacePath = (space: string | undefined, path: string) => (space && space !== 'default' ? `/s/${space}${path}` : path);

export async function createCase(api: CasesTestServer, overrides: Record<string, unknown> = {}, space?: string) {
  const res = await api.call('POST', spacePath(space, '/api/cases'), { body: caseBody(overrides) });
  expectStatus(res, 200);
  return res.body;
}

export async function createSpace(api: CasesTestServer, id: string) {
  const res = await api.call('POST', '/api/spaces/space', { body: { id, name: id } });
  expectStatus(res, 200);
}

export async function patchCase(api: CasesTestServer, theCase: { id: string; version: string }, changes: Record<string, unknown>, space?: string) {
  return api.call('PATCH', spacePath(space, '/api/cases'), { body: { cases: [{ id: theCase.id, version: theCase.version, ...changes }] } });
}

export async function addComment(api: CasesTestServer, caseId: string, comment = 'Looked at the host', space?: string) {
  const res = await api.call('POST', spacePath(space, `/api/cases/${caseId}/comments`), { body: { type: 'user', comment, owner: 'cases' } });
  expectStatus(res, 200);
  return res.body;
}

export const qs = (params: Record<string, string | number | Array<string | number>>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  return search.toString();
};

export const findCases = (api: CasesTestServer, params: Record<string, string | number | Array<string | number>>, space?: string) =>
  api.call('GET', spacePath(space, `/api/cases/_find?${qs(params)}`));

export const deleteCases = (api: CasesTestServer, ids: string[], space?: string) =>
  api.call('DELETE', spacePath(space, `/api/cases?ids=${encodeURIComponent(JSON.stringify(ids))}`));

export const userActions = async (api: CasesTestServer, caseId: string, params: Record<string, string | number | string[]> = {}, space?: string) => {
  const res = await api.call('GET', spacePath(space, `/api/cases/${caseId}/user_actions/_find?${qs({ perPage: 100, ...params })}`));
  expectStatus(res, 200);
  return res.body.userActions as Array<Record<string, any>>;
};

/** Runs `make` n times with at most `width` in flight. */
export async function inBatches<T>(n: number, width: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let start = 0; start < n; start += width) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(width, n - start) }, (_, k) => make(start + k)))));
  }
  return out;
}
