import { errors } from '@elastic/elasticsearch';
import { ALIAS, esError, mockBackend } from './__fixtures__/mock_cluster';

const shards = (failed: number) => ({ took: 1, timed_out: false, _shards: { total: 2, successful: 2 - failed, skipped: 0, failed }, hits: { hits: [] } });

describe('health', () => {
  it('checks the alias with an index-level search, never cluster health (no cluster privilege needed)', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, shards(0));
    expect(await backend.health()).toEqual({ level: 'available', summary: `Elasticsearch serves the saved-objects index ${ALIAS}` });
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /${ALIAS}/_search`]);
    expect(cluster.requests[0].body).toEqual({ size: 0, track_total_hits: false });
  });

  it('is degraded when some shards do not answer', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, shards(1));
    expect((await backend.health()).level).toBe('degraded');
  });

  it('works for a user without the monitor privilege', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('GET', '/_cluster/health', esError(403, 'security_exception', 'action [cluster:monitor/health] is unauthorized'));
    cluster.on('POST', `/${ALIAS}/_search`, shards(0));
    expect((await backend.health()).level).toBe('available');
  });

  it('is unavailable when the cluster cannot be reached', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, new errors.ConnectionError('ECONNREFUSED'));
    expect(await backend.health()).toEqual({ level: 'unavailable', summary: 'Elasticsearch cannot be reached' });
  });

  it.each([
    [401, /rejected the configured credentials/],
    [403, /lacks a privilege \(403\): action \[indices:data\/read\/search\] is unauthorized for user \[cases\]/],
  ])('names the cause of a %s', async (status, summary) => {
    const { cluster, backend } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, esError(status, 'security_exception', 'action [indices:data/read/search] is unauthorized for user [cases]'));
    const health = await backend.health();
    expect(health.level).toBe('unavailable');
    expect(health.summary).toMatch(summary);
  });

  it('names a missing index', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, esError(404, 'index_not_found_exception'));
    expect(await backend.health()).toEqual({ level: 'unavailable', summary: `The saved-objects index ${ALIAS} does not exist` });
  });
});
