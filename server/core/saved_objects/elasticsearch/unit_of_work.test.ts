import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, esError, mockBackend } from './__fixtures__/mock_cluster';
import { INCREMENT_SCRIPT } from './increment_counter';
import { JOURNAL_TYPE_NAME } from './unit_of_work_journal';

const STORED = {
  id: 'c1',
  type: 'cases',
  namespace: 'team-a',
  namespaces: ['team-a'],
  cases: { title: 'Old', status: 'open' },
  references: [],
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
};
const found = (id: string, source: object, seqNo = 5) => ({ _id: id, found: true, _seq_no: seqNo, _primary_term: 1, _source: source });
const missing = (id: string) => ({ _id: id, found: false });
const ok = (action: string, id: string, seqNo = 1, status = 200) => ({ [action]: { _id: id, status, _seq_no: seqNo, _primary_term: 1 } });
const failed = (action: string, id: string, status: number, type = 'x') => ({ [action]: { _id: id, status, error: { type, reason: type } } });
const counterReply = (value: number) => ({ _id: 'c', result: 'updated', get: { _source: { cases: { counter: value } } } });
const routes = (requests: Array<{ method: string; path: string }>) => requests.map((r) => `${r.method} ${r.path}`);

/** Counter, create fed by it, a versioned update and a delete: the shape a case creation takes. */
const UNIT = [
  { kind: 'incrementCounter' as const, type: 'cases', id: 'seq', field: 'counter', name: 'n' },
  { kind: 'create' as const, type: 'cases', id: 'new', attributes: { title: 'New' }, counters: { counter: 'n' } },
  { kind: 'update' as const, type: 'cases', id: 'c1', attributes: { status: 'closed' }, version: encodeVersion(5, 1) },
  { kind: 'delete' as const, type: 'cases-comments', id: 'k1' },
];

function clusterForUnit() {
  const mocked = mockBackend();
  const { cluster } = mocked;
  cluster.on('POST', `/${ALIAS}/_mget`, {
    docs: [missing('team-a:cases:new'), found('team-a:cases:c1', STORED), found('team-a:cases-comments:k1', { id: 'k1', type: 'cases-comments', namespaces: ['team-a'] })],
  });
  cluster.on('POST', `/${ALIAS}/_update/team-a:cases:seq`, counterReply(7));
  cluster.on('PUT', /_create\/core-unit-of-work:/, { _id: 'j', result: 'created', _seq_no: 1, _primary_term: 1 });
  cluster.on('DELETE', /_doc\/core-unit-of-work:/, { result: 'deleted' });
  return mocked;
}

