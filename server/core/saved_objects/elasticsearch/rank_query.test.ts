/** The request a ranked find (`rankBy`) sends, and how its answer reads, on a mock cluster. */
import { f } from '../types';
import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, mockBackend } from './__fixtures__/mock_cluster';

const hit = (id: string, score: number) => ({
  _id: `cases:${id}`,
  _score: score,
  _seq_no: 1,
  _primary_term: 1,
  _source: { type: 'cases', id, namespaces: ['default'], references: [], created_at: FIXED_NOW, updated_at: FIXED_NOW, cases: { status: 'open' } },
});

function setup(reply: unknown = { hits: { total: { value: 0, relation: 'eq' }, hits: [] } }) {
  const ctx = mockBackend();
  ctx.cluster.on('POST', `/${ALIAS}/_search`, reply);
  return ctx;
}

describe('find with rankBy', () => {
  it('scores by one constant_score term per distinct value, keeps the find in filter, and sorts by _score first', async () => {
    const { cluster, repo } = setup();
    await repo.find({
      type: 'cases',
      filter: f.term('status', 'open'),
      rankBy: { field: 'assignees.uid', values: ['u1', 'u2', 'u1'] },
      sort: [{ field: 'opened_at', order: 'desc' }],
      perPage: 5,
    });
    const body = cluster.requests[0].body as Record<string, unknown>;
    expect(body.query).toEqual({
      bool: {
        filter: [
          {
            bool: {
              should: [{ bool: { filter: [{ term: { type: 'cases' } }, { term: { namespaces: 'default' } }, { term: { 'cases.status': 'open' } }] } }],
              minimum_should_match: 1,
            },
          },
        ],
        should: [
          { constant_score: { filter: { term: { 'cases.assignees.uid': 'u1' } }, boost: 1 } },
          { constant_score: { filter: { term: { 'cases.assignees.uid': 'u2' } }, boost: 1 } },
        ],
        minimum_should_match: 1,
      },
    });
    expect(body.sort).toEqual([{ _score: { order: 'desc' } }, { 'cases.opened_at': { order: 'desc' } }, { id: { order: 'desc' } }]);
    expect(body).toMatchObject({ track_scores: true, track_total_hits: true, size: 5, from: 0 });
  });

  it('answers each hit with its score (how many values it holds) and the exact total', async () => {
    const { repo } = setup({ hits: { total: { value: 2, relation: 'eq' }, hits: [hit('a', 2), hit('b', 1)] } });
    const result = await repo.find({ type: 'cases', rankBy: { field: 'status', values: ['open', 'closed'] } });
    expect(result.total).toBe(2);
    expect(result.saved_objects.map((o) => [o.id, o.score, o.version])).toEqual([
      ['a', 2, encodeVersion(1, 1)],
      ['b', 1, encodeVersion(1, 1)],
    ]);
  });

  it('sends nothing for no values, and refuses nested or non-keyword fields, search and several types with 400', async () => {
    const { cluster, repo } = setup();
    await expect(repo.find({ type: 'cases', rankBy: { field: 'status', values: [] } })).resolves.toMatchObject({ total: 0, saved_objects: [] });
    expect(cluster.requests).toEqual([]);
    await expect(repo.find({ type: 'cases', rankBy: { field: 'observables.value', values: ['x'] } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(repo.find({ type: 'cases', rankBy: { field: 'counter', values: ['1'] } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(repo.find({ type: 'cases', search: 'x', rankBy: { field: 'status', values: ['open'] } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(repo.find({ type: ['cases', 'cases-comments'], rankBy: { field: 'status', values: ['open'] } })).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toEqual([]);
  });
});
