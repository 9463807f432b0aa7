import { ALIAS, mockBackend } from './__fixtures__/mock_cluster';

describe('aggregations', () => {
  it('translates every kind and maps the results to the contract shapes', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, {
      hits: { total: { value: 3, relation: 'eq' }, hits: [] },
      aggregations: {
        by_status: { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [{ key: 'open', doc_count: 2 }, { key: 'closed', doc_count: 1 }] },
        by_closed: { buckets: [{ key: 0, key_as_string: 'false', doc_count: 2 }, { key: 1, key_as_string: 'true', doc_count: 1 }] },
        by_rank: { buckets: [{ key: 3, doc_count: 3 }] },
        by_opened: { buckets: [{ key: 1714521600000, key_as_string: '2024-05-01T00:00:00.000Z', doc_count: 3 }] },
        users: { value: 4 },
        mean: { value: null },
        first: { value: 1, value_as_string: 'x' },
        last: { value: 3 },
        per_day: {
          buckets: [
            { key: 1714521600000, key_as_string: '2024-05-01T00:00:00.000Z', doc_count: 3 },
            { key: 1714608000000, key_as_string: '2024-05-02T00:00:00.000Z', doc_count: 0 },
            { key: 1714694400000, key_as_string: '2024-05-03T00:00:00.000Z', doc_count: 1 },
          ],
        },
      },
    });
    const result = await repo.find({
      type: 'cases',
      perPage: 0,
      aggs: {
        by_status: { terms: { field: 'status', size: 5, missing: 'none' } },
        by_closed: { terms: { field: 'closed' } },
        by_rank: { terms: { field: 'severity_rank' } },
        by_opened: { terms: { field: 'opened_at' } },
        users: { cardinality: { field: 'assignees.uid' } },
        mean: { avg: { field: 'severity_rank' } },
        first: { min: { field: 'severity_rank' } },
        last: { max: { field: 'cases.attributes.severity_rank' } },
        per_day: { date_histogram: { field: 'created_at', calendar_interval: 'day', time_zone: 'Europe/Paris' } },
      },
    });
    const body = cluster.requests[0].body as { aggs: unknown; size: number };
    expect(body.size).toBe(0);
    expect(body.aggs).toEqual({
      by_status: { terms: { field: 'cases.status', size: 5, missing: 'none' } },
      by_closed: { terms: { field: 'cases.closed', size: 10 } },
      by_rank: { terms: { field: 'cases.severity_rank', size: 10 } },
      by_opened: { terms: { field: 'cases.opened_at', size: 10 } },
      users: { cardinality: { field: 'cases.assignees.uid', precision_threshold: 40_000 } },
      mean: { avg: { field: 'cases.severity_rank' } },
      first: { min: { field: 'cases.severity_rank' } },
      last: { max: { field: 'cases.severity_rank' } },
      per_day: { date_histogram: { field: 'created_at', calendar_interval: 'day', time_zone: 'Europe/Paris', min_doc_count: 0 } },
    });
    expect(result.total).toBe(3);
    expect(result.aggregations).toEqual({
      by_status: { buckets: [{ key: 'open', doc_count: 2 }, { key: 'closed', doc_count: 1 }] },
      by_closed: { buckets: [{ key: false, doc_count: 2 }, { key: true, doc_count: 1 }] },
      by_rank: { buckets: [{ key: 3, doc_count: 3 }] },
      by_opened: { buckets: [{ key: '2024-05-01T00:00:00.000Z', doc_count: 3 }] },
      users: { value: 4 },
      mean: { value: null },
      first: { value: 1 },
      last: { value: 3 },
      // The empty day between two days with objects stays, as SQLite fills it.
      per_day: {
        buckets: [
          { key: 1714521600000, key_as_string: '2024-05-01T00:00:00.000Z', doc_count: 3 },
          { key: 1714608000000, key_as_string: '2024-05-02T00:00:00.000Z', doc_count: 0 },
          { key: 1714694400000, key_as_string: '2024-05-03T00:00:00.000Z', doc_count: 1 },
        ],
      },
    });
  });

  it('defaults date_histogram to UTC and refuses fields inside nested mappings', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 0 }, hits: [] } });
    const result = await repo.find({ type: 'cases', aggs: { h: { date_histogram: { field: 'opened_at', calendar_interval: 'month' } } } });
    expect((cluster.requests[0].body as { aggs: unknown }).aggs).toEqual({
      h: { date_histogram: { field: 'cases.opened_at', calendar_interval: 'month', time_zone: 'UTC', min_doc_count: 0 } },
    });
    expect(result.aggregations).toEqual({ h: { buckets: [] } });
    await expect(repo.find({ type: 'cases', aggs: { o: { terms: { field: 'observables.value' } } } })).rejects.toMatchObject({
      statusCode: 400,
    });
  });

  it('over several types, aggregates a root field or a type-prefixed one', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 0 }, hits: [] } });
    await repo.find({
      type: ['cases', 'cases-comments'],
      aggs: { a: { max: { field: 'updated_at' } }, b: { terms: { field: 'cases-comments.status' } } },
    });
    expect((cluster.requests[0].body as { aggs: unknown }).aggs).toEqual({
      a: { max: { field: 'updated_at' } },
      b: { terms: { field: 'cases-comments.status', size: 10 } },
    });
    await expect(repo.find({ type: ['cases', 'cases-comments'], aggs: { c: { terms: { field: 'status' } } } })).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
