/**
 * Mapping migrations over a scripted cluster: a compatible addition re-indexes the stored
 * documents of the affected types only, an incompatible change reindexes into `<alias>_2` and
 * swaps the alias atomically, and processes starting together migrate once.
 */
import type { SavedObjectsType } from '../types';
import { ALIAS, COMMENT_TYPE, FIXED_NOW, SPACE_TYPE, esError, mockCluster, testRegistry, type RecordedRequest } from './__fixtures__/mock_cluster';
import { createElasticsearchBackend } from './elasticsearch_backend';
import { rootProperties } from './index_mappings';
import { lockIndexName } from './migration_lock';
import { JOURNAL_TYPE_NAME } from './unit_of_work_journal';

type Cluster = ReturnType<typeof mockCluster>;

const LOCK_INDEX = lockIndexName(ALIAS);
const LOCK_DOC = `/${LOCK_INDEX}/_doc/mappings`;
const NOW_MS = Date.parse(FIXED_NOW);

/** What the index holds at version 1 of the comments type: `status` is not mapped yet. */
const LIVE_BEFORE = {
  ...rootProperties(),
  'cases-comments': { dynamic: 'false', properties: { comment: { type: 'text' } } },
  space: { dynamic: 'strict', properties: { name: { type: 'text' } } },
  [JOURNAL_TYPE_NAME]: { dynamic: 'false' },
};
const LIVE_AFTER = {
  ...LIVE_BEFORE,
  'cases-comments': { dynamic: 'false', properties: { comment: { type: 'text' }, status: { type: 'keyword' } } },
};

function startBackend(cluster: Cluster, types: SavedObjectsType[], owner: string) {
  return createElasticsearchBackend({
    client: cluster.client,
    index: ALIAS,
    registry: testRegistry(types),
    now: () => FIXED_NOW,
    // A waiter's sleep yields to the other process instead of waiting for real time.
    migration: { owner, sleep: () => new Promise((resolve) => setImmediate(resolve)), nowMs: () => NOW_MS, maxWaitPolls: 50 },
  });
}

/** An index whose alias exists, whose mappings are `live()`, with no journals left to repair. */
function existingIndex(cluster: Cluster, live: () => Record<string, unknown>): void {
  cluster.on('HEAD', `/_alias/${ALIAS}`, '');
  cluster.on('GET', `/${ALIAS}/_mapping`, () => ({ [`${ALIAS}_1`]: { mappings: { dynamic: 'strict', properties: live() } } }));
  cluster.on('GET', `/${ALIAS}/_refresh`, { _shards: { total: 1, successful: 1, failed: 0 } });
  cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 0 }, hits: [] } });
}

/** The lock index as Elasticsearch keeps it: one document, created once, guarded by seq_no. */
function lockStore(cluster: Cluster) {
  let doc: { owner: string; expires_at: string } | undefined;
  let seqNo = 0;
  let indexCreated = false;
  cluster.on('PUT', `/${LOCK_INDEX}`, () => {
    if (indexCreated) return esError(400, 'resource_already_exists_exception');
    indexCreated = true;
    return { acknowledged: true };
  });
  cluster.on('PUT', `/${LOCK_INDEX}/_create/mappings`, (req: RecordedRequest) => {
    if (doc) return esError(409, 'version_conflict_engine_exception');
    doc = req.body as typeof doc;
    return { _id: 'mappings', _seq_no: ++seqNo, _primary_term: 1, result: 'created' };
  });
  cluster.on('PUT', LOCK_DOC, (req: RecordedRequest) => {
    if (!doc || Number(req.querystring.if_seq_no) !== seqNo) return esError(409, 'version_conflict_engine_exception');
    doc = req.body as typeof doc;
    return { _id: 'mappings', _seq_no: ++seqNo, _primary_term: 1, result: 'updated' };
  });
  cluster.on('GET', LOCK_DOC, () =>
    doc ? { _id: 'mappings', found: true, _seq_no: seqNo, _primary_term: 1, _source: doc } : esError(404, 'not_found'),
  );
  cluster.on('DELETE', LOCK_DOC, () => {
    doc = undefined;
    return { result: 'deleted' };
  });
  return {
    held: () => doc,
    put: (value: typeof doc) => {
      doc = value;
      seqNo++;
    },
  };
}

const calls = (cluster: Cluster) => cluster.requests.map((r) => `${r.method} ${r.path}`);

