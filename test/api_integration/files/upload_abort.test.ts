/**
 * An upload the client abandons half-way (the socket destroyed mid-body) leaves nothing: no
 * `file` object, no attachment, no blob row, no chunk. The body is written by hand so the test
 * controls exactly where it stops: past the first blob chunks, well before the end.
 */
import { randomBytes } from 'node:crypto';
import { createCase, startCasesServer, type CasesTestServer } from '../cases/cases_api';
import { openRawUpload, pollUntil, storeCounts, uploadFile } from './files_helpers';

jest.setTimeout(60_000);

let api: CasesTestServer;
beforeAll(async () => {
  api = await startCasesServer();
});
afterAll(() => api?.server.stop());

/** Sends the head of a 4 MiB upload, a first 2 MiB of it, then drops the connection. */
function abandonUpload(caseId: string): Promise<void> {
  return new Promise((resolve) => {
    const req = openRawUpload(api, caseId, 'half.zip', 4 * 1024 * 1024);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(randomBytes(2 * 1024 * 1024), () => {
      // Let the server take in what was sent before the connection goes.
      setTimeout(() => req.destroy(), 300);
    });
  });
}


it('leaves no file object, attachment, blob or chunk behind', async () => {
  const theCase = await createCase(api);
  // One finished upload first: the abort must not disturb it.
  expect((await uploadFile(api, theCase.id, { content: Buffer.from('kept') })).status).toBe(200);
  const before = storeCounts(api.server.dataDir);
  await abandonUpload(theCase.id);
  const after = await pollUntil(
    () => storeCounts(api.server.dataDir),
    (c) => c.files === before.files && c.blobs === before.blobs && c.chunkBytes === before.chunkBytes,
  );
  expect(after).toEqual(before);
  const res = await api.call('GET', `/api/cases/${theCase.id}`);
  expect(res.body.comments.filter((c: { type: string }) => c.type === 'externalReference')).toHaveLength(1);
  // The server is still serving.
  expect((await uploadFile(api, theCase.id, { content: Buffer.from('after') })).status).toBe(200);
});
