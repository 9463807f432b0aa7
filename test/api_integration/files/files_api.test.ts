/**
 * A case's files over HTTP, every answer checked against docs/openapi.yaml: upload, listing,
 * search, byte-identical download with its SHA-256, bulk delete, and each limit at and past its
 * edge (small limits set on the command line), where a refusal leaves no `file` object, no
 * attachment and no blob. Also the download headers of hostile content (HTML sent as text/plain,
 * an SVG with script): always an attachment, nosniff, never served as HTML or SVG.
 */
import { randomBytes } from 'node:crypto';
import { createCase, expectStatus, startCasesServer, type CasesTestServer } from '../cases/cases_api';
import { downloadFile, sha256, storeCounts, uploadedFileId, uploadFile } from './files_helpers';

jest.setTimeout(60_000);

const MAX_SIZE = 64 * 1024;
const MAX_IMAGE = 16 * 1024;
const MAX_PER_CASE = 3;

let api: CasesTestServer;
beforeAll(async () => {
  api = await startCasesServer({
    args: [`--xpack.cases.files.maxSize=${MAX_SIZE}`, `--xpack.cases.files.maxImageSize=${MAX_IMAGE}`, `--xpack.cases.files.maxPerCase=${MAX_PER_CASE}`],
  });
});
afterAll(() => api?.server.stop());

const counts = () => storeCounts(api.server.dataDir);

async function expectNothingAdded(caseId: string, before: ReturnType<typeof counts>) {
  expect(counts()).toEqual(before);
  const theCase = await api.call('GET', `/api/cases/${caseId}`);
  expect(theCase.body.comments.filter((c: { type: string }) => c.type === 'externalReference')).toHaveLength(0);
}

describe('upload, list, download, delete', () => {
  it('uploads a file, lists it with its SHA-256 and uploader, and downloads it byte-identical', async () => {
    const theCase = await createCase(api);
    const content = randomBytes(40 * 1024);
    const res = await uploadFile(api, theCase.id, { content, filename: 'capture.pcap', mimeType: 'application/vnd.tcpdump.pcap' });
    expectStatus(res, 200);
    const fileId = uploadedFileId(res.body);
    const list = await api.call('GET', `/internal/cases/${theCase.id}/files`);
    expectStatus(list, 200);
    expect(list.body.total).toBe(1);
    expect(list.body.files[0]).toMatchObject({ id: fileId, name: 'capture', extension: 'pcap', size: content.length, hash: { sha256: sha256(content) }, user: { name: 'elastic' } });
    const got = await downloadFile(api, theCase.id, fileId);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(content));
    expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''capture.pcap");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-length')).toBe(String(content.length));
  });

  it('pages and searches the listing by name', async () => {
    const theCase = await createCase(api);
    for (const name of ['phishing mail', 'beacon capture']) expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from(name), name }), 200);
    const found = await api.call('GET', `/internal/cases/${theCase.id}/files?search=phish`);
    expect(found.body.files.map((f: { name: string }) => f.name)).toEqual(['phishing mail']);
    const page = await api.call('GET', `/internal/cases/${theCase.id}/files?page=2&perPage=1`);
    expect(page.body).toMatchObject({ total: 2, page: 2, perPage: 1 });
    expectStatus(await api.call('GET', `/internal/cases/${theCase.id}/files?perPage=101`), 400);
  });

  it('bulk deletes 1 to 10 files: attachments, objects and blobs go; bad requests change nothing', async () => {
    const theCase = await createCase(api);
    const ids: string[] = [];
    for (const name of ['a', 'b']) ids.push(uploadedFileId((await uploadFile(api, theCase.id, { content: Buffer.from(name), name })).body));
    const before = counts();
    const path = `/internal/cases/${theCase.id}/attachments/files/_bulk_delete`;
    expectStatus(await api.call('POST', path, { body: { ids: [] } }), 400);
    expectStatus(await api.call('POST', path, { body: { ids: Array.from({ length: 11 }, (_, i) => `id-${i}`) } }), 400);
    expectStatus(await api.call('POST', path, { body: { ids: ['abc', ''] } }), 400);
    const other = await createCase(api);
    const foreign = uploadedFileId((await uploadFile(api, other.id, { content: Buffer.from('x') })).body);
    expectStatus(await api.call('POST', path, { body: { ids: [ids[0], foreign] } }), 400);
    expect(counts().files).toBe(before.files + 1);
    expectStatus(await api.call('POST', path, { body: { ids } }), 204);
    expect(counts()).toMatchObject({ files: before.files - 1, blobs: before.blobs - 1 });
    expect((await downloadFile(api, theCase.id, ids[0])).status).toBe(404);
    const after = await api.call('GET', `/api/cases/${theCase.id}`);
    expect(after.body.comments).toHaveLength(0);
  });

  it('deleting the case removes its files', async () => {
    const theCase = await createCase(api);
    uploadedFileId((await uploadFile(api, theCase.id, { content: Buffer.from('gone soon') })).body);
    const before = counts();
    expectStatus(await api.call('DELETE', `/api/cases?ids=${encodeURIComponent(JSON.stringify([theCase.id]))}`), 204);
    expect(counts()).toMatchObject({ files: before.files - 1, blobs: before.blobs - 1 });
  });
});

