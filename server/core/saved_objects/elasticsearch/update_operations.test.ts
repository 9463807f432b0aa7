import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, esError, mockBackend } from './__fixtures__/mock_cluster';

const STORED = {
  id: 'c1',
  type: 'cases',
  namespace: 'team-a',
  namespaces: ['team-a'],
  cases: { title: 'Old', status: 'open', settings: { sync: true, extra: 1 } },
  references: [{ type: 'x', id: 'y', name: 'z' }],
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-01T00:00:00.000Z',
  created_by: 'alice',
  updated_by: 'alice',
};
const DOC_PATH = `/${ALIAS}/_doc/team-a:cases:c1`;
const getReply = (seqNo: number, term = 1) => ({ _id: 'team-a:cases:c1', found: true, _seq_no: seqNo, _primary_term: term, _source: STORED });

describe('get', () => {
  it('reads by raw id and parses the version from _seq_no/_primary_term', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, getReply(5, 2));
    const saved = await repo.get('cases', 'c1', { namespace: 'team-a' });
    expect(cluster.requests).toEqual([{ method: 'GET', path: DOC_PATH, querystring: {}, body: undefined }]);
    expect(saved).toMatchObject({ id: 'c1', attributes: STORED.cases, version: encodeVersion(5, 2), namespaces: ['team-a'] });
  });

  it('404 from Elasticsearch is savedObjectNotFound; a document of another space is too', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', `/${ALIAS}/_doc/cases:c1`, { _id: 'cases:c1', found: false });
    await expect(repo.get('cases', 'c1')).rejects.toMatchObject({ statusCode: 404, message: 'Saved object [cases/c1] not found' });
    cluster.on('GET', `/${ALIAS}/_doc/team-b:cases:c1`, getReply(1));
    await expect(repo.get('cases', 'c1', { namespace: 'team-b' })).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('bulkGet', () => {
  it('uses one _mget and maps misses and unknown types to per-item errors', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_mget`, {
      docs: [getReply(5), { _id: 'team-a:cases:c2', found: false }],
    });
    const result = await repo.bulkGet(
      [
        { type: 'cases', id: 'c1' },
        { type: 'nope', id: 'n' },
        { type: 'cases', id: 'c2' },
      ],
      { namespace: 'team-a' },
    );
    expect(cluster.requests[0].body).toEqual({ docs: [{ _id: 'team-a:cases:c1' }, { _id: 'team-a:cases:c2' }] });
    expect(result.saved_objects).toEqual([
      expect.objectContaining({ id: 'c1', version: encodeVersion(5, 1) }),
      { type: 'nope', id: 'n', error: expect.objectContaining({ statusCode: 400 }) },
      { type: 'cases', id: 'c2', error: { statusCode: 404, error: 'Not Found', message: 'Saved object [cases/c2] not found' } },
    ]);
  });
});

describe('update', () => {
  it('reads, replaces top-level attributes, and indexes with if_seq_no/if_primary_term and refresh wait_for', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, getReply(5));
    cluster.on('PUT', DOC_PATH, { _id: 'x', _seq_no: 6, _primary_term: 1, result: 'updated' });
    const saved = await repo.update('cases', 'c1', { settings: { sync: false } }, { namespace: 'team-a', user: 'bob', version: encodeVersion(5, 1) });
    expect(cluster.requests).toHaveLength(2);
    expect(cluster.requests[1]).toEqual({
      method: 'PUT',
      path: DOC_PATH,
      querystring: { if_seq_no: '5', if_primary_term: '1', refresh: 'wait_for', require_alias: 'true' },
      body: {
        ...STORED,
        // settings replaced whole, not deep-merged: `extra` is gone.
        cases: { title: 'Old', status: 'open', settings: { sync: false } },
        updated_at: FIXED_NOW,
        updated_by: 'bob',
      },
    });
    expect(saved).toMatchObject({ version: encodeVersion(6, 1), attributes: { settings: { sync: false } }, created_by: 'alice', updated_by: 'bob' });
  });

  it('keeps the stored originId: only a create with overwrite changes it', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, { ...getReply(5), _source: { ...STORED, originId: 'src' } });
    cluster.on('PUT', DOC_PATH, { _seq_no: 6, _primary_term: 1 });
    const saved = await repo.update('cases', 'c1', { title: 'New' }, { namespace: 'team-a' });
    expect(cluster.requests[1].body).toMatchObject({ originId: 'src', cases: { title: 'New' } });
    expect(saved.originId).toBe('src');
  });

  it('replaces references only when given', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, getReply(5));
    cluster.on('PUT', DOC_PATH, { _seq_no: 6, _primary_term: 1 });
    await repo.update('cases', 'c1', {}, { namespace: 'team-a', references: [], refresh: false });
    expect(cluster.requests[1].body).toMatchObject({ references: [] });
    expect(cluster.requests[1].querystring.refresh).toBe('false');
  });

  it('a stale version is a 409 and nothing is written', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, getReply(5));
    await expect(repo.update('cases', 'c1', { title: 'x' }, { namespace: 'team-a', version: encodeVersion(4, 1) })).rejects.toMatchObject({
      statusCode: 409,
      message: 'Saved object [cases/c1] conflict',
    });
    expect(cluster.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('a write race lost under a caller version is a 409, tried once', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', DOC_PATH, getReply(5));
    cluster.on('PUT', DOC_PATH, esError(409, 'version_conflict_engine_exception'));
    await expect(repo.update('cases', 'c1', { title: 'x' }, { namespace: 'team-a', version: encodeVersion(5, 1) })).rejects.toMatchObject({
      statusCode: 409,
    });
    expect(cluster.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
  });

  it('without a caller version, a lost race is retried on a fresh read', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('GET', DOC_PATH, getReply(5));
    cluster.on('GET', DOC_PATH, getReply(6));
    cluster.once('PUT', DOC_PATH, esError(409, 'version_conflict_engine_exception'));
    cluster.on('PUT', DOC_PATH, { _seq_no: 7, _primary_term: 1 });
    const saved = await repo.update('cases', 'c1', { title: 'x' }, { namespace: 'team-a' });
    expect(cluster.requests.map((r) => `${r.method} ${r.querystring.if_seq_no ?? ''}`)).toEqual(['GET ', 'PUT 5', 'GET ', 'PUT 6']);
    expect(saved.version).toBe(encodeVersion(7, 1));
  });

  it('404 when missing; 400 on a malformed version before any request', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', `/${ALIAS}/_doc/cases:gone`, esError(404, 'document_missing_exception'));
    await expect(repo.update('cases', 'gone', {})).rejects.toMatchObject({ statusCode: 404, message: 'Saved object [cases/gone] not found' });
    const before = cluster.requests.length;
    await expect(repo.update('cases', 'c1', {}, { version: 'garbage' })).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.since(before)).toHaveLength(0);
  });
});

describe('bulkUpdate', () => {
  it('mgets, checks versions, then one _bulk of guarded index actions with per-item errors; retries a version-less loser', async () => {
    const { cluster, repo } = mockBackend();
    const other = { ...STORED, id: 'c2' };
    cluster.once('POST', `/${ALIAS}/_mget`, {
      docs: [getReply(5), { _id: 'team-a:cases:c2', found: true, _seq_no: 8, _primary_term: 1, _source: other }, { _id: 'team-a:cases:c3', found: false }, { _id: 'team-a:cases:c4', found: true, _seq_no: 2, _primary_term: 1, _source: { ...STORED, id: 'c4' } }],
    });
    cluster.once('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [
        { index: { _id: 'team-a:cases:c1', status: 200, _seq_no: 6, _primary_term: 1 } },
        { index: { _id: 'team-a:cases:c4', status: 409, error: { type: 'version_conflict_engine_exception', reason: 'conflict' } } },
      ],
    });
    // c4 had no version: it lost a race to another writer, so it is read again and retried.
    cluster.once('POST', `/${ALIAS}/_mget`, { docs: [{ _id: 'team-a:cases:c4', found: true, _seq_no: 3, _primary_term: 1, _source: { ...STORED, id: 'c4' } }] });
    cluster.once('POST', `/${ALIAS}/_bulk`, { errors: false, items: [{ index: { _id: 'team-a:cases:c4', status: 200, _seq_no: 4, _primary_term: 1 } }] });
    const result = await repo.bulkUpdate(
      [
        { type: 'cases', id: 'c1', attributes: { title: 'N1' }, version: encodeVersion(5, 1) },
        { type: 'cases', id: 'c2', attributes: { title: 'N2' }, version: encodeVersion(7, 1) },
        { type: 'cases', id: 'c3', attributes: { title: 'N3' } },
        { type: 'cases', id: 'c4', attributes: { title: 'N4' } },
      ],
      { namespace: 'team-a' },
    );
    expect(cluster.requests[0].body).toEqual({
      docs: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ _id: `team-a:cases:${id}` })),
    });
    expect(cluster.requests[1].querystring).toMatchObject({ refresh: 'wait_for' });
    expect(cluster.requests[1].body).toEqual([
      { index: { _id: 'team-a:cases:c1', if_seq_no: 5, if_primary_term: 1 } },
      { ...STORED, cases: { ...STORED.cases, title: 'N1' }, updated_at: FIXED_NOW },
      { index: { _id: 'team-a:cases:c4', if_seq_no: 2, if_primary_term: 1 } },
      { ...STORED, id: 'c4', cases: { ...STORED.cases, title: 'N4' }, updated_at: FIXED_NOW },
    ]);
    expect(result.saved_objects).toEqual([
      expect.objectContaining({ id: 'c1', version: encodeVersion(6, 1), attributes: { ...STORED.cases, title: 'N1' } }),
      { type: 'cases', id: 'c2', error: { statusCode: 409, error: 'Conflict', message: 'Saved object [cases/c2] conflict' } },
      { type: 'cases', id: 'c3', error: { statusCode: 404, error: 'Not Found', message: 'Saved object [cases/c3] not found' } },
      expect.objectContaining({ id: 'c4', version: encodeVersion(4, 1), attributes: { ...STORED.cases, title: 'N4' } }),
    ]);
    expect(cluster.requests[3].body).toEqual([
      { index: { _id: 'team-a:cases:c4', if_seq_no: 3, if_primary_term: 1 } },
      { ...STORED, id: 'c4', cases: { ...STORED.cases, title: 'N4' }, updated_at: FIXED_NOW },
    ]);
  });
});
