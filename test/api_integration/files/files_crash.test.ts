/**
 * kill -9 during an upload: the uploads acknowledged before it all download byte-identical after
 * a restart on the same data folder, and the interrupted one leaves nothing once the sweep has
 * run (no UPLOADING `file` object, no blob row, no chunk). The sweep takes uploads silent for a
 * minute (another process sharing the store may be uploading), so the restart comes a minute
 * after the last sign of life of the interrupted upload.
 */
import type { ClientRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createCase, startCasesServer, type CasesTestServer } from '../cases/cases_api';
import { downloadFile, openRawUpload, pollUntil, sha256, storeCounts, uploadFile, uploadedFileId } from './files_helpers';

jest.setTimeout(180_000);

const STALE_AFTER_MS = 60_000;

/** Starts a 6 MiB upload and sends its first 3 MiB; the request is left open. */
function startUpload(api: CasesTestServer, caseId: string): ClientRequest {
  const req = openRawUpload(api, caseId, 'dump.zip', 6 * 1024 * 1024);
  req.on('error', () => undefined);
  req.write(randomBytes(3 * 1024 * 1024));
  return req;
}


let api: CasesTestServer | undefined;
afterAll(() => api?.server.stop());

it('keeps every acknowledged file and leaves no trace of the interrupted one', async () => {
  api = await startCasesServer();
  const { dataDir, password } = api.server;
  const theCase = await createCase(api);
  const acknowledged: Array<{ id: string; content: Buffer }> = [];
  for (const size of [10, 300 * 1024, 2 * 1024 * 1024 + 17]) {
    const content = randomBytes(size);
    const res = await uploadFile(api, theCase.id, { content, filename: `f${size}.zip`, mimeType: 'application/zip' });
    expect(res.status).toBe(200);
    acknowledged.push({ id: uploadedFileId(res.body), content });
  }

  const pending = startUpload(api, theCase.id);
  // The interrupted upload has its UPLOADING object and some chunks when the process dies.
  const during = await pollUntil(() => storeCounts(dataDir), (c) => c.uploading === 1 && c.chunkBytes > 5 * 1024 * 1024, 20_000);
  expect(during.uploading).toBe(1);
  const lastSignOfLife = Date.now();
  await api.server.kill('SIGKILL');
  pending.destroy();

  // Still there after the crash: what the sweep must remove.
  expect(storeCounts(dataDir)).toMatchObject({ uploading: 1 });
  await new Promise((r) => setTimeout(r, Math.max(0, lastSignOfLife + STALE_AFTER_MS + 2_000 - Date.now())));

  api = await startCasesServer({ dataDir, password });
  const expectedBytes = acknowledged.reduce((sum, f) => sum + f.content.length, 0);
  const after = await pollUntil(() => storeCounts(dataDir), (c) => c.uploading === 0 && c.chunkBytes === expectedBytes, 20_000);
  expect(after).toEqual({ files: 3, uploading: 0, blobs: 3, chunkBytes: expectedBytes });

  for (const { id, content } of acknowledged) {
    const got = await downloadFile(api, theCase.id, id);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(content));
  }
  const listed = await api.call('GET', `/internal/cases/${theCase.id}/files`);
  expect(listed.body.total).toBe(3);
  const comments = (await api.call('GET', `/api/cases/${theCase.id}`)).body.comments;
  expect(comments.filter((c: { type: string }) => c.type === 'externalReference')).toHaveLength(3);
});
