/**
 * The import routes through the HTTP server and a real importer on SQLite: the form as Kibana's
 * page sends it (the file, and for retries a JSON field longer than the default field limit, in
 * either order), the query's flags, and every refusal in Kibana's words and statuses.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestServer, GOOD, XSRF } from '../../../http/__fixtures__/test_server';
import type { HttpServer } from '../../../http/http_server';
import { isBulkItemError } from '../../types';
import { createImporter } from '../import/create_importer';
import { CHILD, child, importEnv, ndjson, parent, PARENT, plain, PLAIN, type ImportEnv } from '../import/test_fixtures';
import { registerImportRoutes } from './import_routes';

const BOUNDARY = 'ImportBoundary7';
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

type FormPart = { name: string; value: string } | { name: string; filename: string; data: string };

function form(...parts: FormPart[]): Buffer {
  const pieces = parts.map((part) => {
    const head =
      'filename' in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: application/ndjson\r\n\r\n`
        : `Content-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    return `--${BOUNDARY}\r\n${head}${'filename' in part ? part.data : part.value}\r\n`;
  });
  return Buffer.from(`${pieces.join('')}--${BOUNDARY}--\r\n`);
}

const file = (data: string, filename = 'export.ndjson'): FormPart => ({ name: 'file', filename, data });
const retriesField = (retries: unknown): FormPart => ({ name: 'retries', value: typeof retries === 'string' ? retries : JSON.stringify(retries) });

let env: ImportEnv;
let server: HttpServer;

async function start(limits: Partial<ImportEnv['deps']['limits']> = {}) {
  env = await importEnv(limits, 'routes');
  server = createTestServer({}, 'fatal').server;
  registerImportRoutes(server.createRouter(), createImporter(env.deps), env.deps.limits);
  await server.start();
}

const post = (url: string, payload: Buffer | string, headers: Record<string, string> = MULTIPART) =>
  server.fastify.inject({ method: 'POST', url, headers: { ...GOOD, ...XSRF, ...headers }, payload });

const get = async (type: string, id: string, namespace = 'default') => {
  const { saved_objects: [item] } = await env.backend.repository.bulkGet<Record<string, unknown>>([{ type, id }], { namespace });
  return isBulkItemError(item) ? undefined : item;
};

const FAMILY = ndjson(child('c1', 'p1'), parent('p1', 'first parent'), plain('x1', 'plain one'));

describe('import routes', () => {
  beforeAll(() => start());
  afterAll(async () => {
    await server.stop();
    await env.close();
  });

  describe('POST /api/saved_objects/_import', () => {
    it('imports the uploaded file into the space of the path, written by the caller', async () => {
      const res = await post('/s/marketing/api/saved_objects/_import', form(file(FAMILY)));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ success: true, successCount: 3, warnings: [] });
      expect(res.json().errors).toBeUndefined();
      expect(await get(CHILD, 'c1', 'marketing')).toMatchObject({ attributes: { parentId: 'p1' }, created_by: 'u_elastic' });
      expect(await get(PARENT, 'p1')).toBeUndefined();
    });

    it('takes overwrite and createNewCopies from the query', async () => {
      const conflict = await post('/api/saved_objects/_import', form(file(ndjson(plain('q1', 'one')))));
      expect(conflict.json().success).toBe(true);
      const again = await post('/api/saved_objects/_import', form(file(ndjson(plain('q1', 'two')))));
      expect(again.json().errors).toEqual([{ type: PLAIN, id: 'q1', meta: { title: 'two' }, error: { type: 'conflict' }, line: 1 }]);
      const overwritten = await post('/api/saved_objects/_import?overwrite=true', form(file(ndjson(plain('q1', 'two')))));
      expect(overwritten.json().successResults).toEqual([{ type: PLAIN, id: 'q1', meta: { title: 'two' }, overwrite: true }]);
      const copied = await post('/api/saved_objects/_import?createNewCopies=true', form(file(ndjson(plain('q1', 'three')))));
      expect(copied.json().successResults[0]).toMatchObject({ id: 'q1', destinationId: expect.not.stringMatching(/^q1$/) });
    });

    it('refuses flags that exclude each other, and unknown ones, in Kibana words', async () => {
      const both = await post('/api/saved_objects/_import?overwrite=true&createNewCopies=true', form(file(FAMILY)));
      expect(both.statusCode).toBe(400);
      expect(both.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request query]: cannot use [overwrite] with [createNewCopies]' });
      const compat = await post('/api/saved_objects/_import?createNewCopies=true&compatibilityMode=true', form(file(FAMILY)));
      expect(compat.json().message).toBe('[request query]: cannot use [createNewCopies] with [compatibilityMode]');
      expect((await post('/api/saved_objects/_import?compatibilityMode=true', form(file(ndjson(plain('cm1', 'a')))))).statusCode).toBe(200);
      expect((await post('/api/saved_objects/_import?other=true', form(file(FAMILY)))).statusCode).toBe(400);
    });

    it('refuses a file that is not .ndjson, a form without a file, and a body that is no form', async () => {
      const json = await post('/api/saved_objects/_import', form(file(FAMILY, 'export.json')));
      expect(json.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid file extension .json' });
      const none = await post('/api/saved_objects/_import', form(file(FAMILY, 'export')));
      expect(none.json().message).toBe('Invalid file extension ');
      const missing = await post('/api/saved_objects/_import', form({ name: 'other', value: 'x' }));
      expect(missing.statusCode).toBe(400);
      const notForm = await post('/api/saved_objects/_import', JSON.stringify({ file: FAMILY }), { 'content-type': 'application/json' });
      expect(notForm.statusCode).toBe(415);
    });

    it('answers a file of duplicates with 400 and writes nothing', async () => {
      const res = await post('/api/saved_objects/_import', form(file(ndjson(plain('d1', 'a'), plain('d1', 'b')))));
      expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Non-unique import objects detected: [test-plain:d1]' });
      expect(await get(PLAIN, 'd1')).toBeUndefined();
    });
  });

  describe('POST /api/saved_objects/_resolve_import_errors', () => {
    const URL = '/api/saved_objects/_resolve_import_errors';
    // Longer than the 1 KiB of an ordinary form field.
    const many = [
      { type: PLAIN, id: 'r1', overwrite: true },
      ...Array.from({ length: 40 }, (_, i) => ({ type: PLAIN, id: `not-in-file-${i}`, overwrite: false })),
    ];

    it('takes retries sent after the file (as Kibana sends them) and before it', async () => {
      await post('/api/saved_objects/_import', form(file(ndjson(plain('r1', 'old')))));
      expect(JSON.stringify(many).length).toBeGreaterThan(1024);

      const after = await post(URL, form(file(ndjson(plain('r1', 'after'), plain('r2', 'ignored'))), retriesField(many)));
      expect(after.statusCode).toBe(200);
      expect(after.json()).toEqual({ success: true, successCount: 1, successResults: [{ type: PLAIN, id: 'r1', meta: { title: 'after' }, overwrite: true }], warnings: [] });
      expect(await get(PLAIN, 'r2')).toBeUndefined();

      const before = await post(URL, form(retriesField(many), file(ndjson(plain('r1', 'before')))));
      expect(before.json().successCount).toBe(1);
      expect((await get(PLAIN, 'r1'))?.attributes.title).toBe('before');
      // The spooled upload of the first form is gone.
      expect(readdirSync(join(tmpdir(), 'saved-objects-import')).filter((name) => name.startsWith('import-'))).toEqual([]);
    });

    it('writes under a destinationId with createNewCopies refused beside compatibilityMode', async () => {
      const res = await post(URL, form(file(ndjson(plain('r3', 'three'))), retriesField([{ type: PLAIN, id: 'r3', destinationId: 'r3-dest' }])));
      expect(res.json().successResults).toEqual([{ type: PLAIN, id: 'r3', meta: { title: 'three' }, destinationId: 'r3-dest' }]);
      const flags = await post(`${URL}?createNewCopies=true&compatibilityMode=true`, form(file(FAMILY), retriesField([])));
      expect(flags.statusCode).toBe(400);
      expect((await post(`${URL}?overwrite=true`, form(file(FAMILY), retriesField([])))).statusCode).toBe(400);
    });

    it('refuses retries that are not JSON, not retries, or missing', async () => {
      const notJson = await post(URL, form(file(FAMILY), retriesField('[{')));
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().message).toMatch(/^\[request body\.retries\]: could not parse the retries as JSON/);
      const badShape = await post(URL, form(file(FAMILY), retriesField([{ type: PLAIN, id: 'x', extra: 1 }])));
      expect(badShape.statusCode).toBe(400);
      expect(badShape.json().message).toMatch(/^\[request body\.retries\]: /);
      const missing = await post(URL, form(file(FAMILY)));
      expect(missing.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request body.retries]: expected value of type [array] but got [undefined]' });
      const twice = await post(URL, form(file(FAMILY), retriesField([{ type: PLAIN, id: 'x1' }, { type: PLAIN, id: 'x1' }])));
      expect(twice.json().message).toBe('Non-unique retry objects: [test-plain:x1]');
    });
  });
});

describe('import routes with small limits', () => {
  beforeAll(() => start({ maxImportPayloadBytes: 400, maxImportExportSize: 2 }));
  afterAll(async () => {
    await server.stop();
    await env.close();
  });

  it('answers 413 for a file past the payload limit and 400 past the object limit, writing nothing', async () => {
    const big = await post('/api/saved_objects/_import', form(file(ndjson(...Array.from({ length: 8 }, (_, i) => plain(`b${i}`, 'x'.repeat(40)))))));
    expect(big.statusCode).toBe(413);
    const many = await post('/api/saved_objects/_import', form(file(ndjson(plain('m1', 'a'), plain('m2', 'b'), plain('m3', 'c')))));
    expect(many.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: "Can't import more than 2 objects" });
    expect(await get(PLAIN, 'm1')).toBeUndefined();
    expect(await get(PLAIN, 'b0')).toBeUndefined();
  });

  it('refuses an oversized file of the wrong name without the parser error escaping', async () => {
    const lines = ndjson(...Array.from({ length: 8 }, (_, i) => plain(`w${i}`, 'x'.repeat(40))));
    const res = await post('/api/saved_objects/_import', form(file(lines, 'big.json')));
    expect(res.json().message).toBe('Invalid file extension .json');
    await new Promise((resolve) => setImmediate(resolve));
    expect((await post('/api/saved_objects/_import', form(file(ndjson(plain('ok1', 'a')))))).statusCode).toBe(200);
  });
});
