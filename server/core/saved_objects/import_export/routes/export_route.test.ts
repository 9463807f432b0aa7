/**
 * The route on a started HTTP server with the real exporter on SQLite: Kibana's body, the
 * NDJSON attachment streamed with its headers, the space from the URL, and Kibana's errors.
 */
import { createTestServer, GOOD, XSRF } from '../../../http/__fixtures__/test_server';
import type { HttpServer } from '../../../http/http_server';
import { createExporter } from '../export/create_exporter';
import { createExportHarness, parseLines, ref, type ExportHarness } from '../export/__fixtures__/export_harness';
import { registerExportRoute } from './export_route';

let h: ExportHarness;
let server: HttpServer;

beforeAll(async () => {
  h = await createExportHarness();
  const repo = h.backend.repository;
  await repo.create('plain', { title: 'b', n: 2 }, { namespace: 'default', id: 'b' });
  await repo.create('plain', { title: 'a', n: 1 }, { namespace: 'default', id: 'a' });
  await repo.create('plain', { title: 'm', n: 3 }, { namespace: 'marketing', id: 'm' });
  await repo.create('parent', { name: 'P', owner: 'team' }, { namespace: 'default', id: 'p1', references: [ref('plain', 'a')] });
  await repo.create('parent', { name: 'X', owner: 'forbidden' }, { namespace: 'marketing', id: 'px' });
  server = createTestServer({}, 'fatal').server;
  registerExportRoute(server.createRouter(), createExporter(h.deps));
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await h.close();
});

const post = (payload: unknown, url = '/api/saved_objects/_export') =>
  server.fastify.inject({ method: 'POST', url, headers: { ...GOOD, ...XSRF, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });

describe('POST /api/saved_objects/_export', () => {
  it('answers an NDJSON attachment of the request’s space', async () => {
    const res = await post({ type: 'plain' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ndjson/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="export.ndjson"');
    const lines = parseLines(res.body);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', undefined]);
    expect(lines[2]).toMatchObject({ exportedCount: 2 });

    const inSpace = await post({ type: ['plain'], excludeExportDetails: true }, '/s/marketing/api/saved_objects/_export');
    expect(parseLines(inSpace.body).map((l) => l.id)).toEqual(['m']);
  });

  it('takes objects, references deep and excludeExportDetails', async () => {
    const res = await post({ objects: [{ type: 'parent', id: 'p1' }], includeReferencesDeep: true, excludeExportDetails: true });
    expect(res.statusCode).toBe(200);
    expect(parseLines(res.body).map((l) => `${l.type}:${l.id}`)).toEqual(['plain:a', 'parent:p1']);
  });

  it('takes hasReference as one reference or a list', async () => {
    const one = await post({ type: 'parent', hasReference: { type: 'plain', id: 'a' }, excludeExportDetails: true });
    expect(parseLines(one.body).map((l) => l.id)).toEqual(['p1']);
    const none = await post({ type: 'parent', hasReference: [{ type: 'plain', id: 'b' }] });
    expect(parseLines(none.body)).toEqual([expect.objectContaining({ exportedCount: 0 })]);
  });

  it('answers Kibana’s 400s', async () => {
    const neither = await post({});
    expect(neither.statusCode).toBe(400);
    expect(neither.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Either `type` or `objects` are required.' });
    const unknownKey = await post({ type: 'plain', bogus: true });
    expect(unknownKey.statusCode).toBe(400);
    expect(unknownKey.json().message).toMatch(/bogus/);
    const notExportable = await post({ type: ['secret'] });
    expect(notExportable.json().message).toBe('Trying to export non-exportable type(s): secret');
    const missing = await post({ objects: [{ type: 'plain', id: 'nope' }] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Error fetching objects to export',
      attributes: { objects: [{ type: 'plain', id: 'nope', error: expect.objectContaining({ statusCode: 404 }) }] },
    });
  });

  it('answers 403 when the caller may not export an object', async () => {
    const res = await post({ type: 'parent' }, '/s/marketing/api/saved_objects/_export');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Unauthorized to export parent [px] of owner [forbidden]' });
  });
});
