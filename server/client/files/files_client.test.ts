import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { MultipartBody, MultipartPart } from '../../core';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import type { CasesConfig } from '../../config';
import { FILE_SO_TYPE } from '../../saved_object_types/files';
import { createFileObjects } from '../../files/file_objects';
import { sweepInterruptedUploads, STALE_UPLOAD_MS } from '../../files/sweep';
import { createTestLogger } from '../../core/mocks';

let h: Harness;
const start = async (config: CasesConfig = {}) => {
  h = await createHarness({ config });
};
afterEach(() => h?.close());

const body = (...parts: MultipartPart[]): MultipartBody => ({
  async *parts() {
    for (const part of parts) yield part;
  },
});
const filePart = (bytes: Buffer | Readable, { filename = 'evidence.txt', mimeType = 'text/plain' } = {}): MultipartPart => ({
  kind: 'file',
  name: 'file',
  filename,
  mimeType,
  content: Buffer.isBuffer(bytes) ? Readable.from([bytes], { objectMode: false }) : bytes,
});
const field = (name: string, value: string): MultipartPart => ({ kind: 'field', name, value });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the store and the blob service hold: nothing is left behind by a refused upload. */
async function leftovers(caseId: string) {
  const files = await h.objects().find({ type: FILE_SO_TYPE, perPage: 100 });
  const attachments = (await h.client().attachments.getAll(caseId)).filter((a) => a.type === 'externalReference');
  const blobs = await Promise.all(files.saved_objects.map((so) => h.blobs.download(so.id)));
  return { files: files.total, attachments: attachments.length, blobs: blobs.filter(Boolean).length };
}