describe('limits: at the edge accepted, one past refused, nothing stored', () => {
  it('a non-image of exactly maxSize is stored; one byte more is a 413', async () => {
    const theCase = await createCase(api);
    expectStatus(await uploadFile(api, theCase.id, { content: randomBytes(MAX_SIZE) }), 200);
    const before = counts();
    const res = await uploadFile(api, theCase.id, { content: randomBytes(MAX_SIZE + 1) });
    expectStatus(res, 413, new RegExp(`${MAX_SIZE} bytes`));
    expect(counts()).toEqual(before);
  });

  it('an image of exactly maxImageSize is stored; one byte more is a 413', async () => {
    const theCase = await createCase(api);
    expectStatus(await uploadFile(api, theCase.id, { content: randomBytes(MAX_IMAGE), filename: 'shot.png', mimeType: 'image/png' }), 200);
    const before = counts();
    expectStatus(await uploadFile(api, theCase.id, { content: randomBytes(MAX_IMAGE + 1), filename: 'shot.png', mimeType: 'image/png' }), 413);
    expect(counts()).toEqual(before);
  });

  it('the file past maxPerCase is a 400 naming the limit', async () => {
    const theCase = await createCase(api);
    for (let i = 0; i < MAX_PER_CASE; i++) expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from(`f${i}`) }), 200);
    const before = counts();
    expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from('one too many') }), 400, new RegExp(`\\(${MAX_PER_CASE}\\) of attached files`));
    expect(counts()).toEqual(before);
  });

  it('a type not allowed, a 161-character name, a missing file part and an unknown case are refused', async () => {
    const theCase = await createCase(api);
    const before = counts();
    expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from('<html>'), filename: 'page.html', mimeType: 'text/html' }), 400, /File type is not supported/);
    expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from('x'), name: 'n'.repeat(161) }), 400, /160/);
    expectStatus(await uploadFile(api, theCase.id, { content: Buffer.from('x'), name: 'n'.repeat(160) }), 200);
    await expectNothingAddedBut(theCase.id, before, 1);
    const missingPart = await fetch(`${api.server.url}/api/cases/${theCase.id}/files`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`elastic:${api.server.password}`).toString('base64')}`, 'kbn-xsrf': 'true' },
      body: (() => {
        const form = new FormData();
        form.append('filename', 'no file');
        return form;
      })(),
    });
    expect(missingPart.status).toBe(400);
    expectStatus(await uploadFile(api, 'no-such-case', { content: Buffer.from('x') }), 404);
  });

  async function expectNothingAddedBut(caseId: string, before: ReturnType<typeof counts>, added: number) {
    expect(counts()).toMatchObject({ files: before.files + added, blobs: before.blobs + added, uploading: 0 });
    const theCase = await api.call('GET', `/api/cases/${caseId}`);
    expect(theCase.body.comments.filter((c: { type: string }) => c.type === 'externalReference')).toHaveLength(added);
  }

  it('a refused upload to a fresh case leaves no attachment', async () => {
    const theCase = await createCase(api);
    const before = counts();
    expectStatus(await uploadFile(api, theCase.id, { content: randomBytes(MAX_SIZE + 10) }), 413);
    await expectNothingAdded(theCase.id, before);
  });
});

describe('safe download of hostile content', () => {
  it('HTML sent as text/plain is text/plain, an attachment, nosniff and sandboxed', async () => {
    const theCase = await createCase(api);
    const html = Buffer.from('<html><body><script>document.title="pwned"</script></body></html>');
    const fileId = uploadedFileId((await uploadFile(api, theCase.id, { content: html, filename: 'invoice.html', mimeType: 'text/plain' })).body);
    const got = await downloadFile(api, theCase.id, fileId);
    expect(got.bytes.equals(html)).toBe(true);
    expect(got.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''invoice.txt");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(got.headers.get('cache-control')).toBe('private, no-store');
  });

  it('an SVG with script is application/octet-stream, an attachment, and never inline', async () => {
    const theCase = await createCase(api);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    const fileId = uploadedFileId((await uploadFile(api, theCase.id, { content: svg, filename: 'logo.svg', mimeType: 'image/svg+xml' })).body);
    const got = await downloadFile(api, theCase.id, fileId);
    expect(got.headers.get('content-type')).toBe('application/octet-stream');
    expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''logo.svg");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await downloadFile(api, theCase.id, fileId, true)).status).toBe(400);
  });

  it('a PNG previews inline as image/png', async () => {
    const theCase = await createCase(api);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const fileId = uploadedFileId((await uploadFile(api, theCase.id, { content: png, filename: 'shot.png', mimeType: 'image/png' })).body);
    const got = await downloadFile(api, theCase.id, fileId, true);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''shot.png");
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
