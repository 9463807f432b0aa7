import { errors } from '@elastic/elasticsearch';
import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, esError, mockBackend, type RecordedRequest } from './__fixtures__/mock_cluster';

const lost = () => new errors.ConnectionError('socket hang up');
const conflict = () => esError(409, 'version_conflict_engine_exception');
const source = (id: string, attributes: object, extra: object = {}) => ({
  id,
  type: 'cases',
  namespaces: ['default'],
  cases: attributes,
  references: [],
  created_at: FIXED_NOW,
  updated_at: FIXED_NOW,
  model_version: 1,
  ...extra,
});
const found = (_id: string, seqNo: number, body: object) => ({ _id, found: true, _seq_no: seqNo, _primary_term: 1, _source: body });
const paths = (requests: Array<{ method: string; path: string }>) => requests.map((r) => `${r.method} ${r.path}`);

// The production client resends on its own (maxRetries 3); these run with it on.
const retryingBackend = () => mockBackend(undefined, { maxRetries: 3 });

describe('writes after a lost answer', () => {
  it('create: the resend meets our own document, which is a success, not a 409', async () => {
    const { cluster, repo } = retryingBackend();
    cluster.once('PUT', `/${ALIAS}/_create/cases:c1`, lost());
    cluster.once('PUT', `/${ALIAS}/_create/cases:c1`, conflict());
    cluster.on('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', 4, source('c1', { title: 'T' })));
    const saved = await repo.create('cases', { title: 'T' }, { id: 'c1' });
    expect(saved.version).toBe(encodeVersion(4, 1));
    expect(paths(cluster.requests)).toEqual([`PUT /${ALIAS}/_create/cases:c1`, `PUT /${ALIAS}/_create/cases:c1`, `GET /${ALIAS}/_doc/cases:c1`]);
  });

  it("create: the resend meets someone else's document: 409", async () => {
    const { cluster, repo } = retryingBackend();
    cluster.once('PUT', `/${ALIAS}/_create/cases:c1`, lost());
    cluster.once('PUT', `/${ALIAS}/_create/cases:c1`, conflict());
    cluster.on('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', 4, source('c1', { title: 'theirs' })));
    await expect(repo.create('cases', { title: 'T' }, { id: 'c1' })).rejects.toMatchObject({ statusCode: 409 });
  });

  it('create: a plain 409 is not read back', async () => {
    const { cluster, repo } = retryingBackend();
    cluster.on('PUT', `/${ALIAS}/_create/cases:c1`, conflict());
    await expect(repo.create('cases', { title: 'T' }, { id: 'c1' })).rejects.toMatchObject({ statusCode: 409 });
    expect(cluster.requests).toHaveLength(1);
  });

  it('update with a version: a 409 after a lost answer is ours when the stored document is what we wrote', async () => {
    const { cluster, repo } = retryingBackend();
    const stored = source('c1', { title: 'Old' });
    const mine = { ...source('c1', { title: 'New' }) };
    cluster.once('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', 5, stored));
    cluster.once('PUT', `/${ALIAS}/_doc/cases:c1`, lost());
    cluster.once('PUT', `/${ALIAS}/_doc/cases:c1`, conflict());
    cluster.once('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', 6, mine));
    const saved = await repo.update('cases', 'c1', { title: 'New' }, { version: encodeVersion(5, 1) });
    expect(saved.version).toBe(encodeVersion(6, 1));
  });

  it('delete: a 404 after a lost answer means our delete was applied', async () => {
    const { cluster, repo } = retryingBackend();
    cluster.once('DELETE', `/${ALIAS}/_doc/cases:c1`, lost());
    cluster.once('DELETE', `/${ALIAS}/_doc/cases:c1`, esError(404, 'not_found'));
    await expect(repo.delete('cases', 'c1')).resolves.toBeUndefined();
    expect(cluster.requests).toHaveLength(2);
  });

  it('bulkCreate: resent after a lost answer, items that meet our own document succeed', async () => {
    const { cluster, repo } = retryingBackend();
    cluster.once('POST', `/${ALIAS}/_bulk`, lost());
    cluster.once('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [
        { create: { _id: 'cases:a', status: 409, error: { type: 'version_conflict_engine_exception', reason: 'exists' } } },
        { create: { _id: 'cases:b', status: 409, error: { type: 'version_conflict_engine_exception', reason: 'exists' } } },
      ],
    });
    cluster.on('POST', `/${ALIAS}/_mget`, {
      docs: [found('cases:a', 1, source('a', { title: 'A' })), found('cases:b', 2, source('b', { title: 'theirs' }))],
    });
    const result = await repo.bulkCreate([
      { type: 'cases', id: 'a', attributes: { title: 'A' } },
      { type: 'cases', id: 'b', attributes: { title: 'B' } },
    ]);
    expect(result.saved_objects[0]).toMatchObject({ id: 'a', version: encodeVersion(1, 1) });
    expect(result.saved_objects[1]).toMatchObject({ id: 'b', error: { statusCode: 409 } });
  });
});

