import { f } from '../types';
import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, mockBackend } from './__fixtures__/mock_cluster';

const EMPTY = { hits: { total: { value: 0, relation: 'eq' }, hits: [] } };

function setup(reply: unknown = EMPTY) {
  const ctx = mockBackend();
  ctx.cluster.on('POST', `/${ALIAS}/_search`, reply);
  return ctx;
}

const casesClause = (namespace: string, ...extra: unknown[]) => ({
  bool: { filter: [{ term: { type: 'cases' } }, { term: { namespaces: namespace } }, ...extra] },
});

describe('find', () => {
  it('sends the exact search body: type and space scoping, from/size, totals, versions, id tiebreaker', async () => {
    const { cluster, repo } = setup();
    await repo.find({ type: 'cases', namespace: 'team-a', page: 3, perPage: 10, filter: f.term('status', 'open') });
    expect(cluster.requests).toEqual([
      {
        method: 'POST',
        path: `/${ALIAS}/_search`,
        querystring: {},
        body: {
          query: {
            bool: {
              filter: [
                { bool: { should: [casesClause('team-a', { term: { 'cases.status': 'open' } })], minimum_should_match: 1 } },
              ],
            },
          },
          sort: [{ id: { order: 'asc' } }],
          from: 20,
          size: 10,
          track_total_hits: true,
          seq_no_primary_term: true,
        },
      },
    ]);
  });

  it('scopes the default space by namespaces and leaves agnostic types unscoped; several types OR their clauses', async () => {
    const { cluster, repo } = setup();
    await repo.find({ type: ['cases', 'space'] });
    const body = cluster.requests[0].body as { query: unknown; from: number; size: number };
    expect(body.query).toEqual({
      bool: {
        filter: [{ bool: { should: [casesClause('default'), { bool: { filter: [{ term: { type: 'space' } }] } }], minimum_should_match: 1 } }],
      },
    });
    expect([body.from, body.size]).toEqual([0, 20]);
  });

  it('applies the filter per type in a multi-type find', async () => {
    const { cluster, repo } = setup();
    await repo.find({ type: ['cases', 'cases-comments'], filter: f.term('status', 'open') });
    const should = (cluster.requests[0].body as { query: { bool: { filter: Array<{ bool: { should: unknown } }> } } }).query.bool
      .filter[0].bool.should;
    expect(should).toEqual([
      casesClause('default', { term: { 'cases.status': 'open' } }),
      {
        bool: {
          filter: [{ term: { type: 'cases-comments' } }, { term: { namespaces: 'default' } }, { term: { 'cases-comments.status': 'open' } }],
        },
      },
    ]);
  });

  it('hasReference: nested queries on references; OR groups ids per type, AND has one clause per reference', async () => {
    const { cluster, repo } = setup();
    const refs = [
      { type: 'cases', id: 'c1' },
      { type: 'cases', id: 'c2' },
      { type: 'space', id: 's1' },
    ];
    const nested = (type: string, idQuery: unknown) => ({
      nested: { path: 'references', query: { bool: { filter: [{ term: { 'references.type': type } }, idQuery] } } },
    });
    await repo.find({ type: 'cases-comments', hasReference: refs });
    await repo.find({ type: 'cases-comments', hasReference: refs, hasReferenceOperator: 'AND' });
    await repo.find({ type: 'cases-comments', hasReference: refs[0] });
    const second = (i: number) => (cluster.requests[i].body as { query: { bool: { filter: unknown[] } } }).query.bool.filter[1];
    expect(second(0)).toEqual({
      bool: {
        should: [nested('cases', { terms: { 'references.id': ['c1', 'c2'] } }), nested('space', { term: { 'references.id': 's1' } })],
        minimum_should_match: 1,
      },
    });
    expect(second(1)).toEqual({
      bool: {
        filter: [
          nested('cases', { term: { 'references.id': 'c1' } }),
          nested('cases', { term: { 'references.id': 'c2' } }),
          nested('space', { term: { 'references.id': 's1' } }),
        ],
      },
    });
    expect(second(2)).toEqual({ bool: { should: [nested('cases', { term: { 'references.id': 'c1' } })], minimum_should_match: 1 } });
  });

  it('search: simple_query_string in must, escaped; relevance orders ties of the sort field', async () => {
    const { cluster, repo } = setup();
    await repo.find({ type: 'cases', search: 'mal-ware phish*', searchFields: ['title'], defaultSearchOperator: 'AND', sortField: 'created_at' });
    const body = cluster.requests[0].body as { query: { bool: { must: unknown } }; sort: unknown };
    expect(body.query.bool.must).toEqual([
      { simple_query_string: { query: '"mal\\-ware" phish*', fields: ['cases.title'], default_operator: 'AND' } },
    ]);
    expect(body.sort).toEqual([{ created_at: { order: 'asc' } }, { _score: { order: 'desc' } }, { id: { order: 'asc' } }]);
  });

  it('fields: _source includes the root keys and the named attributes of each type', async () => {
    const { cluster, repo } = setup();
    await repo.find({ type: 'cases', fields: ['title', 'attributes.status'] });
    expect((cluster.requests[0].body as { _source: unknown })._source).toEqual({
      includes: ['id', 'type', 'namespace', 'namespaces', 'references', 'created_at', 'updated_at', 'created_by', 'updated_by', 'originId', 'model_version', 'cases.title', 'cases.status'],
    });
  });

  it('refuses to page past the result window with a clear 400, before any request', async () => {
    const { cluster, repo } = setup();
    await expect(repo.find({ type: 'cases', page: 101, perPage: 100 })).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('point-in-time finder'),
    });
    await expect(repo.find({ type: 'cases', page: 0 })).rejects.toMatchObject({ statusCode: 400 });
    await expect(repo.find({ type: 'nope' })).resolves.toMatchObject({ saved_objects: [], total: 0 });
    expect(cluster.requests).toHaveLength(0);
    await repo.find({ type: 'cases', page: 100, perPage: 100 });
    expect(cluster.requests).toHaveLength(1);
  });

  it('parses hits: attributes from the type key, version from _seq_no/_primary_term, score, total', async () => {
    const { repo } = setup({
      hits: {
        total: { value: 42, relation: 'eq' },
        hits: [
          {
            _id: 'team-a:cases:c1',
            _score: 1.5,
            _seq_no: 7,
            _primary_term: 2,
            _source: {
              id: 'c1',
              type: 'cases',
              namespace: 'team-a',
              namespaces: ['team-a'],
              cases: { title: 'T' },
              references: [],
              created_at: FIXED_NOW,
              updated_at: FIXED_NOW,
              created_by: 'elastic',
              updated_by: 'elastic',
            },
          },
        ],
      },
    });
    const result = await repo.find({ type: 'cases', namespace: 'team-a', perPage: 5 });
    expect(result).toEqual({
      saved_objects: [
        {
          id: 'c1',
          type: 'cases',
          attributes: { title: 'T' },
          references: [],
          version: encodeVersion(7, 2),
          namespaces: ['team-a'],
          created_at: FIXED_NOW,
          updated_at: FIXED_NOW,
          created_by: 'elastic',
          updated_by: 'elastic',
          score: 1.5,
        },
      ],
      total: 42,
      page: 1,
      per_page: 5,
    });
  });

  it('answers an empty page for an empty type list without asking the cluster', async () => {
    const { cluster, repo } = setup();
    expect(await repo.find({ type: [] })).toEqual({ saved_objects: [], total: 0, page: 1, per_page: 20 });
    expect(cluster.requests).toHaveLength(0);
  });
});
