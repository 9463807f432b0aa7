import { errors } from '@elastic/elasticsearch';
import { ALIAS, esError, mockBackend, type RecordedRequest } from './__fixtures__/mock_cluster';
import { COUNTER_ATTEMPTS } from './increment_counter';

const COUNTER_PATH = `/${ALIAS}/_update/cases:seq`;
const answer = (value: number) => ({ result: 'updated', get: { found: true, _source: { cases: { counter: value } } } });
const conflict = () => esError(409, 'version_conflict_engine_exception');
const initialOf = (body: unknown) => (body as { script: { params: { initial: number } } }).script.params.initial;

describe('incrementCounter under contention', () => {
  it('retries a 409 that outlived retry_on_conflict, without refresh and without transport resends', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('POST', COUNTER_PATH, conflict());
    cluster.once('POST', COUNTER_PATH, conflict());
    cluster.once('POST', COUNTER_PATH, answer(7));
    expect(await repo.incrementCounter('cases', 'seq', 'counter')).toBe(7);
    expect(cluster.requests).toHaveLength(3);
    for (const req of cluster.requests) expect(req.querystring).toMatchObject({ refresh: 'false' });
  });

  it('gives up after a bounded number of attempts', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', COUNTER_PATH, conflict());
    await expect(repo.incrementCounter('cases', 'seq', 'counter')).rejects.toMatchObject({ statusCode: 409 });
    expect(cluster.requests).toHaveLength(COUNTER_ATTEMPTS);
  });

  it('never resends an increment whose answer was lost: a resend could skip a number', async () => {
    const { cluster, repo } = mockBackend(undefined, { maxRetries: 3 });
    cluster.once('POST', COUNTER_PATH, new errors.ConnectionError('socket hang up'));
    cluster.on('POST', COUNTER_PATH, answer(2));
    await expect(repo.incrementCounter('cases', 'seq', 'counter')).rejects.toMatchObject({ statusCode: 503 });
    expect(cluster.requests).toHaveLength(1);
  });

  it('queues increments of one counter in the process, so they do not race each other', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('POST', COUNTER_PATH, conflict());
    cluster.on('POST', COUNTER_PATH, (req: RecordedRequest) => answer(initialOf(req.body) + 1));
    const [first, second] = await Promise.all([
      repo.incrementCounter('cases', 'seq', 'counter', { initial: 10 }),
      repo.incrementCounter('cases', 'seq', 'counter', { initial: 20 }),
    ]);
    expect([first, second]).toEqual([11, 21]);
    // The first call's retry goes before the second call is sent at all.
    expect(cluster.requests.map((r) => initialOf(r.body))).toEqual([10, 10, 20]);
  });

  it('a failed increment does not block the queue', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('POST', COUNTER_PATH, esError(400, 'illegal_argument_exception'));
    cluster.on('POST', COUNTER_PATH, answer(3));
    const results = await Promise.allSettled([
      repo.incrementCounter('cases', 'seq', 'counter'),
      repo.incrementCounter('cases', 'seq', 'counter'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });
});
