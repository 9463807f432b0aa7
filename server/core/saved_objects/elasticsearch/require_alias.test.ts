/**
 * Every write names the alias with `require_alias=true`: should the alias be missing,
 * Elasticsearch must refuse the write rather than auto-create a concrete index with dynamic
 * mappings under the alias's name.
 */
import { ALIAS, COMMENT_TYPE, mockBackend } from './__fixtures__/mock_cluster';

const written = { _id: 'x', _seq_no: 1, _primary_term: 1, result: 'created' };

function writesOf(requests: { method: string; path: string; querystring: Record<string, string> }[]) {
  return requests.filter((r) => r.method !== 'GET' && /\/(_create|_doc|_update|_bulk)(\/|$)/.test(r.path));
}

describe('require_alias on writes', () => {
  it('is set on create, overwrite, update, bulk writes and counter increments', async () => {
    const { cluster, repo } = mockBackend([COMMENT_TYPE]);
    cluster.on('PUT', /^\/test-alias\/_create\//, written);
    cluster.on('PUT', /^\/test-alias\/_doc\//, { ...written, result: 'updated' });
    cluster.on('POST', `/${ALIAS}/_bulk`, { errors: false, items: [{ create: { _id: 'cases-comments:c2', status: 201, _seq_no: 2, _primary_term: 1 } }] });
    cluster.on('POST', /^\/test-alias\/_update\//, { get: { _source: { 'cases-comments': { counter: 1 } } } });

    await repo.create('cases-comments', { comment: 'a' }, { id: 'c1' });
    // The update reads back what the create sent.
    const stored = cluster.requests[0].body;
    cluster.on('GET', `/${ALIAS}/_doc/cases-comments:c1`, { _id: 'cases-comments:c1', found: true, _seq_no: 1, _primary_term: 1, _source: stored });
    await repo.create('cases-comments', { comment: 'a' }, { id: 'c1', overwrite: true });
    await repo.update('cases-comments', 'c1', { comment: 'b' });
    await repo.bulkCreate([{ type: 'cases-comments', id: 'c2', attributes: { comment: 'c' } }]);
    await repo.incrementCounter('cases-comments', 'seq', 'counter').catch(() => undefined);

    const writes = writesOf(cluster.requests);
    expect(writes.map((w) => w.path)).toEqual(
      expect.arrayContaining([`/${ALIAS}/_create/cases-comments:c1`, `/${ALIAS}/_doc/cases-comments:c1`, `/${ALIAS}/_bulk`, expect.stringMatching(/_update\//)]),
    );
    for (const write of writes) expect({ path: write.path, require_alias: write.querystring.require_alias }).toEqual({ path: write.path, require_alias: 'true' });
  });
});
