import { f } from '../../saved_objects/types';
import { esError } from '../../saved_objects/elasticsearch/__fixtures__/mock_cluster';
import { INDEX, mockDocuments } from './__fixtures__/alerts_definition';

const SEARCH = `/${INDEX}/_search`;
const emptyReply = { hits: { total: { value: 0, relation: 'eq' }, hits: [] } };

describe('search on Elasticsearch', () => {
  it('translates filter, words, sort, paging and aggregations over root fields, tolerating a missing index', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', SEARCH, emptyReply);
    await alerts.search({
      filter: f.and(f.term('kibana.alert.case_ids', 'case-1'), f.terms('kibana.alert.workflow_status', ['open', 'acknowledged'])),
      search: 'powershell encoded',
      sort: [{ field: '@timestamp', order: 'desc' }, { field: 'kibana.alert.rule.name', order: 'asc' }],
      page: 3,
      perPage: 50,
      aggs: { hosts: { terms: { field: 'host.name', size: 10 } }, users: { cardinality: { field: 'host.name' } } },
    });
    const [req] = cluster.requests;
    expect(req.querystring).toMatchObject({ ignore_unavailable: 'true', allow_no_indices: 'true' });
    expect(req.body).toEqual({
      query: {
        bool: {
          filter: [
            {
              bool: {
                filter: [
                  { term: { 'kibana.alert.case_ids': 'case-1' } },
                  { terms: { 'kibana.alert.workflow_status': ['open', 'acknowledged'] } },
                ],
              },
            },
            { simple_query_string: { query: 'powershell encoded', fields: ['kibana.alert.reason', 'kibana.alert.rule.name'], default_operator: 'AND' } },
          ],
        },
      },
      sort: [
        { '@timestamp': { order: 'desc', unmapped_type: 'date' } },
        { 'kibana.alert.rule.name.keyword': { order: 'asc', unmapped_type: 'keyword' } },
        { 'kibana.alert.uuid': { order: 'desc', unmapped_type: 'keyword' } },
      ],
      from: 100,
      size: 50,
      track_total_hits: true,
      aggs: {
        hosts: { terms: { field: 'host.name', size: 10 } },
        users: { cardinality: { field: 'host.name', precision_threshold: 40_000 } },
      },
    });
  });

  it('answers hits with their concrete index, nested sources, the exact total and parsed aggregations', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', SEARCH, {
      hits: {
        total: { value: 1234, relation: 'eq' },
        hits: [
          {
            _id: 'a1',
            _index: '.internal.alerts-security.alerts-default-000001',
            _source: { 'kibana.alert.uuid': 'a1', 'kibana.alert.workflow_status': 'open', host: { name: 'h1' } },
          },
        ],
      },
      aggregations: { hosts: { buckets: [{ key: 'h1', doc_count: 7 }] } },
    });
    const result = await alerts.search({ perPage: 1, aggs: { hosts: { terms: { field: 'host.name' } } } });
    expect(result).toEqual({
      hits: [
        {
          _id: 'a1',
          _index: '.internal.alerts-security.alerts-default-000001',
          _source: { kibana: { alert: { uuid: 'a1', workflow_status: 'open' } }, host: { name: 'h1' } },
        },
      ],
      total: 1234,
      page: 1,
      per_page: 1,
      aggregations: { hosts: { buckets: [{ key: 'h1', doc_count: 7 }] } },
    });
  });

  it("nests aggregations over the family's own paths and reads nested buckets back", async () => {
    const { cluster, alerts } = mockDocuments();
    const from = Date.parse('2024-05-01T00:00:00.000Z');
    cluster.on('POST', SEARCH, {
      hits: { total: { value: 3, relation: 'eq' }, hits: [] },
      aggregations: {
        hosts: {
          doc_count_error_upper_bound: 0,
          sum_other_doc_count: 0,
          buckets: [
            {
              key: 'h1',
              doc_count: 3,
              risk: { value: 146 },
              per_6h: {
                buckets: [
                  { key_as_string: '2024-05-01T00:00:00.000Z', key: from, doc_count: 2, top: { value: 99 } },
                  { key_as_string: '2024-05-01T06:00:00.000Z', key: from + 21_600_000, doc_count: 0, top: { value: null } },
                  { key_as_string: '2024-05-01T12:00:00.000Z', key: from + 43_200_000, doc_count: 1, top: { value: 47 } },
                ],
              },
            },
          ],
        },
      },
    });
    const result = await alerts.search({
      perPage: 0,
      aggs: {
        hosts: {
          terms: { field: 'host.name', size: 10, order: { risk: 'desc' } },
          aggs: {
            risk: { sum: { field: 'kibana.alert.risk_score' } },
            per_6h: {
              date_histogram: { field: '@timestamp', fixed_interval: '6h', extended_bounds: { min: from, max: from + 43_200_000 } },
              aggs: { top: { max: { field: 'kibana.alert.risk_score' } } },
            },
          },
        },
      },
    });
    expect((cluster.requests[0].body as { aggs: unknown }).aggs).toEqual({
      hosts: {
        terms: { field: 'host.name', size: 10, order: [{ risk: 'desc' }, { _key: 'asc' }] },
        aggs: {
          risk: { sum: { field: 'kibana.alert.risk_score' } },
          per_6h: {
            date_histogram: {
              field: '@timestamp',
              fixed_interval: '6h',
              time_zone: 'UTC',
              min_doc_count: 0,
              extended_bounds: { min: from, max: from + 43_200_000 },
            },
            aggs: { top: { max: { field: 'kibana.alert.risk_score' } } },
          },
        },
      },
    });
    expect(result.aggregations).toEqual({
      hosts: {
        buckets: [
          {
            key: 'h1',
            doc_count: 3,
            risk: { value: 146 },
            per_6h: {
              buckets: [
                { key: from, key_as_string: '2024-05-01T00:00:00.000Z', doc_count: 2, top: { value: 99 } },
                { key: from + 21_600_000, key_as_string: '2024-05-01T06:00:00.000Z', doc_count: 0, top: { value: null } },
                { key: from + 43_200_000, key_as_string: '2024-05-01T12:00:00.000Z', doc_count: 1, top: { value: 47 } },
              ],
            },
          },
        ],
      },
    });
    // A nested mapping below a bucket, and a family field that is not numeric for a sum, are refused before any request.
    await expect(
      alerts.search({ aggs: { hosts: { terms: { field: 'host.name' }, aggs: { tactics: { terms: { field: 'threat.tactic.name' } } } } } }),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('inside a nested mapping') });
    await expect(alerts.search({ aggs: { s: { sum: { field: 'host.name' } } } })).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toHaveLength(1);
  });

  it('without a filter matches all and breaks ties by the id field ascending; nested fields sort through their path', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', SEARCH, emptyReply);
    await alerts.search({ sort: [{ field: 'threat.tactic.name', order: 'asc' }] });
    expect(cluster.requests[0].body).toMatchObject({
      query: { match_all: {} },
      sort: [
        { 'threat.tactic.name': { order: 'asc', unmapped_type: 'keyword', nested: { path: 'threat' } } },
        { 'kibana.alert.uuid': { order: 'asc', unmapped_type: 'keyword' } },
      ],
      from: 0,
      size: 20,
    });
  });

  it('refuses unmapped fields, saved-object root fields and pages past the window with a 400, before any request', async () => {
    const { cluster, alerts } = mockDocuments();
    await expect(alerts.search({ filter: f.term('user.name', 'x') })).rejects.toMatchObject({ statusCode: 400 });
    await expect(alerts.search({ sort: [{ field: 'updated_at', order: 'asc' }] })).rejects.toMatchObject({
      statusCode: 400,
      message: 'Unknown field [updated_at] for index family [alerts]',
    });
    await expect(alerts.search({ aggs: { t: { terms: { field: 'kibana.alert.reason' } } } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(alerts.search({ page: 101, perPage: 100 })).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toEqual([]);
  });

  it('maps a rejected query to 400 and an unreachable cluster to 503', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.once('POST', SEARCH, esError(400, 'search_phase_execution_exception', 'failed to create query'));
    await expect(alerts.search({})).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('failed to create query') });
    cluster.once('POST', SEARCH, esError(503, 'unavailable_shards_exception'));
    await expect(alerts.search({})).rejects.toMatchObject({ statusCode: 503 });
  });
});

describe('bulkGet on Elasticsearch', () => {
  it('searches by ids (an alias may span backing indices) and answers in the order asked', async () => {
    const { cluster, alerts } = mockDocuments();
    cluster.on('POST', SEARCH, {
      hits: {
        total: { value: 2, relation: 'eq' },
        hits: [
          { _id: 'b', _index: '.internal.alerts-security.alerts-default-000002', _source: { kibana: { alert: { uuid: 'b' } } } },
          { _id: 'a', _index: '.internal.alerts-security.alerts-default-000001', _source: { 'kibana.alert.uuid': 'a' } },
        ],
      },
    });
    const got = await alerts.bulkGet(['a', 'missing', 'b', 'a']);
    expect(cluster.requests[0].body).toEqual({ query: { ids: { values: ['a', 'missing', 'b'] } }, size: 3 });
    expect(cluster.requests[0].querystring).toMatchObject({ ignore_unavailable: 'true' });
    expect(got.map((hit) => hit?._id)).toEqual(['a', undefined, 'b', 'a']);
    expect(got[0]).toEqual({ _id: 'a', _index: '.internal.alerts-security.alerts-default-000001', _source: { kibana: { alert: { uuid: 'a' } } } });
  });
});
