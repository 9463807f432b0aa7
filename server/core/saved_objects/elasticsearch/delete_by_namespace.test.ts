import type { EsContext } from './context';
import { ALIAS, esError, mockBackend, testRegistry } from './__fixtures__/mock_cluster';
import { deleteByNamespace } from './delete_by_namespace';

const TASK = 'node-1:42';
const done = (response: object) => ({ completed: true, task: { node: 'node-1', id: 42, action: 'indices:data/write/delete/byquery' }, response });

function setup() {
  const { cluster, repo } = mockBackend();
  cluster.on('POST', `/${ALIAS}/_delete_by_query`, { task: TASK });
  const ctx: EsContext = { client: cluster.client, index: ALIAS, registry: testRegistry([]), now: () => '', generateId: () => '' } as EsContext;
  return { cluster, repo, ctx };
}

describe('deleteByNamespace as a task', () => {
  it('starts delete_by_query without waiting, polls the task, and returns the count', async () => {
    const { cluster, repo } = setup();
    cluster.once('GET', `/_tasks/${TASK}`, esError(408, 'timeout_exception', 'Timed out waiting for completion of task'));
    cluster.on('GET', `/_tasks/${TASK}`, done({ deleted: 12, failures: [] }));
    expect(await repo.deleteByNamespace('team-a')).toBe(12);
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /${ALIAS}/_delete_by_query`,
      `GET /_tasks/${TASK}`,
      `GET /_tasks/${TASK}`,
    ]);
    expect(cluster.requests[0].querystring).toMatchObject({ conflicts: 'proceed', refresh: 'true', wait_for_completion: 'false' });
    expect(cluster.requests[0].body).toEqual({ query: { bool: { filter: [{ term: { namespaces: 'team-a' } }] } } });
    expect(cluster.requests[1].querystring).toEqual({ wait_for_completion: 'true', timeout: '30s' });
  });

  it('reports the failures the task recorded', async () => {
    const { cluster, repo } = setup();
    const failure = { index: 'x', id: 'team-a:cases:1', status: 500, cause: { type: 'es_rejected_execution_exception', reason: 'rejected execution' } };
    cluster.on('GET', `/_tasks/${TASK}`, done({ deleted: 3, failures: [failure, failure] }));
    await expect(repo.deleteByNamespace('team-a')).rejects.toMatchObject({
      statusCode: 500,
      message: `Deleting the objects of space [team-a] failed for 2 documents (task ${TASK}), first: es_rejected_execution_exception: rejected execution (document team-a:cases:1)`,
    });
  });

  it('reports a task that failed as a whole', async () => {
    const { cluster, repo } = setup();
    cluster.on('GET', `/_tasks/${TASK}`, { completed: true, task: {}, error: { type: 'search_phase_execution_exception', reason: 'all shards failed' } });
    await expect(repo.deleteByNamespace('team-a')).rejects.toThrow(/failed \(task node-1:42\): all shards failed/);
  });

  it('stops polling at the deadline and says the task still runs', async () => {
    const { cluster, ctx } = setup();
    cluster.on('GET', `/_tasks/${TASK}`, esError(408, 'timeout_exception'));
    await expect(deleteByNamespace(ctx, 'team-a', { pollSeconds: 30, deadlineSeconds: 90 })).rejects.toMatchObject({
      statusCode: 503,
      message: expect.stringContaining(`still running as task ${TASK}`),
    });
    expect(cluster.requests.filter((r) => r.path.startsWith('/_tasks/'))).toHaveLength(3);
  });

  it('a user who may not read tasks gets a 503 naming the privilege in the log', async () => {
    const { cluster, repo } = setup();
    cluster.on('GET', `/_tasks/${TASK}`, esError(403, 'security_exception', 'action [cluster:monitor/task/get] is unauthorized'));
    await expect(repo.deleteByNamespace('team-a')).rejects.toMatchObject({ statusCode: 503 });
  });
});
