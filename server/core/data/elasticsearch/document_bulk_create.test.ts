import { esError } from '../../saved_objects/elasticsearch/__fixtures__/mock_cluster';
import { ALERTS, INDEX, mockDocuments } from './__fixtures__/alerts_definition';
import { indexBody } from './document_index';

const bulkReply = (items: Array<{ status: number; error?: { type: string; reason: string } }>) => ({
  errors: items.some((i) => i.error),
  took: 1,
  items: items.map((item, n) => ({ create: { _index: INDEX, _id: `id-${n}`, ...item } })),
});

describe('index creation on the first write', () => {
  it('creates a missing index with the family mappings, dynamic false and ignore_malformed, hidden for a dot name', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('HEAD', `/${INDEX}`, esError(404, 'index_not_found_exception'));
    cluster.on('PUT', `/${INDEX}`, { acknowledged: true, index: INDEX });
    cluster.on('POST', '/_bulk', bulkReply([{ status: 201 }]));
    await alerts.bulkCreate([{ 'kibana.alert.uuid': 'a1' }]);
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD /${INDEX}`, `PUT /${INDEX}`, 'POST /_bulk']);
    expect(cluster.requests[1].body).toEqual({
      settings: { number_of_shards: 1, auto_expand_replicas: '0-1', 'mapping.ignore_malformed': true, hidden: true },
      mappings: { dynamic: false, properties: expect.objectContaining({ '@timestamp': { type: 'date' } }) },
    });
    const mappings = (cluster.requests[1].body as { mappings: { properties: Record<string, unknown> } }).mappings;
    expect(mappings.properties.kibana).toMatchObject({ properties: { alert: { properties: { case_ids: { type: 'keyword' } } } } });
  });

  it('never touches an index (or Kibana alias) that exists, and checks once per process', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('HEAD', `/${INDEX}`, {});
    cluster.on('POST', '/_bulk', bulkReply([{ status: 201 }]));
    await alerts.bulkCreate([{ 'kibana.alert.uuid': 'a1' }]);
    await alerts.bulkCreate([{ 'kibana.alert.uuid': 'a2' }]);
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD /${INDEX}`, 'POST /_bulk', 'POST /_bulk']);
  });

  it('ignores a concurrent creation by another writer', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('HEAD', `/${INDEX}`, esError(404, 'index_not_found_exception'));
    cluster.on('PUT', `/${INDEX}`, esError(400, 'resource_already_exists_exception'));
    cluster.on('POST', '/_bulk', bulkReply([{ status: 201 }]));
    await expect(alerts.bulkCreate([{ 'kibana.alert.uuid': 'a1' }])).resolves.toEqual([{ id: 'a1', status: 'created' }]);
  });

  it('does not hide an index name other than a dot one', () => {
    expect(indexBody(ALERTS, 'cases-events-default').settings).not.toHaveProperty('hidden');
  });
});

describe('bulkCreate on Elasticsearch', () => {
  it('sends create ops under the id field, nested, waiting for refresh; maps created, exists and item errors', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('HEAD', `/${INDEX}`, {});
    cluster.on(
      'POST',
      '/_bulk',
      bulkReply([
        { status: 201 },
        { status: 409, error: { type: 'version_conflict_engine_exception', reason: 'document already exists' } },
        { status: 400, error: { type: 'mapper_parsing_exception', reason: 'failed to parse field [@timestamp]' } },
      ]),
    );
    const results = await alerts.bulkCreate([
      { 'kibana.alert.uuid': 'a1', 'host.name': 'h1' },
      { kibana: { alert: { uuid: 'a2' } } },
      { 'kibana.alert.uuid': 'a3', '@timestamp': 'yesterday' },
      { 'host.name': 'no id' },
    ]);
    const bulk = cluster.requests[1];
    expect(bulk.querystring).toMatchObject({ refresh: 'wait_for' });
    expect(bulk.body).toEqual([
      { create: { _index: INDEX, _id: 'a1' } },
      { kibana: { alert: { uuid: 'a1' } }, host: { name: 'h1' } },
      { create: { _index: INDEX, _id: 'a2' } },
      { kibana: { alert: { uuid: 'a2' } } },
      { create: { _index: INDEX, _id: 'a3' } },
      { kibana: { alert: { uuid: 'a3' } }, '@timestamp': 'yesterday' },
    ]);
    expect(results).toEqual([
      { id: 'a1', status: 'created' },
      { id: 'a2', status: 'exists' },
      { id: 'a3', status: 'error', error: { statusCode: 400, message: expect.stringContaining('failed to parse field [@timestamp]') } },
      { id: '', status: 'error', error: { statusCode: 400, message: expect.stringContaining('[kibana.alert.uuid]') } },
    ]);
  });

  it('sends nothing when no document is valid', async () => {
    const { cluster, alerts } = mockDocuments();
    const results = await alerts.bulkCreate([{ 'kibana.alert.uuid': 5 }, { a: 1, 'a.b': 2 }]);
    expect(cluster.requests).toEqual([]);
    expect(results.map((r) => r.status)).toEqual(['error', 'error']);
  });

  it('a cluster that cannot be reached is a 503, not a raw client error', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('HEAD', `/${INDEX}`, {});
    cluster.on('POST', '/_bulk', esError(503, 'cluster_block_exception'));
    await expect(alerts.bulkCreate([{ 'kibana.alert.uuid': 'a1' }])).rejects.toMatchObject({ statusCode: 503 });
  });
});
