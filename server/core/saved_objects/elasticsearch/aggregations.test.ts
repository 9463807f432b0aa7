import type { FindOptions } from '../types';
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
      // A date term keeps Elasticsearch's epoch-millis key, as SQLite answers it.
      by_opened: { buckets: [{ key: 1714521600000, doc_count: 3 }] },
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

describe('nested aggregations: request bodies', () => {
  const emptyReply = { hits: { total: { value: 0, relation: 'eq' }, hits: [] } };
  const DAY = 86_400_000;
  const MAY_1 = Date.parse('2024-05-01T00:00:00.000Z');

  /** The `aggs` body one find sends. */
  async function aggsSent(aggs: FindOptions['aggs'], type: FindOptions['type'] = 'cases'): Promise<unknown> {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_search`, emptyReply);
    await repo.find({ type, perPage: 0, aggs });
    return (cluster.requests[0].body as { aggs: unknown }).aggs;
  }

  it('nests a date histogram inside terms', async () => {
    expect(
      await aggsSent({
        by_status: { terms: { field: 'status', size: 5 }, aggs: { per_day: { date_histogram: { field: 'opened_at', calendar_interval: 'day' } } } },
      }),
    ).toEqual({
      by_status: {
        terms: { field: 'cases.status', size: 5 },
        aggs: { per_day: { date_histogram: { field: 'cases.opened_at', calendar_interval: 'day', time_zone: 'UTC', min_doc_count: 0 } } },
      },
    });
  });

  it('nests terms and a metric inside a date histogram', async () => {
    expect(
      await aggsSent({
        per_week: {
          date_histogram: { field: 'created_at', calendar_interval: 'week', time_zone: 'America/New_York' },
          aggs: { assignees: { terms: { field: 'assignees.uid', size: 3 } }, worst: { max: { field: 'severity_rank' } } },
        },
      }),
    ).toEqual({
      per_week: {
        date_histogram: { field: 'created_at', calendar_interval: 'week', time_zone: 'America/New_York', min_doc_count: 0 },
        aggs: {
          assignees: { terms: { field: 'cases.assignees.uid', size: 3 } },
          worst: { max: { field: 'cases.severity_rank' } },
        },
      },
    });
  });

  it('orders terms by a sum sub-aggregation, then by key ascending so ties come as SQLite returns them', async () => {
    expect(
      await aggsSent({
        by_status: { terms: { field: 'status', order: { total: 'desc' } }, aggs: { total: { sum: { field: 'counter' } } } },
        fewest: { terms: { field: 'status', order: { _count: 'asc' } } },
        by_name: { terms: { field: 'status', order: { _key: 'desc' } } },
        people: { terms: { field: 'status', order: { people: 'asc' } }, aggs: { people: { cardinality: { field: 'assignees.uid' } } } },
      }),
    ).toEqual({
      by_status: {
        terms: { field: 'cases.status', size: 10, order: [{ total: 'desc' }, { _key: 'asc' }] },
        aggs: { total: { sum: { field: 'cases.counter' } } },
      },
      fewest: { terms: { field: 'cases.status', size: 10, order: [{ _count: 'asc' }, { _key: 'asc' }] } },
      // Keys are unique within a level: ordering by key needs no tie-breaker.
      by_name: { terms: { field: 'cases.status', size: 10, order: [{ _key: 'desc' }] } },
      people: {
        terms: { field: 'cases.status', size: 10, order: [{ people: 'asc' }, { _key: 'asc' }] },
        aggs: { people: { cardinality: { field: 'cases.assignees.uid', precision_threshold: 40_000 } } },
      },
    });
  });

  it('sends a fixed interval with its time zone, and extended bounds', async () => {
    expect(
      await aggsSent({
        every_3h: { date_histogram: { field: 'opened_at', fixed_interval: '3h', time_zone: 'Europe/Paris' } },
        week: { date_histogram: { field: 'opened_at', calendar_interval: 'day', extended_bounds: { min: MAY_1, max: MAY_1 + 6 * DAY } } },
      }),
    ).toEqual({
      every_3h: { date_histogram: { field: 'cases.opened_at', fixed_interval: '3h', time_zone: 'Europe/Paris', min_doc_count: 0 } },
      week: {
        date_histogram: {
          field: 'cases.opened_at',
          calendar_interval: 'day',
          time_zone: 'UTC',
          min_doc_count: 0,
          extended_bounds: { min: MAY_1, max: MAY_1 + 6 * DAY },
        },
      },
    });
  });

  it('nests three bucket levels, with metrics at the deepest', async () => {
    expect(
      await aggsSent({
        status: {
          terms: { field: 'status', size: 3 },
          aggs: {
            assignee: {
              terms: { field: 'assignees.uid', size: 5, missing: 'none', order: { mean: 'desc' } },
              aggs: {
                mean: { avg: { field: 'severity_rank' } },
                half_days: {
                  date_histogram: { field: 'opened_at', fixed_interval: '12h', extended_bounds: { min: MAY_1, max: MAY_1 + DAY } },
                  aggs: { total: { sum: { field: 'counter' } }, first: { min: { field: 'opened_at' } } },
                },
              },
            },
          },
        },
      }),
    ).toEqual({
      status: {
        terms: { field: 'cases.status', size: 3 },
        aggs: {
          assignee: {
            terms: { field: 'cases.assignees.uid', size: 5, missing: 'none', order: [{ mean: 'desc' }, { _key: 'asc' }] },
            aggs: {
              mean: { avg: { field: 'cases.severity_rank' } },
              half_days: {
                date_histogram: {
                  field: 'cases.opened_at',
                  fixed_interval: '12h',
                  time_zone: 'UTC',
                  min_doc_count: 0,
                  extended_bounds: { min: MAY_1, max: MAY_1 + DAY },
                },
                aggs: { total: { sum: { field: 'cases.counter' } }, first: { min: { field: 'cases.opened_at' } } },
              },
            },
          },
        },
      },
    });
  });

  it('over several types, sub-aggregations name a root field or a type-prefixed one too', async () => {
    expect(
      await aggsSent(
        { s: { terms: { field: 'cases-comments.status' }, aggs: { last: { max: { field: 'updated_at' } } } } },
        ['cases', 'cases-comments'],
      ),
    ).toEqual({
      s: { terms: { field: 'cases-comments.status', size: 10 }, aggs: { last: { max: { field: 'updated_at' } } } },
    });
    const { repo } = mockBackend();
    await expect(
      repo.find({ type: ['cases', 'cases-comments'], aggs: { t: { terms: { field: 'cases.status' }, aggs: { c: { terms: { field: 'status' } } } } } }),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('Field [status] is ambiguous') });
  });

  const fourLevels: FindOptions['aggs'] = {
    a: {
      terms: { field: 'status' },
      aggs: {
        b: {
          terms: { field: 'assignees.uid' },
          aggs: {
            c: {
              date_histogram: { field: 'opened_at', calendar_interval: 'day' },
              aggs: { d: { terms: { field: 'closed' } } },
            },
          },
        },
      },
    },
  };
  const day = { field: 'opened_at', calendar_interval: 'day' } as const;

  it.each<[string, FindOptions['aggs'], string]>([
    ['a fourth bucket level', fourLevels, 'Aggregation [a > b > c > d] nests bucket aggregations more than 3 levels deep'],
    ['both intervals', { h: { date_histogram: { ...day, fixed_interval: '1d' } as never } }, 'needs exactly one of calendar_interval and fixed_interval'],
    ['no interval', { h: { date_histogram: { field: 'opened_at' } as never } }, 'needs exactly one of calendar_interval and fixed_interval'],
    ['an unknown calendar interval', { h: { date_histogram: { field: 'opened_at', calendar_interval: 'fortnight' as never } } }, 'Invalid calendar_interval [fortnight]'],
    ['a zero fixed interval', { h: { date_histogram: { field: 'opened_at', fixed_interval: '0h' } } }, 'Invalid fixed_interval [0h]'],
    ['a calendar unit as fixed interval', { h: { date_histogram: { field: 'opened_at', fixed_interval: '1w' as never } } }, 'Invalid fixed_interval [1w]'],
    ['a fractional fixed interval', { h: { date_histogram: { field: 'opened_at', fixed_interval: '1.5h' } } }, 'Invalid fixed_interval [1.5h]'],
    ['bounds min after max', { h: { date_histogram: { ...day, extended_bounds: { min: MAY_1 + DAY, max: MAY_1 } } } }, 'extended_bounds min'],
    ['bounds that are not numbers', { h: { date_histogram: { ...day, extended_bounds: { min: '2024-05-01', max: MAY_1 } as never } } }, 'extended_bounds needs numeric min and max'],
    ['bounds past the bucket limit', { h: { date_histogram: { field: 'opened_at', fixed_interval: '1s', extended_bounds: { min: MAY_1, max: MAY_1 + DAY } } } }, 'more than 65536 buckets'],
    ['a histogram over a keyword', { h: { date_histogram: { field: 'status', calendar_interval: 'day' } } }, 'date_histogram needs a date field, [status] is not'],
    ['a sum over a keyword', { s: { sum: { field: 'status' } } }, '[sum] needs a numeric field, [status] is not'],
    ['a sum over a date', { s: { sum: { field: 'opened_at' } } }, '[sum] needs a numeric field, [opened_at] is not'],
    ['an order by an unknown name', { t: { terms: { field: 'status', order: { total: 'desc' } } } }, 'order [total] is neither _count, _key nor a metric sub-aggregation of [t]'],
    [
      'an order by a bucket sub-aggregation',
      { t: { terms: { field: 'status', order: { days: 'desc' } }, aggs: { days: { date_histogram: day } } } },
      'order [days] is neither',
    ],
    ['an order with two keys', { t: { terms: { field: 'status', order: { _count: 'desc', _key: 'asc' } } } }, 'order needs exactly one key'],
    ['an order in no direction', { t: { terms: { field: 'status', order: { _count: 'down' as never } } } }, 'must be asc or desc, got [down]'],
    ['a metric with sub-aggregations', { s: { sum: { field: 'counter' }, aggs: { t: { terms: { field: 'status' } } } } as never }, 'a sum aggregation takes no sub-aggregations'],
    ['a sub-aggregation named key', { t: { terms: { field: 'status' }, aggs: { key: { sum: { field: 'counter' } } } } }, 'may not be named key'],
    ['a name Elasticsearch reads as a path', { 'a>b': { terms: { field: 'status' } } }, 'Invalid aggregation name [a>b]'],
    ['an unknown kind', { p: { percentiles: { field: 'counter' } } as never }, 'Unsupported aggregation [percentiles]'],
    ['two kinds in one', { p: { sum: { field: 'counter' }, avg: { field: 'counter' } } as never }, 'must name exactly one kind'],
    ['a terms size of 0', { t: { terms: { field: 'status', size: 0 } } }, 'terms size must be a positive integer'],
    ['a nested field below a bucket', { t: { terms: { field: 'status' }, aggs: { o: { terms: { field: 'observables.value' } } } } }, 'is inside a nested mapping'],
  ])('refuses %s with a 400, before any request', async (_title, aggs, message) => {
    const { cluster, repo } = mockBackend();
    await expect(repo.find({ type: 'cases', perPage: 0, aggs })).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining(message) });
    expect(cluster.requests).toEqual([]);
  });
});