describe('uploading a file', () => {
  it('stores the bytes, the READY file object, the .files attachment and its user action; lists and downloads it', async () => {
    await start();
    const client = h.client();
    const c = await client.cases.create(newCase());
    const bytes = Buffer.from('mail headers\nReceived: from evil.example\n');
    const updated = await client.files.upload(c.id, body(filePart(bytes, { filename: 'headers.eml', mimeType: 'message/rfc822' })));
    const attachment = updated.comments.find((a) => a.type === 'externalReference') as Record<string, unknown>;
    expect(attachment).toMatchObject({
      externalReferenceAttachmentTypeId: '.files',
      externalReferenceStorage: { type: 'savedObject', soType: 'file' },
      externalReferenceMetadata: { files: [{ name: 'headers', extension: 'eml', mimeType: 'message/rfc822', created: '2024-01-01T00:00:00.000Z' }] },
      owner: 'securitySolution',
    });
    const fileId = attachment.externalReferenceId as string;

    const listed = await client.files.find(c.id);
    expect(listed.total).toBe(1);
    expect(listed.files[0]).toMatchObject({
      id: fileId,
      name: 'headers',
      size: bytes.length,
      hash: { sha256: sha256(bytes) },
      status: 'READY',
      fileKind: 'securitySolutionFilesCases',
      meta: { caseIds: [c.id], owner: ['securitySolution'] },
      user: { name: 'elastic', id: 'u_elastic' },
    });

    const download = await client.files.download(c.id, fileId);
    expect(await text(download.content)).toBe(bytes.toString());
    expect(download.headers).toMatchObject({ 'content-type': 'message/rfc822', 'content-length': String(bytes.length) });

    const created = (await client.userActions.getAll(c.id)).filter((ua) => ua.type === 'comment');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: 'create', comment_id: (attachment as { id: string }).id });
  });

  it('takes the name from the filename field, before or after the file, and the extension from the type', async () => {
    await start();
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.files.upload(c.id, body(field('filename', 'first'), filePart(Buffer.from('a'), { filename: 'report.exe' })));
    await client.files.upload(c.id, body(filePart(Buffer.from('b'), { filename: 'x.log', mimeType: 'application/octet-stream' }), field('filename', 'second')));
    const { files } = await client.files.find(c.id);
    expect(files.map((f) => [f.name, f.extension, f.mimeType]).sort()).toEqual([
      ['first', 'txt', 'text/plain'],
      ['second', 'txt', 'text/plain'],
    ]);
  });

  it('refuses, storing nothing: a type not allowed, a name of 161 characters, no file part, an unknown part', async () => {
    await start();
    const client = h.client();
    const c = await client.cases.create(newCase());
    await expect(client.files.upload(c.id, body(filePart(Buffer.from('<script>'), { filename: 'x.html', mimeType: 'text/html' })))).rejects.toMatchObject({
      statusCode: 400,
      message: 'File type is not supported',
    });
    await expect(client.files.upload(c.id, body(field('filename', 'n'.repeat(161)), filePart(Buffer.from('a'))))).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('maximum length is 160'),
    });
    await expect(client.files.upload(c.id, body(filePart(Buffer.from('a')), field('filename', 'n'.repeat(161))))).rejects.toMatchObject({ statusCode: 400 });
    await expect(client.files.upload(c.id, body(field('filename', 'lonely')))).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('no file') });
    await expect(client.files.upload(c.id, body(field('other', 'x'), filePart(Buffer.from('a'))))).rejects.toMatchObject({ statusCode: 400 });
    await expect(client.files.upload('missing', body(filePart(Buffer.from('a'))))).rejects.toMatchObject({ statusCode: 404 });
    expect(await leftovers(c.id)).toEqual({ files: 0, attachments: 0, blobs: 0 });
  });

  it('accepts exactly the size caps and refuses one byte more with 413 (images have their own)', async () => {
    await start({ files: { maxSize: 1000, maxImageSize: 400 } });
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.files.upload(c.id, body(filePart(Buffer.alloc(1000, 1))));
    await client.files.upload(c.id, body(filePart(Buffer.alloc(400, 2), { filename: 'shot.png', mimeType: 'image/png' })));
    await expect(client.files.upload(c.id, body(filePart(Buffer.alloc(1001, 3))))).rejects.toMatchObject({
      statusCode: 413,
      message: 'File is too large: the maximum is 1000 bytes',
    });
    await expect(client.files.upload(c.id, body(filePart(Buffer.alloc(401, 4), { filename: 'shot.png', mimeType: 'image/png' })))).rejects.toMatchObject({
      statusCode: 413,
      message: 'File is too large: the maximum is 400 bytes',
    });
    expect(await leftovers(c.id)).toEqual({ files: 2, attachments: 2, blobs: 2 });
  });

  it('refuses the file past files.maxPerCase before reading it', async () => {
    await start({ files: { maxPerCase: 2 } });
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.files.upload(c.id, body(filePart(Buffer.from('1'))));
    await client.files.upload(c.id, body(filePart(Buffer.from('2'))));
    let read = false;
    const watched = new Readable({
      read() {
        read = true;
        this.push(null);
      },
    });
    await expect(client.files.upload(c.id, body(filePart(watched)))).rejects.toMatchObject({
      statusCode: 400,
      message: 'Case has reached the maximum allowed number (2) of attached files.',
    });
    expect(read).toBe(false);
    expect(await leftovers(c.id)).toEqual({ files: 2, attachments: 2, blobs: 2 });
  });

  it('leaves nothing when the client goes away mid-stream', async () => {
    await start();
    const client = h.client();
    const c = await client.cases.create(newCase());
    // Two chunks arrive (past the first blob chunk), then the connection drops.
    let reads = 0;
    const broken = new Readable({
      read() {
        if (++reads <= 2) this.push(Buffer.alloc(70 * 1024, reads));
        else this.destroy(new Error('aborted'));
      },
    });
    await expect(client.files.upload(c.id, body(filePart(broken)))).rejects.toThrow();
    expect(await leftovers(c.id)).toEqual({ files: 0, attachments: 0, blobs: 0 });
  });
});

