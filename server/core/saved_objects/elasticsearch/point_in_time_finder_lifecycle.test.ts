/**
 * The finder's edges against a real cluster's answers: closing mid-walk, counting once, a
 * point in time that expired between pages, and cleanup that fails after an error.
 */
import { errors } from '@elastic/elasticsearch';
import { ALIAS, FIXED_NOW, esError, mockBackend } from './__fixtures__/mock_cluster';

const hit = (id: string) => ({
  _id: `cases:${id}`,
  _seq_no: 1,
  _primary_term: 1,
  _score: null,
  sort: [id],
  _source: { id, type: 'cases', namespaces: ['default'], cases: {}, references: [], created_at: FIXED_NOW, updated_at: FIXED_NOW },
});
const counted = (ids: string[]) => ({ pit_id: 'pit-1', hits: { total: { value: 5, relation: 'eq' }, hits: ids.map(hit) } });
// With track_total_hits: false, Elasticsearch leaves `hits.total` out of the response.
const uncounted = (ids: string[]) => ({ pit_id: 'pit-1', hits: { hits: ids.map(hit) } });

/** The 404 a search on an expired or freed point in time gets, as Elasticsearch 8 sends it. */
const expiredPit = () =>
  new errors.ResponseError({
    body: {
      error: {
        root_cause: [{ type: 'search_context_missing_exception', reason: 'No search context found for id [91]' }],
        type: 'search_phase_execution_exception',
        reason: 'all shards failed',
        phase: 'query',
        grouped: true,
      },
      status: 404,
    },
    statusCode: 404,
    headers: {},
    warnings: null,
    meta: {} as never,
  });

function walk(perPage = 2) {
  const backend = mockBackend();
  backend.cluster.on('POST', `/${ALIAS}/_pit`, { id: 'pit-1' });
  return { ...backend, finder: backend.repo.createPointInTimeFinder({ type: 'cases', perPage }) };
}

const calls = (requests: Array<{ method: string; path: string }>) => requests.map((r) => `${r.method} ${r.path}`);

describe('point-in-time finder lifecycle', () => {
  it('stops at close() called mid-walk: no search without a PIT id, the PIT closed once', async () => {
    const { cluster, finder } = walk();
    cluster.once('POST', '/_search', counted(['a', 'b']));
    cluster.once('POST', '/_search', uncounted(['c', 'd']));
    cluster.on('DELETE', '/_pit', { succeeded: true, num_freed: 1 });
    const seen: string[] = [];
    for await (const page of finder.find()) {
      seen.push(...page.saved_objects.map((o) => o.id));
      await finder.close();
    }
    expect(seen).toEqual(['a', 'b']);
    expect(calls(cluster.requests)).toEqual([`POST /${ALIAS}/_pit`, 'POST /_search', 'DELETE /_pit']);
    expect(cluster.requests[2].body).toEqual({ id: 'pit-1' });
  });

  it('opens no PIT when closed before the walk starts', async () => {
    const { cluster, finder } = walk();
    await finder.close();
    const pages = [];
    for await (const page of finder.find()) pages.push(page);
    expect(pages).toEqual([]);
    expect(cluster.requests).toEqual([]);
  });

  it('counts the matches on the first page only, and reports that total on every page', async () => {
    const { cluster, finder } = walk();
    cluster.once('POST', '/_search', counted(['a', 'b']));
    cluster.once('POST', '/_search', uncounted(['c', 'd']));
    cluster.once('POST', '/_search', uncounted(['e']));
    cluster.on('DELETE', '/_pit', { succeeded: true });
    const totals = [];
    for await (const page of finder.find()) totals.push(page.total);
    expect(totals).toEqual([5, 5, 5]);
    const searches = cluster.requests.filter((r) => r.path === '/_search').map((r) => (r.body as { track_total_hits: unknown }).track_total_hits);
    expect(searches).toEqual([true, false, false]);
  });

  it('answers 410 naming the keep-alive when the PIT expired between pages', async () => {
    const { cluster, finder } = walk();
    cluster.once('POST', '/_search', counted(['a', 'b']));
    cluster.once('POST', '/_search', () => expiredPit());
    // Freeing an expired PIT fails too; that must not replace the error the caller needs.
    cluster.on('DELETE', '/_pit', () => esError(404, 'resource_not_found_exception'));
    const walked = (async () => {
      for await (const page of finder.find()) void page;
    })();
    await expect(walked).rejects.toMatchObject({ statusCode: 410, message: expect.stringContaining('2m') });
  });

  it('keeps the first error when closing the PIT in cleanup fails as well', async () => {
    const { cluster, finder } = walk();
    cluster.once('POST', '/_search', () => esError(400, 'illegal_argument_exception', 'No mapping found for [nope] in order to sort on'));
    cluster.on('DELETE', '/_pit', () => new errors.ConnectionError('ECONNRESET'));
    const walked = (async () => {
      for await (const page of finder.find()) void page;
    })();
    await expect(walked).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('No mapping found for [nope]') });
    expect(calls(cluster.requests)).toEqual([`POST /${ALIAS}/_pit`, 'POST /_search', 'DELETE /_pit']);
  });
});