describe('mapping migrations at start', () => {
  it('adds a field to a stored type and re-indexes that type only, under the lock', async () => {
    const cluster = mockCluster();
    let live: Record<string, unknown> = LIVE_BEFORE;
    existingIndex(cluster, () => live);
    const lock = lockStore(cluster);
    cluster.on('PUT', `/${ALIAS}/_mapping`, () => {
      live = LIVE_AFTER;
      return { acknowledged: true };
    });
    cluster.on('POST', `/${ALIAS}/_update_by_query`, { task: 'node-1:42' });
    cluster.once('GET', '/_tasks/node-1:42', { completed: false, task: {} });
    cluster.on('GET', '/_tasks/node-1:42', { completed: true, task: {}, response: { total: 3, updated: 3, failures: [] } });

    await startBackend(cluster, [COMMENT_TYPE, SPACE_TYPE], 'p1').start();

    const put = cluster.requests.find((r) => r.method === 'PUT' && r.path === `/${ALIAS}/_mapping`);
    expect(put?.body).toEqual({ properties: { 'cases-comments': expect.objectContaining({ properties: { comment: { type: 'text' }, status: { type: 'keyword' } } }) } });
    const byQuery = cluster.requests.filter((r) => r.path === `/${ALIAS}/_update_by_query`);
    expect(byQuery).toHaveLength(1);
    expect(byQuery[0].body).toEqual({ conflicts: 'proceed', query: { terms: { type: ['cases-comments'] } } });
    expect(byQuery[0].querystring).toMatchObject({ refresh: 'true', wait_for_completion: 'false' });
    // The task was polled until done, and the lock taken before and released after.
    expect(calls(cluster).filter((c) => c === 'GET /_tasks/node-1:42')).toHaveLength(2);
    const order = calls(cluster);
    expect(order.indexOf(`PUT /${LOCK_INDEX}/_create/mappings`)).toBeLessThan(order.indexOf(`PUT /${ALIAS}/_mapping`));
    expect(order.indexOf(`DELETE ${LOCK_DOC}`)).toBeGreaterThan(order.lastIndexOf('GET /_tasks/node-1:42'));
    expect(lock.held()).toBeUndefined();
  });

  it('reindexes into <alias>_2 and swaps the alias atomically when a field changes type', async () => {
    const cluster = mockCluster();
    existingIndex(cluster, () => ({ ...LIVE_AFTER, 'cases-comments': { properties: { comment: { type: 'text' }, status: { type: 'text' } } } }));
    lockStore(cluster);
    cluster.on('PUT', `/${ALIAS}_1/_block/write`, { acknowledged: true, shards_acknowledged: true, indices: [] });
    cluster.on('PUT', `/${ALIAS}_2`, { acknowledged: true, index: `${ALIAS}_2` });
    cluster.on('POST', '/_reindex', { task: 'node-1:7' });
    cluster.on('GET', '/_tasks/node-1:7', { completed: true, task: {}, response: { total: 5, created: 5, failures: [] } });
    cluster.on('POST', '/_aliases', { acknowledged: true });

    await startBackend(cluster, [COMMENT_TYPE, SPACE_TYPE], 'p1').start();

    expect(calls(cluster).filter((c) => c.startsWith('PUT /test-alias/_mapping'))).toEqual([]);
    const order = calls(cluster);
    const steps = [`PUT /${ALIAS}_1/_block/write`, `PUT /${ALIAS}_2`, 'POST /_reindex', 'GET /_tasks/node-1:7', 'POST /_aliases', `DELETE ${LOCK_DOC}`];
    expect(steps.map((s) => order.indexOf(s))).toEqual([...steps.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    const created = cluster.requests.find((r) => r.path === `/${ALIAS}_2`)?.body as { mappings: { properties: Record<string, unknown> } };
    expect(created.mappings.properties['cases-comments']).toMatchObject({ properties: { status: { type: 'keyword' } } });
    expect(created).not.toHaveProperty('aliases');
    const reindex = cluster.requests.find((r) => r.path === '/_reindex');
    expect(reindex?.body).toEqual({ source: { index: `${ALIAS}_1` }, dest: { index: `${ALIAS}_2` } });
    expect(reindex?.querystring).toMatchObject({ wait_for_completion: 'false', refresh: 'true' });
    expect(cluster.requests.find((r) => r.path === '/_aliases')?.body).toEqual({
      actions: [
        { remove: { index: `${ALIAS}_1`, alias: ALIAS, must_exist: true } },
        { add: { index: `${ALIAS}_2`, alias: ALIAS, is_write_index: true } },
      ],
    });
  });

  it('migrates once when two processes start at the same time: the other waits, then verifies', async () => {
    const cluster = mockCluster();
    let live: Record<string, unknown> = LIVE_BEFORE;
    existingIndex(cluster, () => live);
    lockStore(cluster);
    cluster.on('PUT', `/${ALIAS}/_mapping`, () => {
      live = LIVE_AFTER;
      return { acknowledged: true };
    });
    cluster.on('POST', `/${ALIAS}/_update_by_query`, { task: 'node-1:42' });
    // The task takes a few polls, so the second process finds the lock held.
    for (let i = 0; i < 3; i++) cluster.once('GET', '/_tasks/node-1:42', { completed: false, task: {} });
    cluster.on('GET', '/_tasks/node-1:42', { completed: true, task: {}, response: { updated: 3, failures: [] } });

    const types = [COMMENT_TYPE, SPACE_TYPE];
    await Promise.all([startBackend(cluster, types, 'p1').start(), startBackend(cluster, types, 'p2').start()]);

    expect(calls(cluster).filter((c) => c === `PUT /${ALIAS}/_mapping`)).toHaveLength(1);
    expect(calls(cluster).filter((c) => c === `POST /${ALIAS}/_update_by_query`)).toHaveLength(1);
    const creates = cluster.requests.filter((r) => r.path === `/${LOCK_INDEX}/_create/mappings`);
    expect(creates.map((r) => (r.body as { owner: string }).owner).sort()).toEqual(['p1', 'p2']);
    // The loser looked at the lock until it was gone, then read the mappings again and found them current.
    expect(calls(cluster).filter((c) => c === `GET ${LOCK_DOC}`).length).toBeGreaterThan(0);
    expect(calls(cluster).filter((c) => c === `GET /${ALIAS}/_mapping`).length).toBe(4);
  });

  it('takes over a lock whose holder crashed (expired), guarded by its sequence number', async () => {
    const cluster = mockCluster();
    let live: Record<string, unknown> = LIVE_BEFORE;
    existingIndex(cluster, () => live);
    const lock = lockStore(cluster);
    lock.put({ owner: 'crashed', expires_at: new Date(NOW_MS - 1000).toISOString() });
    cluster.on('PUT', `/${ALIAS}/_mapping`, () => {
      live = LIVE_AFTER;
      return { acknowledged: true };
    });
    cluster.on('POST', `/${ALIAS}/_update_by_query`, { task: 'node-1:42' });
    cluster.on('GET', '/_tasks/node-1:42', { completed: true, task: {}, response: { updated: 1, failures: [] } });

    await startBackend(cluster, [COMMENT_TYPE, SPACE_TYPE], 'p1').start();

    const takeover = cluster.requests.find((r) => r.method === 'PUT' && r.path === LOCK_DOC);
    expect(takeover?.querystring).toMatchObject({ if_seq_no: '1', if_primary_term: '1' });
    expect(takeover?.body).toMatchObject({ owner: 'p1' });
    expect(calls(cluster)).toContain(`POST /${ALIAS}/_update_by_query`);
    expect(lock.held()).toBeUndefined();
  });

  it('adds a new type without the lock or an update by query: no stored document has it', async () => {
    const cluster = mockCluster();
    const { space: _space, ...withoutSpace } = LIVE_AFTER;
    existingIndex(cluster, () => withoutSpace);
    cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    await startBackend(cluster, [COMMENT_TYPE, SPACE_TYPE], 'p1').start();
    expect(calls(cluster).filter((c) => c.includes(LOCK_INDEX) || c.includes('_update_by_query'))).toEqual([]);
    expect(cluster.requests.find((r) => r.path === `/${ALIAS}/_mapping` && r.method === 'PUT')?.body).toEqual({
      properties: { space: { type: 'object', dynamic: 'strict', properties: { name: { type: 'text' } } } },
    });
  });

  it('refuses to start on a concrete index squatting on the alias name', async () => {
    const cluster = mockCluster();
    cluster.on('HEAD', `/_alias/${ALIAS}`, esError(404, 'alias_missing'));
    cluster.on('HEAD', `/${ALIAS}`, '');
    await expect(startBackend(cluster, [COMMENT_TYPE], 'p1').start()).rejects.toThrow(
      /concrete index named \[test-alias\].*delete it/,
    );
    expect(calls(cluster)).not.toContain(`PUT /${ALIAS}_1`);
  });
});
