import { ALIAS, FIXED_NOW, esError, mockBackend } from './__fixtures__/mock_cluster';
import { COUNTER_RETRY_ON_CONFLICT, INCREMENT_SCRIPT } from './increment_counter';

describe('incrementCounter', () => {
  it('sends a scripted upsert with retry_on_conflict, unrefreshed, and returns the new value from _source', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_update/team-a:cases:seq`, {
      _id: 'team-a:cases:seq',
      result: 'updated',
      _seq_no: 9,
      _primary_term: 1,
      get: { found: true, _source: { id: 'seq', type: 'cases', cases: { counter: 43 } } },
    });
    const value = await repo.incrementCounter('cases', 'seq', 'counter', { namespace: 'team-a', initial: 0 });
    expect(value).toBe(43);
    expect(cluster.requests).toEqual([
      {
        method: 'POST',
        path: `/${ALIAS}/_update/team-a:cases:seq`,
        querystring: { retry_on_conflict: String(COUNTER_RETRY_ON_CONFLICT), refresh: 'false', require_alias: 'true' },
        body: {
          script: { source: INCREMENT_SCRIPT, lang: 'painless', params: { type: 'cases', field: 'counter', initial: 0, now: FIXED_NOW } },
          upsert: {
            id: 'seq',
            type: 'cases',
            namespace: 'team-a',
            namespaces: ['team-a'],
            cases: {},
            references: [],
            created_at: FIXED_NOW,
            updated_at: FIXED_NOW,
            model_version: 1,
          },
          scripted_upsert: true,
          _source: true,
        },
      },
    ]);
  });

  it('passes the initial value to the script and maps failures', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('POST', `/${ALIAS}/_update/cases:seq`, { get: { _source: { cases: { counter: 101 } } } });
    expect(await repo.incrementCounter('cases', 'seq', 'counter', { initial: 100 })).toBe(101);
    expect((cluster.requests[0].body as { script: { params: { initial: number } } }).script.params.initial).toBe(100);
    cluster.once('POST', `/${ALIAS}/_update/cases:seq`, esError(400, 'illegal_argument_exception'));
    await expect(repo.incrementCounter('cases', 'seq', 'counter')).rejects.toMatchObject({ statusCode: 400 });
    cluster.once('POST', `/${ALIAS}/_update/cases:seq`, { get: { _source: { cases: { counter: 'x' } } } });
    await expect(repo.incrementCounter('cases', 'seq', 'counter')).rejects.toMatchObject({ statusCode: 500 });
  });
});
