import { errors } from '@elastic/elasticsearch';
import { esError } from '../../saved_objects/elasticsearch/__fixtures__/mock_cluster';
import { INDEX, mockDocuments } from './__fixtures__/alerts_definition';
import { MAX_CONFLICT_RETRIES, UPDATE_BATCH_SIZE } from './document_updates';

const UBQ = `/${INDEX}/_update_by_query`;
const DBQ = `/${INDEX}/_delete_by_query`;

const conflict = (updated: number) =>
  new errors.ResponseError({
    body: { updated, version_conflicts: 1, failures: [{ id: 'a1', status: 409, cause: { type: 'version_conflict_engine_exception', reason: 'conflict' } }] },
    statusCode: 409,
    headers: {},
    warnings: null,
    meta: {} as never,
  });

interface UbqBody {
  query: unknown;
  script: { lang: string; source: string; params: Record<string, unknown> };
}

describe('field changes by ids on Elasticsearch', () => {
  it('updateFields: update_by_query per batch of ids with the set script; the last batch refreshes', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', UBQ, (req: { body: { query: { ids: { values: string[] } } } }) => ({ updated: req.body.query.ids.values.length }));
    const ids = Array.from({ length: UPDATE_BATCH_SIZE + 2 }, (_, i) => `a${i}`);
    const result = await alerts.updateFields([...ids, 'a0'], {
      'kibana.alert.workflow_status': 'closed',
      'kibana.alert.workflow_reason': null,
    });
    expect(result).toEqual({ updated: UPDATE_BATCH_SIZE + 2 });
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${UBQ}`, `POST ${UBQ}`]);
    const [first, second] = cluster.requests;
    expect(first.querystring).toMatchObject({ ignore_unavailable: 'true', allow_no_indices: 'true', refresh: 'false' });
    expect(second.querystring).toMatchObject({ refresh: 'true' });
    expect(first.querystring).not.toHaveProperty('conflicts');
    const body = first.body as UbqBody;
    expect(body.query).toEqual({ ids: { values: ids.slice(0, UPDATE_BATCH_SIZE) } });
    expect((second.body as UbqBody).query).toEqual({ ids: { values: ids.slice(UPDATE_BATCH_SIZE) } });
    expect(body.script.lang).toBe('painless');
    expect(body.script.params).toEqual({
      fields: [
        { labels: ['kibana', 'alert', 'workflow_status'], value: 'closed' },
        { labels: ['kibana', 'alert', 'workflow_reason'], value: null },
      ],
    });
    // Dotted key first (Kibana's alerts), nested objects otherwise.
    expect(body.script.source).toContain('node.containsKey(key)');
    expect(body.script.source).toContain('node.get(key) instanceof Map');
    expect(body.script.source).toContain('node.put(labels.get(i), child)');
  });

  it('addToArray: a case id once per alert, noop where it is already', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', UBQ, { updated: 0, noops: 2 });
    const result = await alerts.addToArray(['a1', 'a2'], 'kibana.alert.case_ids', 'case-1');
    expect(result).toEqual({ updated: 0 });
    expect(cluster.requests).toHaveLength(1);
    expect(cluster.requests[0].querystring).toMatchObject({ refresh: 'true' });
    const body = cluster.requests[0].body as UbqBody;
    expect(body.query).toEqual({ ids: { values: ['a1', 'a2'] } });
    expect(body.script.params).toEqual({ labels: ['kibana', 'alert', 'case_ids'], value: 'case-1' });
    expect(body.script.source).toContain('current.contains(params.value)');
    expect(body.script.source).toContain("ctx.op = 'noop'");
  });

  it('removeFromArray by ids and across the index by a term on the mapped field', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', UBQ, { updated: 3 });
    await expect(alerts.removeFromArray(['a1'], 'kibana.alert.case_ids', 'case-1')).resolves.toEqual({ updated: 3 });
    await expect(alerts.removeFromArray('all', 'kibana.alert.case_ids', 'case-1')).resolves.toEqual({ updated: 3 });
    const [byIds, all] = cluster.requests;
    expect(all.querystring).toMatchObject({ refresh: 'true' });
    expect((byIds.body as UbqBody).script.source).toContain('removeIf');
    expect((all.body as UbqBody).query).toEqual({ term: { 'kibana.alert.case_ids': 'case-1' } });
    expect((all.body as UbqBody).script.params).toEqual({ labels: ['kibana', 'alert', 'case_ids'], value: 'case-1' });
    await expect(alerts.removeFromArray('all', 'user.name', 'x')).rejects.toMatchObject({ statusCode: 400 });
  });

  it('a version conflict re-runs the batch (never conflicts=proceed) and sums what each run changed', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.once('POST', UBQ, conflict(4));
    cluster.once('POST', UBQ, { updated: 6 });
    await expect(alerts.addToArray(['a1'], 'kibana.alert.case_ids', 'case-1')).resolves.toEqual({ updated: 10 });
    expect(cluster.requests.filter((r) => r.path === UBQ)).toHaveLength(2);
  });

  it('gives up with a 409 after a bounded number of conflicting runs', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', UBQ, conflict(0));
    await expect(alerts.addToArray(['a1'], 'kibana.alert.case_ids', 'case-1')).rejects.toMatchObject({ statusCode: 409 });
    expect(cluster.requests).toHaveLength(MAX_CONFLICT_RETRIES + 1);
  });

  it('other failures are mapped, never raw', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', UBQ, esError(400, 'script_exception', 'compile error'));
    await expect(alerts.updateFields(['a1'], { 'host.name': 'x' })).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('compile error'),
    });
  });

  it('refuses bad paths and values before any request', async () => {
    const { cluster, alerts } = mockDocuments();
    await expect(alerts.updateFields(['a1'], {})).rejects.toMatchObject({ statusCode: 400 });
    await expect(alerts.updateFields(['a1'], { "a'b": 1 })).rejects.toMatchObject({ statusCode: 400 });
    await expect(alerts.addToArray(['a1'], 'kibana.alert.case_ids', '')).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toEqual([]);
  });
});

describe('bulkDelete on Elasticsearch', () => {
  it('delete_by_query on ids, counting what existed, refreshing', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', DBQ, { deleted: 2 });
    await expect(alerts.bulkDelete(['a1', 'a2', 'gone'])).resolves.toBe(2);
    expect(cluster.requests[0].body).toEqual({ query: { ids: { values: ['a1', 'a2', 'gone'] } } });
    expect(cluster.requests[0].querystring).toMatchObject({ ignore_unavailable: 'true', refresh: 'true' });
    expect(cluster.requests).toHaveLength(1);
  });
});
