/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What the export/import behaviour suites share, built on exchange_api.ts: importing a fixture
 * file or NDJSON text, exporting cases, reading a case back over the Cases API (the case, its
 * comments and user actions, as a client of Kibana reads them), and stripping what an import may
 * change (ids, versions, numbers) so two reads compare deep-equal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/server_process';
import { contract, expectErrorBody, expectStatus, spacePath, type ApiAnswer, type CasesTestServer } from '../cases/cases_api';
import { documentsOf, exportNdjson, upload } from './exchange_api';

export const IMPORT = '/api/saved_objects/_import';
export const RESOLVE_IMPORT = '/api/saved_objects/_resolve_import_errors';
export const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/kibana_exports');

/** A fixture file's text, by its path under test/fixtures/kibana_exports. */
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export interface ImportOptions {
  space?: string;
  overwrite?: boolean;
  createNewCopies?: boolean;
  headers?: Record<string, string>;
  filename?: string;
}

/** `_import` of NDJSON text, answer checked against the document; expects HTTP 200 unless `status` says otherwise. */
export async function importNdjson(api: CasesTestServer, ndjson: string, opts: ImportOptions = {}, status = 200): Promise<ApiAnswer> {
  const query: Record<string, boolean> = {};
  if (opts.overwrite) query.overwrite = true;
  if (opts.createNewCopies) query.createNewCopies = true;
  const res = await upload(api, IMPORT, { ndjson, space: opts.space, headers: opts.headers, filename: opts.filename, query });
  expectStatus(res, status);
  return res;
}

/** Imports a fixture file as Kibana's own tests do (`?overwrite=true`). */
export const importFixture = (api: CasesTestServer, name: string, space?: string) => importNdjson(api, fixture(name), { space, overwrite: true });

/** Exports some cases (with comments and user actions, and connectors when deep) as parsed documents, details line dropped. */
export async function exportCases(api: CasesTestServer, ids: string[], space?: string, includeReferencesDeep = true): Promise<Array<Record<string, any>>> {
  const text = await exportNdjson(api, { objects: ids.map((id) => ({ type: 'cases', id })), includeReferencesDeep, excludeExportDetails: true }, space);
  return documentsOf(text);
}

/**
 * `POST _export` as another caller (their authorization header), checked against the document:
 * an error answer is JSON, a 200 stays NDJSON text.
 */
export async function exportAs(api: CasesTestServer, body: Record<string, unknown>, headers: Record<string, string>, space?: string): Promise<ApiAnswer> {
  const path = spacePath(space, '/api/saved_objects/_export');
  const res = await fetch(`${api.server.url}${path}`, { method: 'POST', headers: { 'kbn-xsrf': 'true', 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  const answer: ApiAnswer = { status: res.status, body: isJson ? JSON.parse(text) : text, text, headers: res.headers };
  if (res.status >= 400) expectErrorBody(answer);
  contract.expectResponseToMatch('POST', path, res.status, isJson ? answer.body : text);
  return answer;
}

/** Documents back into an NDJSON file. */
export const toNdjson = (docs: unknown[]): string => docs.map((d) => JSON.stringify(d)).join('\n');

export async function getJson(api: CasesTestServer, path: string, space?: string): Promise<any> {
  const res = await api.call('GET', spacePath(space, path));
  expectStatus(res, 200);
  return res.body;
}

export interface CaseReadBack {
  theCase: Record<string, any>;
  comments: Array<Record<string, any>>;
  userActions: Array<Record<string, any>>;
}

/** A case as the Cases API answers it: the case, every comment (oldest first) and every user action (oldest first). */
export async function readCaseBack(api: CasesTestServer, caseId: string, space?: string): Promise<CaseReadBack> {
  const theCase = await getJson(api, `/api/cases/${caseId}`, space);
  // Every attachment kind (`comments/_find` lists user comments only, as Kibana's does).
  const comments = await getJson(api, `/api/cases/${caseId}/comments`, space);
  const userActions = (await getJson(api, `/api/cases/${caseId}/user_actions/_find?perPage=100&sortOrder=asc`, space)).userActions;
  return { theCase, comments, userActions };
}

/** The ids of every case in a space (up to 100). */
export async function caseIds(api: CasesTestServer, space?: string, extra = ''): Promise<string[]> {
  const found = await getJson(api, `/api/cases/_find?perPage=100${extra}`, space);
  return found.cases.map((c: { id: string }) => c.id);
}

/**
 * A read-back with what an import may change blanked: every id (case, comments, user actions,
 * and ids inside payloads), versions, numbers (`incremental_id`) and the comments inlined in the
 * case answer (compared through `comments`). `idMap` names old→new ids, so an id that must follow
 * its object is checked rather than blanked: read the original as `source` and the copy as `copy`.
 */
export function comparable(read: CaseReadBack, idMap: Record<string, string> = {}, side: 'source' | 'copy' = 'source'): unknown {
  // The source's old ids and the copy's new ids both become `<new id>`; an old id left in a copy stays as it is, and differs.
  const newIds = new Set(Object.values(idMap));
  const sameId = (id: unknown) => {
    if (typeof id !== 'string') return id;
    if (side === 'source') return idMap[id] ? `<${idMap[id]}>` : id;
    return newIds.has(id) ? `<${id}>` : id;
  };
  const { id: _id, version: _v, incremental_id: _n, comments: _c, ...theCase } = read.theCase;
  return {
    theCase: rewriteIds(theCase, sameId),
    comments: read.comments.map(({ id, version: _cv, ...rest }) => ({ ...rest, id: sameId(id) })),
    userActions: read.userActions.map(({ id: _uid, version: _uv, comment_id, payload, ...rest }) => ({
      ...rest,
      comment_id: sameId(comment_id),
      payload: rewriteIds(payload, sameId),
    })),
  };
}

function rewriteIds(value: unknown, sameId: (id: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteIds(v, sameId));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' || k.endsWith('_id') ? sameId(v) : rewriteIds(v, sameId)]));
  }
  return value;
}

const user = { username: 'importer', email: null, full_name: null };
/** A case document as a Kibana 8.7+ export writes it: status and severity persisted as numbers (open, low). */
export const caseDoc = (id: string, attributes: Record<string, unknown> = {}) => ({
  type: 'cases',
  id,
  attributes: {
    title: `imported ${id}`,
    description: 'from a file',
    tags: ['imported'],
    owner: 'cases',
    status: 0,
    severity: 0,
    assignees: [],
    connector: { name: 'none', type: '.none', fields: [] },
    settings: { syncAlerts: false },
    created_at: '2024-01-01T00:00:00.000Z',
    created_by: user,
    updated_at: null,
    updated_by: null,
    closed_at: null,
    closed_by: null,
    external_service: null,
    ...attributes,
  },
  references: [],
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: '8.7.0',
});

/** A user comment of a case, as a Kibana export writes it. */
export const commentDoc = (id: string, caseId: string, owner = 'cases') => ({
  type: 'cases-comments',
  id,
  attributes: { type: 'user', comment: `comment ${id}`, owner, created_at: '2024-01-01T00:00:00.000Z', created_by: user, pushed_at: null, pushed_by: null, updated_at: null, updated_by: null },
  references: [{ type: 'cases', id: caseId, name: 'associated-cases' }],
  coreMigrationVersion: '8.8.0',
  typeMigrationVersion: '8.1.0',
});

/** The peak resident memory of a process in kB (VmHWM), Linux only. */
export function peakRssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]);
}
