/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What the saved-object exchange contract tests share beside cases_api.ts: multipart uploads
 * (`api.call` sends JSON only) checked against docs/openapi.yaml as `api.call` checks its
 * answers, NDJSON exports read into documents, and a signed-in user holding one role.
 */
import { authHeaders } from '../../helpers/server_process';
import { contract, expectErrorBody, expectStatus, RUN, spacePath, type ApiAnswer, type CasesTestServer } from '../cases/cases_api';

export interface UploadOptions {
  /** The file's content and name (`export.ndjson` by default). */
  ndjson: string;
  filename?: string;
  /** `_resolve_import_errors`' retries, sent as the form field `retries` before the file. */
  retries?: unknown[];
  query?: Record<string, boolean>;
  space?: string;
  headers?: Record<string, string>;
}

/** POSTs a multipart form to `_import` or `_resolve_import_errors`, checking the answer against the document. */
export async function upload(api: CasesTestServer, path: string, opts: UploadOptions): Promise<ApiAnswer> {
  const form = new FormData();
  if (opts.retries) form.append('retries', JSON.stringify(opts.retries));
  form.append('file', new Blob([opts.ndjson], { type: 'application/ndjson' }), opts.filename ?? 'export.ndjson');
  const query = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)])).toString()}` : '';
  const url = `${api.server.url}${spacePath(opts.space, path)}${query}`;
  const auth = `Basic ${Buffer.from(`${api.server.username}:${api.server.password}`).toString('base64')}`;
  // fetch sets the multipart content type with its boundary.
  const res = await fetch(url, { method: 'POST', headers: { authorization: auth, 'kbn-xsrf': 'true', ...opts.headers }, body: form });
  return checked('POST', `${spacePath(opts.space, path)}${query}`, res);
}

async function checked(method: string, path: string, res: Response): Promise<ApiAnswer> {
  const text = await res.text();
  const body: any = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  const answer = { status: res.status, body, text, headers: res.headers };
  try {
    if (res.status >= 400) expectErrorBody(answer);
    contract.expectResponseToMatch(method, path, res.status, text === '' ? undefined : body);
  } catch (e) {
    throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 400)}\n${(e as Error).message}`);
  }
  return answer;
}

/** The lines of an export, parsed; the details line last unless excluded. */
export const documentsOf = (ndjson: string): Array<Record<string, any>> =>
  ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

/**
 * `POST _export`, its answer checked against the document. `api.call` would parse an
 * `application/ndjson` body as one JSON document; this keeps it as text.
 */
export async function exportCall(api: CasesTestServer, body: Record<string, unknown>, space?: string): Promise<ApiAnswer> {
  const path = spacePath(space, '/api/saved_objects/_export');
  const res = await fetch(`${api.server.url}${path}`, { method: 'POST', headers: authHeaders(api.server), body: JSON.stringify(body) });
  if (!(res.headers.get('content-type') ?? '').startsWith('application/ndjson')) return checked('POST', path, res);
  const text = await res.text();
  contract.expectResponseToMatch('POST', path, res.status, text);
  return { status: res.status, body: text, text, headers: res.headers };
}

/** Exports from a space and answers the NDJSON text. */
export async function exportNdjson(api: CasesTestServer, body: Record<string, unknown>, space?: string): Promise<string> {
  const res = await exportCall(api, body, space);
  expectStatus(res, 200);
  return res.text;
}

/** A user holding one new role with `kibana` privileges; answers the Basic header to act as them. */
export async function userWithRole(api: CasesTestServer, name: string, kibana: unknown[]): Promise<Record<string, string>> {
  const role = `${name}_${RUN}`;
  expectStatus(await api.call('PUT', `/api/security/role/${role}`, { body: { elasticsearch: { cluster: [], indices: [], run_as: [] }, kibana } }), 204);
  const username = `${name}-${RUN}`;
  const password = `${username}-pass`;
  expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password, roles: [role] } }), 200);
  return { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
}

export const BAD_CREDENTIALS = { authorization: 'Basic bm9ib2R5Om5vcGU=' };