describe('unitOfWork on Elasticsearch', () => {
  it('checks with one mget, counts, journals, applies one _bulk, then forgets the journal', async () => {
    const { cluster, repo } = clusterForUnit();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: false,
      items: [ok('create', 'team-a:cases:new', 3, 201), ok('index', 'team-a:cases:c1', 6), ok('delete', 'team-a:cases-comments:k1', 2)],
    });
    const results = await repo.unitOfWork(UNIT, { namespace: 'team-a', user: 'elastic' });

    expect(routes(cluster.requests)).toEqual([
      `POST /${ALIAS}/_mget`,
      `POST /${ALIAS}/_update/team-a:cases:seq`,
      `PUT /${ALIAS}/_create/${JOURNAL_TYPE_NAME}:id-1`,
      `POST /${ALIAS}/_bulk`,
      `DELETE /${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:id-1`,
    ]);
    const [mget, counter, journal, bulk, forget] = cluster.requests;
    expect(mget.body).toEqual({ docs: [{ _id: 'team-a:cases:new' }, { _id: 'team-a:cases:c1' }, { _id: 'team-a:cases-comments:k1' }] });
    expect(counter.body).toMatchObject({ script: { source: INCREMENT_SCRIPT }, scripted_upsert: true });
    const newDoc = {
      id: 'new', type: 'cases', namespace: 'team-a', namespaces: ['team-a'], cases: { title: 'New', counter: 7 }, references: [],
      created_at: FIXED_NOW, updated_at: FIXED_NOW, created_by: 'elastic', updated_by: 'elastic',
    };
    const updatedDoc = { ...STORED, cases: { title: 'Old', status: 'closed' }, updated_at: FIXED_NOW, updated_by: 'elastic' };
    expect(journal.querystring).toEqual({ refresh: 'false', require_alias: 'true' });
    expect(journal.body).toMatchObject({
      id: 'id-1',
      type: JOURNAL_TYPE_NAME,
      created_at: FIXED_NOW,
      [JOURNAL_TYPE_NAME]: {
        steps: [
          { op: 'create', _id: 'team-a:cases:new', type: 'cases', id: 'new', overwrite: false, source: expect.objectContaining(newDoc) },
          {
            op: 'update', _id: 'team-a:cases:c1', type: 'cases', id: 'c1', seqNo: 5, primaryTerm: 1,
            source: expect.objectContaining(updatedDoc), patch: { attributes: { status: 'closed' }, user: 'elastic' },
          },
          { op: 'delete', _id: 'team-a:cases-comments:k1', type: 'cases-comments', id: 'k1' },
        ],
      },
    });
    expect(journal.body).not.toHaveProperty('namespaces');
    expect(bulk.querystring).toEqual({ refresh: 'wait_for', require_alias: 'true' });
    expect(bulk.body).toEqual([
      { create: { _id: 'team-a:cases:new' } },
      expect.objectContaining(newDoc),
      { index: { _id: 'team-a:cases:c1', if_seq_no: 5, if_primary_term: 1 } },
      expect.objectContaining(updatedDoc),
      { delete: { _id: 'team-a:cases-comments:k1' } },
    ]);
    expect(forget.querystring).toEqual({ refresh: 'false' });

    expect(results).toEqual([
      { kind: 'incrementCounter', name: 'n', value: 7 },
      { kind: 'create', object: expect.objectContaining({ id: 'new', attributes: { title: 'New', counter: 7 }, version: encodeVersion(3, 1) }) },
      { kind: 'update', object: expect.objectContaining({ id: 'c1', attributes: { title: 'Old', status: 'closed' }, version: encodeVersion(6, 1) }) },
      { kind: 'delete', type: 'cases-comments', id: 'k1' },
    ]);
  });

  it.each([
    ['a stale version', found('team-a:cases:c1', STORED, 9), 409],
    ['a missing object to update', missing('team-a:cases:c1'), 404],
  ])('writes nothing, not even a counter, on %s', async (_name, c1, status) => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_mget`, { docs: [missing('team-a:cases:new'), c1, found('team-a:cases-comments:k1', { type: 'cases-comments', namespaces: ['team-a'] })] });
    await expect(repo.unitOfWork(UNIT, { namespace: 'team-a' })).rejects.toMatchObject({ statusCode: status });
    expect(routes(cluster.requests)).toEqual([`POST /${ALIAS}/_mget`]);
  });

  it('refuses a create of an existing id (409) and an unknown type (400) before any request', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_mget`, { docs: [found('cases:dup', { ...STORED, namespaces: ['default'] })] });
    await expect(repo.unitOfWork([{ kind: 'create', type: 'cases', id: 'dup', attributes: {} }])).rejects.toMatchObject({ statusCode: 409 });
    const before = cluster.requests.length;
    await expect(repo.unitOfWork([{ kind: 'create', type: 'nope', attributes: {} }])).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.since(before)).toEqual([]);
  });

  it('journals and writes a create\'s originId; a bad one is a 400 before any request', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_mget`, { docs: [missing('cases:copy')] });
    cluster.on('PUT', /_create\/core-unit-of-work:/, { _id: 'j', result: 'created', _seq_no: 1, _primary_term: 1 });
    cluster.on('DELETE', /_doc\/core-unit-of-work:/, { result: 'deleted' });
    cluster.on('POST', `/${ALIAS}/_bulk`, { errors: false, items: [ok('create', 'cases:copy', 1, 201)] });
    const [result] = await repo.unitOfWork([{ kind: 'create', type: 'cases', id: 'copy', attributes: { title: 'C' }, originId: 'src' }]);
    expect(result).toMatchObject({ kind: 'create', object: { id: 'copy', originId: 'src' } });
    const journal = cluster.requests.find((r) => r.method === 'PUT');
    expect(JSON.stringify(journal?.body)).toContain('"originId":"src"');
    const bulk = cluster.requests.find((r) => r.path === `/${ALIAS}/_bulk`);
    expect((bulk?.body as unknown[])[1]).toMatchObject({ id: 'copy', originId: 'src' });

    const before = cluster.requests.length;
    await expect(repo.unitOfWork([{ kind: 'create', type: 'cases', id: 'x', attributes: {}, originId: '' }])).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.since(before)).toEqual([]);
  });

  it('sets the patch again on a document another writer changed between the check and the bulk', async () => {
    const { cluster, repo } = clusterForUnit();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [ok('create', 'team-a:cases:new', 3, 201), failed('index', 'team-a:cases:c1', 409, 'version_conflict_engine_exception'), failed('delete', 'team-a:cases-comments:k1', 404)],
    });
    const newer = { ...STORED, cases: { title: 'Renamed', status: 'open' }, updated_at: '2024-02-01T00:00:00.000Z' };
    cluster.on('GET', `/${ALIAS}/_doc/team-a:cases:c1`, found('team-a:cases:c1', newer, 8));
    cluster.on('PUT', `/${ALIAS}/_doc/team-a:cases:c1`, { _id: 'team-a:cases:c1', result: 'updated', _seq_no: 9, _primary_term: 1 });
    const results = await repo.unitOfWork(UNIT, { namespace: 'team-a' });

    const rewrite = cluster.requests.find((r) => r.method === 'PUT' && r.path === `/${ALIAS}/_doc/team-a:cases:c1`);
    expect(rewrite?.querystring).toEqual({ if_seq_no: '8', if_primary_term: '1', refresh: 'wait_for', require_alias: 'true' });
    expect(rewrite?.body).toMatchObject({ cases: { title: 'Renamed', status: 'closed' } });
    expect(results[2]).toMatchObject({ kind: 'update', object: { attributes: { title: 'Renamed', status: 'closed' }, version: encodeVersion(9, 1) } });
    expect(routes(cluster.requests).at(-1)).toBe(`DELETE /${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:id-1`);
  });

  it('keeps the journal when the bulk fails, so the repair step completes the unit', async () => {
    const { cluster, repo } = clusterForUnit();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [ok('create', 'team-a:cases:new', 3, 201), failed('index', 'team-a:cases:c1', 429, 'es_rejected_execution_exception'), ok('delete', 'team-a:cases-comments:k1')],
    });
    await expect(repo.unitOfWork(UNIT, { namespace: 'team-a' })).rejects.toMatchObject({ statusCode: 503 });
    expect(cluster.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});

describe('repair of interrupted units at start', () => {
  const bootstrapped = () => {
    const mocked = mockBackend();
    mocked.cluster.on('HEAD', `/_alias/${ALIAS}`, '');
    mocked.cluster.on('GET', `/${ALIAS}/_mapping`, { [`${ALIAS}_1`]: { mappings: { properties: {} } } });
    mocked.cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    mocked.cluster.on('GET', `/${ALIAS}/_refresh`, { _shards: { total: 1, successful: 1, failed: 0 } });
    return mocked;
  };
  const newSource = { id: 'new', type: 'cases', namespaces: ['default'], cases: { title: 'New' }, references: [], created_at: FIXED_NOW, updated_at: FIXED_NOW };
  const { namespace: _inDefaultSpace, ...storedInDefault } = STORED;
  const updatedSource = { ...storedInDefault, namespaces: ['default'], cases: { title: 'Old', status: 'closed' }, updated_at: FIXED_NOW };
  const steps = [
    { op: 'create', _id: 'cases:new', type: 'cases', id: 'new', overwrite: false, source: newSource },
    { op: 'update', _id: 'cases:c1', type: 'cases', id: 'c1', seqNo: 5, primaryTerm: 1, patch: { attributes: { status: 'closed' } }, source: updatedSource },
    { op: 'delete', _id: 'cases-comments:k1', type: 'cases-comments', id: 'k1' },
  ];
  const journalHit = (id: string) => ({
    _id: `${JOURNAL_TYPE_NAME}:${id}`,
    _source: { id, type: JOURNAL_TYPE_NAME, created_at: FIXED_NOW, updated_at: FIXED_NOW, [JOURNAL_TYPE_NAME]: { steps } },
  });

  it('maps the journal type and, with no leftover journal, writes nothing', async () => {
    const { cluster, backend } = bootstrapped();
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 0 }, hits: [] } });
    await backend.start();
    const put = cluster.requests.find((r) => r.method === 'PUT' && r.path === `/${ALIAS}/_mapping`);
    expect((put?.body as { properties: Record<string, unknown> }).properties[JOURNAL_TYPE_NAME]).toEqual({ type: 'object', dynamic: false, properties: {} });
    const search = cluster.requests.find((r) => r.path === `/${ALIAS}/_search`);
    expect(search?.body).toMatchObject({ query: { bool: { filter: [{ term: { type: JOURNAL_TYPE_NAME } }] } }, sort: [{ created_at: 'asc' }, { id: 'asc' }] });
    expect(cluster.requests.filter((r) => r.path.endsWith('/_bulk'))).toEqual([]);
  });

  it('rolls a leftover journal forward, whichever of its steps had landed, then deletes it', async () => {
    const { cluster, backend } = bootstrapped();
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { hits: [journalHit('j1')] } });
    // The create had landed before the crash, the update had too, the delete had not.
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [failed('create', 'cases:new', 409, 'version_conflict_engine_exception'), failed('index', 'cases:c1', 409, 'version_conflict_engine_exception'), ok('delete', 'cases-comments:k1')],
    });
    cluster.on('GET', `/${ALIAS}/_doc/cases:new`, found('cases:new', newSource, 1));
    cluster.on('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', updatedSource, 6));
    cluster.on('DELETE', `/${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:j1`, { result: 'deleted' });
    await backend.start();

    const all = routes(cluster.requests);
    // One journal, fewer than a page: no second search.
    expect(all.slice(all.indexOf(`GET /${ALIAS}/_refresh`))).toEqual([
      `GET /${ALIAS}/_refresh`,
      `POST /${ALIAS}/_search`,
      `POST /${ALIAS}/_bulk`,
      `GET /${ALIAS}/_doc/cases:new`,
      `GET /${ALIAS}/_doc/cases:c1`,
      `DELETE /${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:j1`,
    ]);
    const bulk = cluster.requests.find((r) => r.path.endsWith('/_bulk'));
    expect(bulk?.body).toEqual([
      { create: { _id: 'cases:new' } }, newSource,
      { index: { _id: 'cases:c1', if_seq_no: 5, if_primary_term: 1 } }, updatedSource,
      { delete: { _id: 'cases-comments:k1' } },
    ]);
    // Already holding the unit's values: the update is not written twice.
    expect(cluster.requests.some((r) => r.method === 'PUT' && r.path === `/${ALIAS}/_doc/cases:c1`)).toBe(false);
  });

  it('applies a journal whose bulk never reached the cluster', async () => {
    const { cluster, backend } = bootstrapped();
    cluster.once('POST', `/${ALIAS}/_search`, { hits: { hits: [journalHit('j2')] } });
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { hits: [] } });
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: false,
      items: [ok('create', 'cases:new', 1, 201), ok('index', 'cases:c1', 6), ok('delete', 'cases-comments:k1')],
    });
    cluster.on('DELETE', `/${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:j2`, { result: 'deleted' });
    await backend.start();
    expect(routes(cluster.requests).filter((r) => r.includes('_bulk') || r.startsWith('DELETE'))).toEqual([
      `POST /${ALIAS}/_bulk`,
      `DELETE /${ALIAS}/_doc/${JOURNAL_TYPE_NAME}:j2`,
    ]);
    expect(cluster.requests.find((r) => r.path.endsWith('/_bulk'))?.querystring).toEqual({ refresh: 'false', require_alias: 'true' });
  });

  it('fails the start and keeps the journal when its steps still cannot be applied', async () => {
    const { cluster, backend } = bootstrapped();
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { hits: [journalHit('j3')] } });
    cluster.on('POST', `/${ALIAS}/_bulk`, esError(503, 'unavailable_shards_exception'));
    await expect(backend.start()).rejects.toMatchObject({ statusCode: 503 });
    expect(cluster.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});
