import { errors } from '@elastic/elasticsearch';
import { esError, mockCluster } from './__fixtures__/mock_cluster';
import { ClusterUnavailableError, waitForCluster } from './wait_for_cluster';

const SEARCH_OK = { took: 1, timed_out: false, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 }, hits: { hits: [] } };

/** A clock that only moves when the waiter sleeps, so the deadline is tested without real time. */
function fakeTime() {
  let clock = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => clock,
    sleep: async (ms: number) => {
      slept.push(ms);
      clock += ms;
    },
    random: () => 0.5,
  };
}

describe('waitForCluster', () => {
  it('retries connection errors, 503 and 429 with growing delays, then resolves', async () => {
    const cluster = mockCluster();
    cluster.once('POST', '/test-alias/_search', new errors.ConnectionError('connect ECONNREFUSED'));
    cluster.once('POST', '/test-alias/_search', esError(503, 'cluster_block_exception', 'state not recovered / initialized'));
    cluster.once('POST', '/test-alias/_search', esError(429, 'es_rejected_execution_exception'));
    cluster.on('POST', '/test-alias/_search', SEARCH_OK);
    const time = fakeTime();
    const causes: string[] = [];
    await waitForCluster({ client: cluster.client, index: 'test-alias', timeoutMs: 60_000, onWaiting: (c) => causes.push(c), ...time });
    expect(cluster.requests).toHaveLength(4);
    expect(cluster.requests[0].body).toEqual({ size: 0, track_total_hits: false });
    expect(cluster.requests[0].querystring).toMatchObject({ allow_partial_search_results: 'true' });
    expect(time.slept).toEqual([375, 750, 1500]);
    expect(causes[1]).toBe('503 state not recovered / initialized');
  });

  it('passes when the alias does not exist yet: the bootstrap creates it', async () => {
    const cluster = mockCluster();
    cluster.on('POST', '/test-alias/_search', esError(404, 'index_not_found_exception'));
    await expect(waitForCluster({ client: cluster.client, index: 'test-alias', timeoutMs: 1000, ...fakeTime() })).resolves.toBeUndefined();
  });

  it('keeps waiting while some shards are not available', async () => {
    const cluster = mockCluster();
    cluster.once('POST', '/test-alias/_search', { ...SEARCH_OK, _shards: { total: 1, successful: 0, skipped: 0, failed: 1 } });
    cluster.on('POST', '/test-alias/_search', SEARCH_OK);
    const time = fakeTime();
    await waitForCluster({ client: cluster.client, index: 'test-alias', timeoutMs: 60_000, ...time });
    expect(time.slept).toHaveLength(1);
  });

  it('gives up at the deadline with a message naming the last cause', async () => {
    const cluster = mockCluster();
    cluster.on('POST', '/test-alias/_search', new errors.ConnectionError('connect ECONNREFUSED'));
    const time = fakeTime();
    const waiting = waitForCluster({ client: cluster.client, index: 'test-alias', timeoutMs: 30_000, ...time });
    await expect(waiting).rejects.toThrow(ClusterUnavailableError);
    await expect(waiting).rejects.toThrow(/within 30s \(last error: ConnectionError: connect ECONNREFUSED\)/);
    expect(time.now()).toBeLessThanOrEqual(30_000);
    // Capped backoff: the delays stop growing at 10 s.
    expect(Math.max(...time.slept)).toBeLessThanOrEqual(10_000);
  });

  it.each([
    [401, /rejected the configured credentials/],
    [403, /lacks a privilege \(403\): action \[indices:data\/read\/search\] is unauthorized/],
  ])('does not wait on %s: the configuration must change', async (status, message) => {
    const cluster = mockCluster();
    cluster.on('POST', '/test-alias/_search', esError(status, 'security_exception', 'action [indices:data/read/search] is unauthorized for user [cases]'));
    const time = fakeTime();
    await expect(waitForCluster({ client: cluster.client, index: 'test-alias', timeoutMs: 60_000, ...time })).rejects.toThrow(message);
    expect(cluster.requests).toHaveLength(1);
  });
});
