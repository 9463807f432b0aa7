/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What the files suites share: a multipart upload and a byte download checked against the
 * contract, and a look into the stores of a server's data folder (`file` objects, blob rows and
 * chunk bytes), so a test can say "nothing was left behind" without trusting the API it tests.
 */
import { request, type ClientRequest } from 'node:http';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { authHeaders, type ServerProcess } from '../../helpers/server_process';
import { contract, expectErrorBody, type ApiAnswer, type CasesTestServer } from '../cases/cases_api';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface UploadInput {
  content: Buffer;
  filename?: string;
  mimeType?: string;
  /** The optional `filename` field. */
  name?: string;
}

/** Without the JSON content type: fetch writes the multipart boundary itself. */
const headersOf = (server: ServerProcess) => {
  const { 'content-type': _json, ...rest } = authHeaders(server);
  return rest;
};

export async function uploadFile(api: CasesTestServer, caseId: string, input: UploadInput): Promise<ApiAnswer> {
  const form = new FormData();
  if (input.name !== undefined) form.append('filename', input.name);
  form.append('file', new Blob([new Uint8Array(input.content)], { type: input.mimeType ?? 'text/plain' }), input.filename ?? 'evidence.txt');
  const path = `/api/cases/${caseId}/files`;
  const res = await fetch(`${api.server.url}${path}`, { method: 'POST', headers: headersOf(api.server), body: form });
  const text = await res.text();
  const body: any = text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  const answer = { status: res.status, body, text, headers: res.headers };
  if (res.status >= 400) expectErrorBody(answer);
  contract.expectResponseToMatch('POST', path, res.status, body);
  return answer;
}

/** The id of the file a successful upload attached (the newest `.files` attachment). */
export const uploadedFileId = (theCase: any): string =>
  theCase.comments.filter((c: any) => c.externalReferenceAttachmentTypeId === '.files').pop().externalReferenceId;

export async function downloadFile(api: CasesTestServer, caseId: string, fileId: string, inline = false) {
  const path = `/internal/cases/${caseId}/files/${fileId}/download${inline ? '?inline=true' : ''}`;
  const res = await fetch(`${api.server.url}${path}`, { headers: headersOf(api.server) });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status >= 400) {
    const answer = { status: res.status, body: JSON.parse(bytes.toString()), text: bytes.toString(), headers: res.headers };
    expectErrorBody(answer);
  }
  contract.expectResponseToMatch('GET', path, res.status, res.status >= 400 ? JSON.parse(bytes.toString()) : undefined);
  return { status: res.status, bytes, headers: res.headers };
}

/** Rows of what the stores hold for files, read beside the server (WAL lets a reader in). */
export function storeCounts(dataDir: string): { files: number; uploading: number; blobs: number; chunkBytes: number } {
  const store = new Database(join(dataDir, 'cases.sqlite'), { readonly: true, fileMustExist: true });
  const blobs = new Database(join(dataDir, 'cases-blobs.sqlite'), { readonly: true, fileMustExist: true });
  try {
    // Attributes are stored as SQLite JSONB.
    const rows = store.prepare(`SELECT json_extract(attributes, '$.Status') AS status FROM "so:file"`).all() as Array<{ status: string }>;
    const uploading = rows.filter((r) => r.status === 'UPLOADING').length;
    const blobRows = (blobs.prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n;
    const chunkBytes = (blobs.prepare('SELECT coalesce(sum(length(data)), 0) AS n FROM blob_chunks').get() as { n: number }).n;
    return { files: rows.length, uploading, blobs: blobRows, chunkBytes };
  } finally {
    store.close();
    blobs.close();
  }
}

const RAW_BOUNDARY = '----cases-raw-upload';

/**
 * Opens an upload by hand and sends only its multipart head: the body length declared is that of
 * a `declaredBytes` file, so the test decides how much of it arrives before it stops (abort, kill).
 */
export function openRawUpload(api: CasesTestServer, caseId: string, filename: string, declaredBytes: number): ClientRequest {
  const head = Buffer.from(`--${RAW_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/zip\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${RAW_BOUNDARY}--\r\n`);
  const req = request(`${api.server.url}/api/cases/${caseId}/files`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`elastic:${api.server.password}`).toString('base64')}`,
      'kbn-xsrf': 'true',
      'content-type': `multipart/form-data; boundary=${RAW_BOUNDARY}`,
      'content-length': String(head.length + declaredBytes + tail.length),
    },
  });
  req.write(head);
  return req;
}

/** Reads until `done` holds or the time is up (then returns the last reading, for the assertion to show). */
export async function pollUntil<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = read();
  while (!done(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    value = read();
  }
  return value;
}