describe('version-less conflicts are retried, not reported', () => {
  it('update keeps trying past three lost races', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', `/${ALIAS}/_doc/cases:c1`, found('cases:c1', 1, source('c1', { title: 'Old' })));
    for (let i = 0; i < 4; i++) cluster.once('PUT', `/${ALIAS}/_doc/cases:c1`, conflict());
    cluster.on('PUT', `/${ALIAS}/_doc/cases:c1`, { _id: 'cases:c1', _seq_no: 9, _primary_term: 1, result: 'updated' });
    const saved = await repo.update('cases', 'c1', { title: 'New' });
    expect(saved.version).toBe(encodeVersion(9, 1));
  });

  it('bulkUpdate re-reads and retries a version-less item that lost a race', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('POST', `/${ALIAS}/_mget`, { docs: [found('cases:c1', 1, source('c1', { title: 'Old' }))] });
    cluster.once('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [{ index: { _id: 'cases:c1', status: 409, error: { type: 'version_conflict_engine_exception', reason: 'x' } } }],
    });
    cluster.once('POST', `/${ALIAS}/_mget`, { docs: [found('cases:c1', 2, source('c1', { title: 'Other', status: 'closed' }))] });
    cluster.once('POST', `/${ALIAS}/_bulk`, { errors: false, items: [{ index: { _id: 'cases:c1', status: 200, _seq_no: 3, _primary_term: 1 } }] });
    const result = await repo.bulkUpdate([{ type: 'cases', id: 'c1', attributes: { title: 'New' } }]);
    expect(result.saved_objects[0]).toMatchObject({ id: 'c1', version: encodeVersion(3, 1), attributes: { title: 'New', status: 'closed' } });
    const second = cluster.requests[3].body as Array<Record<string, unknown>>;
    expect(second[0]).toMatchObject({ index: { _id: 'cases:c1', if_seq_no: 2, if_primary_term: 1 } });
  });

  it('bulkUpdate applies two updates of one object in one batch in order', async () => {
    const { cluster, repo } = mockBackend();
    let seqNo = 1;
    let stored = source('c1', { title: 'Old', status: 'open' });
    cluster.on('POST', `/${ALIAS}/_mget`, () => ({ docs: [found('cases:c1', seqNo, stored)] }));
    cluster.on('POST', `/${ALIAS}/_bulk`, (req: RecordedRequest) => {
      const ops = req.body as Array<Record<string, { if_seq_no?: number }>>;
      if (ops.length !== 2) return { errors: true, items: [] };
      if (ops[0].index.if_seq_no !== seqNo) {
        return { errors: true, items: [{ index: { _id: 'cases:c1', status: 409, error: { type: 'version_conflict_engine_exception' } } }] };
      }
      seqNo += 1;
      stored = ops[1] as unknown as typeof stored;
      return { errors: false, items: [{ index: { _id: 'cases:c1', status: 200, _seq_no: seqNo, _primary_term: 1 } }] };
    });
    const result = await repo.bulkUpdate<Record<string, string>>([
      { type: 'cases', id: 'c1', attributes: { title: 'First' } },
      { type: 'cases', id: 'c1', attributes: { status: 'closed' } },
    ]);
    expect(result.saved_objects).toEqual([
      expect.objectContaining({ version: encodeVersion(2, 1), attributes: { title: 'First', status: 'open' } }),
      expect.objectContaining({ version: encodeVersion(3, 1), attributes: { title: 'First', status: 'closed' } }),
    ]);
  });
});
