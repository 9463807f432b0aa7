/**
 * `_export`, `_import` and `_resolve_import_errors` against docs/openapi.yaml: each route's 200
 * and its main refusals. The import rules themselves (fixtures, migrations, round trips) have
 * their own suites; this one holds the routes to their documented shapes.
 */
import { addComment, createCase, createSpace, expectStatus, RUN, useCasesServer } from '../cases/cases_api';
import { BAD_CREDENTIALS, documentsOf, exportCall, exportNdjson, upload } from './exchange_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const EXPORT = '/api/saved_objects/_export';
const IMPORT = '/api/saved_objects/_import';
const RESOLVE = '/api/saved_objects/_resolve_import_errors';

describe('POST /api/saved_objects/_export', () => {
  it('answers NDJSON with the case, its comment and user actions, and the details line last', async () => {
    const created = await createCase(api);
    await addComment(api, created.id);
    const res = await exportCall(api, { objects: [{ type: 'cases', id: created.id }], includeReferencesDeep: true });
    expectStatus(res, 200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ndjson/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="export.ndjson"');
    const lines = documentsOf(res.text);
    const details = lines[lines.length - 1];
    expect(details).toMatchObject({ exportedCount: lines.length - 1, missingRefCount: 0 });
    expect(lines.map((l) => l.type)).toEqual(expect.arrayContaining(['cases', 'cases-comments', 'cases-user-actions']));
    expect(lines.find((l) => l.type === 'cases')).toMatchObject({ id: created.id, coreMigrationVersion: '8.8.0', references: expect.any(Array) });
  });

  it('exports a whole type without the details line when asked', async () => {
    const text = await exportNdjson(api, { type: 'cases', excludeExportDetails: true });
    expect(documentsOf(text).every((l) => typeof l.type === 'string' && !('exportedCount' in l))).toBe(true);
  });

  it('refuses bad bodies with 400 and bad credentials with 401', async () => {
    expectStatus(await api.call('POST', EXPORT, { body: {} }), 400, /Either `type` or `objects` are required/);
    expectStatus(await api.call('POST', EXPORT, { body: { type: 'space' } }), 400, /non-exportable type/);
    expectStatus(await api.call('POST', EXPORT, { body: { type: 'cases', unknown: true } }), 400);
    expectStatus(await api.call('POST', EXPORT, { body: { type: 'cases' }, headers: BAD_CREDENTIALS }), 401);
  });
});

describe('POST /api/saved_objects/_import', () => {
  it('imports an export into another space, then reports conflicts, then overwrites', async () => {
    const space = `so-imp-${RUN}`;
    await createSpace(api, space);
    const created = await createCase(api);
    const ndjson = await exportNdjson(api, { objects: [{ type: 'cases', id: created.id }] });

    const first = await upload(api, IMPORT, { ndjson, space });
    expectStatus(first, 200);
    expect(first.body).toMatchObject({ success: true, warnings: [] });
    expect(first.body.successCount).toBeGreaterThan(0);

    const again = await upload(api, IMPORT, { ndjson, space });
    expectStatus(again, 200);
    expect(again.body.success).toBe(false);
    expect(again.body.errors.some((e: { error: { type: string } }) => e.error.type === 'conflict')).toBe(true);

    const overwritten = await upload(api, IMPORT, { ndjson, space, query: { overwrite: true } });
    expectStatus(overwritten, 200);
    expect(overwritten.body.success).toBe(true);

    const copies = await upload(api, IMPORT, { ndjson, space, query: { createNewCopies: true } });
    expectStatus(copies, 200);
    expect(copies.body.successResults.every((r: { destinationId?: string }) => typeof r.destinationId === 'string')).toBe(true);
  });

  it('reports a bad line with its line number and imports the rest', async () => {
    const res = await upload(api, IMPORT, { ndjson: '{"type":"cases",\n{"type":"no-such-type","id":"x","attributes":{},"references":[]}\n', space: undefined });
    expectStatus(res, 200);
    expect(res.body.success).toBe(false);
    expect(res.body.errors.map((e: { line?: number }) => e.line)).toEqual([1, 2]);
  });

  it('refuses bad requests with 400, 401 and 415', async () => {
    expectStatus(await upload(api, IMPORT, { ndjson: '{}', filename: 'export.json' }), 400, /^Invalid file extension \.json$/);
    expectStatus(await upload(api, IMPORT, { ndjson: '{}', query: { overwrite: true, createNewCopies: true } }), 400, /cannot use \[overwrite\] with \[createNewCopies\]/);
    expectStatus(await upload(api, IMPORT, { ndjson: '{}', headers: BAD_CREDENTIALS }), 401);
    expectStatus(await api.call('POST', IMPORT, { body: { file: 'x' } }), 415);
  });
});

describe('POST /api/saved_objects/_resolve_import_errors', () => {
  it('overwrites the objects its retries name', async () => {
    const space = `so-res-${RUN}`;
    await createSpace(api, space);
    const created = await createCase(api);
    const ndjson = await exportNdjson(api, { objects: [{ type: 'cases', id: created.id }], excludeExportDetails: true });
    expectStatus(await upload(api, IMPORT, { ndjson, space }), 200);
    const retries = documentsOf(ndjson).map((doc) => ({ type: doc.type, id: doc.id, overwrite: true }));
    const res = await upload(api, RESOLVE, { ndjson, space, retries });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ success: true, successCount: retries.length });
  });

  it('refuses bad retries and exclusive flags with 400', async () => {
    expectStatus(await upload(api, RESOLVE, { ndjson: '{}', retries: [{ type: 'cases' }] }), 400);
    const twice = [
      { type: 'cases', id: 'a' },
      { type: 'cases', id: 'a' },
    ];
    expectStatus(await upload(api, RESOLVE, { ndjson: '{}', retries: twice }), 400, /Non-unique retry objects/);
    expectStatus(await upload(api, RESOLVE, { ndjson: '{}', retries: [], query: { createNewCopies: true, compatibilityMode: true } }), 400);
  });
});
