import { errors } from '@elastic/elasticsearch';
import { esError, mockBackend } from './__fixtures__/mock_cluster';

describe('health', () => {
  it.each([
    ['green', 'available'],
    ['yellow', 'available'],
    ['red', 'degraded'],
  ])('cluster %s is %s', async (status, level) => {
    const { cluster, backend } = mockBackend();
    cluster.on('GET', '/_cluster/health', { status, cluster_name: 'c' });
    expect((await backend.health()).level).toBe(level);
  });

  it('is unavailable when the cluster cannot be reached', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('GET', '/_cluster/health', new errors.ConnectionError('ECONNREFUSED'));
    expect(await backend.health()).toEqual({ level: 'unavailable', summary: 'Elasticsearch cannot be reached' });
  });

  it('falls back to a ping when health is forbidden', async () => {
    const { cluster, backend } = mockBackend();
    cluster.on('GET', '/_cluster/health', esError(403, 'security_exception'));
    cluster.on('HEAD', '/', '');
    expect((await backend.health()).level).toBe('available');
  });
});