describe('listing, downloading and deleting files', () => {
  const upload = async (caseId: string, name: string, mimeType = 'text/plain', content = name) => {
    h.clock.now += 1000;
    const updated = await h.client().files.upload(caseId, body(field('filename', name), filePart(Buffer.from(content), { mimeType })));
    const last = updated.comments.filter((a) => a.type === 'externalReference').pop() as Record<string, unknown>;
    return last.externalReferenceId as string;
  };

  it('pages newest first and searches by words of the name', async () => {
    await start();
    const c = await h.client().cases.create(newCase());
    for (const name of ['Screen shot one', 'screen capture', 'pcap of the beacon']) await upload(c.id, name);
    const page = await h.client().files.find(c.id, { page: 1, perPage: 2 });
    expect(page.total).toBe(3);
    expect(page.files.map((f) => f.name)).toEqual(['pcap of the beacon', 'screen capture']);
    const found = await h.client().files.find(c.id, { search: 'scre sh' });
    expect(found.files.map((f) => f.name)).toEqual(['Screen shot one']);
  });

  it('serves a file only through its own case, never inline unless a raster image, HTML and SVG never as documents', async () => {
    await start();
    const client = h.client();
    const a = await client.cases.create(newCase());
    const b = await client.cases.create(newCase());
    const html = await upload(a.id, 'page', 'text/plain', '<html><script>alert(1)</script></html>');
    const svg = await upload(a.id, 'drawing', 'image/svg+xml', '<svg onload="alert(1)"/>');
    const png = await upload(a.id, 'shot', 'image/png', 'PNG');
    await expect(client.files.download(b.id, html)).rejects.toMatchObject({ statusCode: 404 });
    const asText = await client.files.download(a.id, html);
    asText.content.destroy();
    expect(asText.headers).toMatchObject({
      'content-type': 'text/plain',
      'content-disposition': "attachment; filename*=UTF-8''page.txt",
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
    });
    const drawing = await client.files.download(a.id, svg);
    drawing.content.destroy();
    expect(drawing.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'content-disposition': "attachment; filename*=UTF-8''drawing.svg" });
    await expect(client.files.download(a.id, svg, { inline: true })).rejects.toMatchObject({ statusCode: 400 });
    const preview = await client.files.download(a.id, png, { inline: true });
    preview.content.destroy();
    expect(preview.headers).toMatchObject({ 'content-type': 'image/png', 'content-disposition': "inline; filename*=UTF-8''shot.png" });
  });

  it('bulk deletes files of the case (attachments, delete actions, objects, blobs) and refuses another case\'s file', async () => {
    await start();
    const client = h.client();
    const a = await client.cases.create(newCase());
    const b = await client.cases.create(newCase());
    const one = await upload(a.id, 'one');
    const two = await upload(a.id, 'two');
    const other = await upload(b.id, 'other');
    await expect(client.files.bulkDelete(a.id, [one, other])).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining(other) });
    expect((await client.files.find(a.id)).total).toBe(2);
    await client.files.bulkDelete(a.id, [one, two, 'never-existed']);
    expect(await leftovers(a.id)).toEqual({ files: 1, attachments: 0, blobs: 1 });
    expect(await h.blobs.download(one)).toBeUndefined();
    const deletes = (await client.userActions.getAll(a.id)).filter((ua) => ua.type === 'comment' && ua.action === 'delete');
    expect(deletes).toHaveLength(2);
    await expect(client.files.bulkDelete('missing', [one])).rejects.toMatchObject({ statusCode: 404 });
  });

  it('removes the file with its attachment deleted as a comment, and with its case', async () => {
    await start();
    const client = h.client();
    const a = await client.cases.create(newCase());
    const b = await client.cases.create(newCase());
    const onA = await upload(a.id, 'one');
    const onB = await upload(b.id, 'two');
    const [attachment] = (await client.attachments.getAll(a.id)).filter((x) => x.type === 'externalReference');
    await client.attachments.delete(a.id, attachment.id);
    expect(await h.blobs.download(onA)).toBeUndefined();
    await client.cases.delete([b.id]);
    expect(await h.blobs.download(onB)).toBeUndefined();
    expect((await h.objects().find({ type: FILE_SO_TYPE, perPage: 10 })).total).toBe(0);
  });
});

describe('the sweep of interrupted uploads', () => {
  it('removes UPLOADING files not heard of for a minute, with their bytes, and nothing else', async () => {
    await start();
    const c = await h.client().cases.create(newCase());
    const files = createFileObjects(h.objects(), 'default');
    const attrs = (at: string) => ({ created: at, Updated: at, name: 'x', mime_type: 'text/plain', extension: 'txt', Meta: { caseIds: [c.id], owner: ['securitySolution'] }, FileKind: 'k' });
    const now = Date.parse('2024-06-01T00:10:00.000Z');
    await files.createUploading('stale', attrs(new Date(now - STALE_UPLOAD_MS - 1).toISOString()));
    await files.createUploading('fresh', attrs(new Date(now - 1000).toISOString()));
    await h.blobs.upload(Readable.from([Buffer.from('partial')], { objectMode: false }), { id: 'stale', maxBytes: 100 });
    const kept = await h.client().files.upload(c.id, body(filePart(Buffer.from('done'))));
    expect(kept).toBeDefined();
    const { logger } = createTestLogger();
    const removed = await sweepInterruptedUploads({ repository: h.objects(), blobs: h.blobs, logger, now: () => new Date(now), listSpaces: async () => ['default'] });
    expect(removed).toBe(1);
    const left = await h.objects().find<{ Status: string }>({ type: FILE_SO_TYPE, perPage: 10 });
    expect(left.saved_objects.map((so) => so.id).sort()).toEqual(expect.arrayContaining(['fresh']));
    expect(left.saved_objects.map((so) => so.id)).not.toContain('stale');
    expect(left.total).toBe(2);
    expect(await h.blobs.download('stale')).toBeUndefined();
  });
});
