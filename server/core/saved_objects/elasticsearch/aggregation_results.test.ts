/**
 * Nested Elasticsearch responses, written from the documented response format (terms buckets
 * with doc_count_error_upper_bound and sum_other_doc_count; boolean term keys as 1/0 with
 * key_as_string; histogram keys as epoch millis with the zone's key_as_string; metrics as
 * `{ value }`, null where there is none), read into the contract's shapes.
 */
import type { FindOptions } from '../types';
import { ALIAS, mockBackend } from './__fixtures__/mock_cluster';

async function findWith(reply: unknown, aggs: FindOptions['aggs']) {
  const { cluster, repo } = mockBackend();
  cluster.on('POST', `/${ALIAS}/_search`, reply);
  return (await repo.find({ type: 'cases', perPage: 0, aggs })).aggregations;
}

const hits = { total: { value: 4, relation: 'eq' }, max_score: null, hits: [] };
const paris = (iso: string, key: number) => ({ key_as_string: iso, key });

describe('nested aggregation results', () => {
  it('reads boolean terms → Paris days → sum and avg, with empty days and null averages', async () => {
    const aggregations = await findWith(
      {
        took: 3,
        timed_out: false,
        hits,
        aggregations: {
          by_closed: {
            doc_count_error_upper_bound: 0,
            sum_other_doc_count: 0,
            buckets: [
              {
                key: 0,
                key_as_string: 'false',
                doc_count: 3,
                per_day: {
                  buckets: [
                    { ...paris('2024-05-01T00:00:00.000+02:00', 1714514400000), doc_count: 2, total: { value: 12 }, mean: { value: 2.5 } },
                    { ...paris('2024-05-02T00:00:00.000+02:00', 1714600800000), doc_count: 0, total: { value: 0 }, mean: { value: null } },
                    { ...paris('2024-05-03T00:00:00.000+02:00', 1714687200000), doc_count: 1, total: { value: 5 }, mean: { value: 3 } },
                  ],
                },
              },
              {
                key: 1,
                key_as_string: 'true',
                doc_count: 1,
                per_day: {
                  buckets: [{ ...paris('2024-05-02T00:00:00.000+02:00', 1714600800000), doc_count: 1, total: { value: 0 }, mean: { value: 1 } }],
                },
              },
            ],
          },
        },
      },
      {
        by_closed: {
          terms: { field: 'closed', order: { _key: 'asc' } },
          aggs: {
            per_day: {
              date_histogram: { field: 'opened_at', calendar_interval: 'day', time_zone: 'Europe/Paris' },
              aggs: { total: { sum: { field: 'counter' } }, mean: { avg: { field: 'severity_rank' } } },
            },
          },
        },
      },
    );
    expect(aggregations).toEqual({
      by_closed: {
        buckets: [
          {
            key: false,
            doc_count: 3,
            per_day: {
              buckets: [
                { key: 1714514400000, key_as_string: '2024-05-01T00:00:00.000+02:00', doc_count: 2, total: { value: 12 }, mean: { value: 2.5 } },
                { key: 1714600800000, key_as_string: '2024-05-02T00:00:00.000+02:00', doc_count: 0, total: { value: 0 }, mean: { value: null } },
                { key: 1714687200000, key_as_string: '2024-05-03T00:00:00.000+02:00', doc_count: 1, total: { value: 5 }, mean: { value: 3 } },
              ],
            },
          },
          {
            key: true,
            doc_count: 1,
            per_day: {
              buckets: [{ key: 1714600800000, key_as_string: '2024-05-02T00:00:00.000+02:00', doc_count: 1, total: { value: 0 }, mean: { value: 1 } }],
            },
          },
        ],
      },
    });
  });

  it('reads weeks → date terms → boolean terms → metrics, typing keys at every level and filling absent metrics', async () => {
    const aggregations = await findWith(
      {
        hits,
        aggregations: {
          per_week: {
            buckets: [
              {
                key_as_string: '2024-04-29T00:00:00.000Z',
                key: 1714348800000,
                doc_count: 3,
                opened: {
                  doc_count_error_upper_bound: 0,
                  sum_other_doc_count: 1,
                  buckets: [
                    {
                      key: 1714552200000,
                      key_as_string: '2024-05-01T08:30:00.000Z',
                      doc_count: 2,
                      people: { value: 2 },
                      synced: {
                        doc_count_error_upper_bound: 0,
                        sum_other_doc_count: 0,
                        buckets: [
                          { key: 1, key_as_string: 'true', doc_count: 1, first: { value: 1714552200000, value_as_string: '2024-05-01T08:30:00.000Z' }, total: { value: 7 } },
                          // A bucket the cluster answered without its metrics: sum reads 0, min has no value.
                          { key: 0, key_as_string: 'false', doc_count: 1 },
                        ],
                      },
                    },
                  ],
                },
              },
              // An empty week between two holding cases: no sub-buckets.
              { key_as_string: '2024-05-06T00:00:00.000Z', key: 1714953600000, doc_count: 0, opened: { doc_count_error_upper_bound: 0, sum_other_doc_count: 0, buckets: [] } },
            ],
          },
        },
      },
      {
        per_week: {
          date_histogram: { field: 'created_at', calendar_interval: 'week' },
          aggs: {
            opened: {
              terms: { field: 'opened_at', size: 1 },
              aggs: {
                people: { cardinality: { field: 'assignees.uid' } },
                synced: {
                  terms: { field: 'settings.sync' },
                  aggs: { first: { min: { field: 'opened_at' } }, total: { sum: { field: 'counter' } } },
                },
              },
            },
          },
        },
      },
    );
    expect(aggregations).toEqual({
      per_week: {
        buckets: [
          {
            key: 1714348800000,
            key_as_string: '2024-04-29T00:00:00.000Z',
            doc_count: 3,
            opened: {
              buckets: [
                {
                  key: 1714552200000,
                  doc_count: 2,
                  people: { value: 2 },
                  synced: {
                    buckets: [
                      { key: true, doc_count: 1, first: { value: 1714552200000 }, total: { value: 7 } },
                      { key: false, doc_count: 1, first: { value: null }, total: { value: 0 } },
                    ],
                  },
                },
              ],
            },
          },
          { key: 1714953600000, key_as_string: '2024-05-06T00:00:00.000Z', doc_count: 0, opened: { buckets: [] } },
        ],
      },
    });
  });

  it('reads a space without an index (no aggregations at all) as empty buckets, zero sums and counts, null averages', async () => {
    const aggregations = await findWith(
      { took: 0, timed_out: false, _shards: { total: 0, successful: 0, skipped: 0, failed: 0 }, hits: { total: { value: 0, relation: 'eq' }, max_score: 0, hits: [] } },
      {
        by_status: { terms: { field: 'status' }, aggs: { total: { sum: { field: 'counter' } } } },
        total: { sum: { field: 'counter' } },
        people: { cardinality: { field: 'assignees.uid' } },
        mean: { avg: { field: 'severity_rank' } },
      },
    );
    expect(aggregations).toEqual({ by_status: { buckets: [] }, total: { value: 0 }, people: { value: 0 }, mean: { value: null } });
  });
});
