import { f } from '../types';
import { ALIAS, FIXED_NOW, mockBackend } from './__fixtures__/mock_cluster';

const hit = (id: string) => ({
  _id: `cases:${id}`,
  _seq_no: 1,
  _primary_term: 1,
  _score: null,
  sort: [id],
  _source: { id, type: 'cases', namespaces: ['default'], cases: {}, references: [], created_at: FIXED_NOW, updated_at: FIXED_NOW },
});
const page = (pitId: string, ids: string[]) => ({ pit_id: pitId, hits: { total: { value: 3, relation: 'eq' }, hits: ids.map(hit) } });

describe('point-in-time finder', () => {
  it('opens a PIT, walks pages with search_after, and closes the PIT', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_pit`, { id: 'pit-1' });
    cluster.once('POST', '/_search', page('pit-2', ['a', 'b']));
    cluster.once('POST', '/_search', page('pit-3', ['c']));
    cluster.on('DELETE', '/_pit', { succeeded: true, num_freed: 1 });
    const finder = repo.createPointInTimeFinder({ type: 'cases', perPage: 2, filter: f.term('status', 'open') });
    const pages = [];
    for await (const result of finder.find()) pages.push(result);
    expect(pages.map((p) => [p.page, p.per_page, p.total, p.saved_objects.map((o) => o.id)])).toEqual([
      [1, 2, 3, ['a', 'b']],
      [2, 2, 3, ['c']],
    ]);
    const query = {
      bool: {
        filter: [
          {
            bool: {
              should: [{ bool: { filter: [{ term: { type: 'cases' } }, { term: { namespaces: 'default' } }, { term: { 'cases.status': 'open' } }] } }],
              minimum_should_match: 1,
            },
          },
        ],
      },
    };
    expect(cluster.requests).toEqual([
      { method: 'POST', path: `/${ALIAS}/_pit`, querystring: { keep_alive: '2m' }, body: undefined },
      {
        method: 'POST',
        path: '/_search',
        querystring: {},
        body: { query, sort: [{ id: { order: 'asc' } }], pit: { id: 'pit-1', keep_alive: '2m' }, size: 2, track_total_hits: true, seq_no_primary_term: true },
      },
      {
        method: 'POST',
        path: '/_search',
        querystring: {},
        body: {
          query,
          sort: [{ id: { order: 'asc' } }],
          pit: { id: 'pit-2', keep_alive: '2m' },
          size: 2,
          search_after: ['b'],
          // Counted on the first page only: the snapshot does not change.
          track_total_hits: false,
          seq_no_primary_term: true,
        },
      },
      { method: 'DELETE', path: '/_pit', querystring: {}, body: { id: 'pit-3' } },
    ]);
    await finder.close();
    expect(cluster.requests).toHaveLength(4);
  });

  it('closes the PIT when the consumer stops early, and on close()', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_pit`, { id: 'pit-1' });
    cluster.on('POST', '/_search', page('pit-1', ['a', 'b']));
    cluster.on('DELETE', '/_pit', { succeeded: true });
    const finder = repo.createPointInTimeFinder({ type: 'cases', perPage: 2 });
    for await (const result of finder.find()) {
      expect(result.saved_objects).toHaveLength(2);
      break;
    }
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST /${ALIAS}/_pit`, 'POST /_search', 'DELETE /_pit']);
  });

  it('yields nothing on no match and still closes', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_pit`, { id: 'pit-1' });
    cluster.on('POST', '/_search', page('pit-1', []));
    cluster.on('DELETE', '/_pit', { succeeded: true });
    const pages = [];
    for await (const result of repo.createPointInTimeFinder({ type: 'cases' }).find()) pages.push(result);
    expect(pages).toEqual([]);
    expect((cluster.requests[1].body as { size: number }).size).toBe(1000);
    expect(cluster.requests[2].path).toBe('/_pit');
  });
});
