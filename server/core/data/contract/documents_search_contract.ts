/** Searches: every filter op, sort with ties, paging, text search, aggregations, nested ones included. */
import { f, subAggregation, type AggregationResult, type DateHistogramBucket, type FilterNode, type SortClause, type TermsBucket } from '../../saved_objects/types';
import type { DocumentIndexClient } from '../types';
import { hitIds, type DocumentsContractEnv } from './documents_contract_env';

const byId: SortClause[] = [{ field: 'doc.id', order: 'asc' }];

const bucketsOf = <B extends TermsBucket | DateHistogramBucket>(result: AggregationResult | undefined): B[] => (result as { buckets: B[] } | undefined)?.buckets ?? [];
const keysAndCounts = (buckets: Array<TermsBucket | DateHistogramBucket>) => buckets.map((b) => [b.key, b.doc_count]);

const sortedBuckets = (buckets: TermsBucket[]) => [...buckets].sort((a, b) => String(a.key).localeCompare(String(b.key)));

export function describeSearchContract(env: DocumentsContractEnv): void {
  describe('search', () => {
    let client: DocumentIndexClient;
    beforeAll(async () => {
      client = await env.seeded('search');
    });
    const ids = async (filter: FilterNode) => hitIds((await client.search({ filter, sort: byId })).hits);

    it('filters with every op of the filter AST', async () => {
      expect(await ids(f.term('status', 'open'))).toEqual(['d1', 'd3', 'd5']);
      expect(await ids(f.terms('status', ['closed', 'acknowledged']))).toEqual(['d2', 'd4', 'd6']);
      expect(await ids(f.range('score', { gte: 20, lt: 40 }))).toEqual(['d2', 'd3', 'd4', 'd5']);
      expect(await ids(f.range('@timestamp', { gte: '2024-03-02T00:00:00.000Z' }))).toEqual(['d4', 'd5', 'd6']);
      expect(await ids(f.exists('host.name'))).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
      expect(await ids(f.prefix('host.name', 'al'))).toEqual(['d1', 'd3']);
      expect(await ids(f.term('tags', 'y'))).toEqual(['d1', 'd2']);
      expect(await ids(f.and(f.not(f.term('status', 'open')), f.exists('tags')))).toEqual(['d2', 'd4']);
      expect(await ids(f.or(f.term('host.name', 'gamma'), f.term('tags', 'x')))).toEqual(['d1', 'd4']);
    });

    it('sorts on one or several fields, ties broken by the id', async () => {
      const sorted = async (sort: SortClause[]) => hitIds((await client.search({ sort })).hits);
      expect(await sorted([{ field: 'score', order: 'asc' }])).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
      expect(await sorted([{ field: 'status', order: 'asc' }])).toEqual(['d4', 'd2', 'd6', 'd1', 'd3', 'd5']);
      expect(await sorted([{ field: 'status', order: 'asc' }, { field: 'score', order: 'desc' }])).toEqual(['d4', 'd6', 'd2', 'd5', 'd3', 'd1']);
      expect(await sorted([{ field: '@timestamp', order: 'desc' }])).toEqual(['d6', 'd5', 'd4', 'd3', 'd2', 'd1']);
    });

    it('pages with an exact total, without overlap, and counts alone with perPage 0', async () => {
      const page = (n: number) => client.search({ sort: [{ field: '@timestamp', order: 'asc' }], page: n, perPage: 2 });
      const pages = await Promise.all([1, 2, 3, 4].map(page));
      expect(pages.map((p) => hitIds(p.hits))).toEqual([['d1', 'd2'], ['d3', 'd4'], ['d5', 'd6'], []]);
      expect(pages.map((p) => [p.total, p.page, p.per_page])).toEqual([[6, 1, 2], [6, 2, 2], [6, 3, 2], [6, 4, 2]]);
      const count = await client.search({ perPage: 0, filter: f.term('status', 'open') });
      expect(count.hits).toEqual([]);
      expect(count.total).toBe(3);
    });

    it('searches text, all words required', async () => {
      const search = async (text: string) => hitIds((await client.search({ search: text, sort: byId })).hits);
      expect(await search('malware')).toEqual(['d1', 'd3']);
      expect(await search('malware disk')).toEqual(['d1']);
      expect(await search('login')).toEqual(['d2', 'd5']);
      const filtered = await client.search({ search: 'login', filter: f.term('status', 'open') });
      expect(hitIds(filtered.hits)).toEqual(['d5']);
    });

    it('aggregates terms, cardinality and a daily histogram, within the filter', async () => {
      const all = await client.search({
        perPage: 0,
        aggs: {
          hosts: { terms: { field: 'host.name', size: 10 } },
          distinct: { cardinality: { field: 'host.name' } },
          days: { date_histogram: { field: '@timestamp', calendar_interval: 'day' } },
        },
      });
      const aggs = all.aggregations ?? {};
      expect(sortedBuckets((aggs.hosts as { buckets: TermsBucket[] }).buckets)).toEqual([
        { key: 'alpha', doc_count: 2 },
        { key: 'beta', doc_count: 2 },
        { key: 'gamma', doc_count: 1 },
      ]);
      expect(aggs.distinct).toEqual({ value: 3 });
      const days = (aggs.days as { buckets: Array<{ key: number; doc_count: number }> }).buckets;
      expect(days.map(({ key, doc_count }) => ({ key, doc_count }))).toEqual([
        { key: Date.parse('2024-03-01T00:00:00.000Z'), doc_count: 3 },
        { key: Date.parse('2024-03-02T00:00:00.000Z'), doc_count: 3 },
      ]);
      const tagged = await client.search({ perPage: 0, filter: f.term('tags', 'y'), aggs: { hosts: { terms: { field: 'host.name' } } } });
      expect(sortedBuckets((tagged.aggregations?.hosts as { buckets: TermsBucket[] }).buckets)).toEqual([
        { key: 'alpha', doc_count: 1 },
        { key: 'beta', doc_count: 1 },
      ]);
    });

    // Scores by host: alpha d1 + d3 = 30, beta d2 + d5 = 50, gamma d4 = 30 (ties by key).
    // 03-02 holds d4 (gamma), d5 (beta) and d6 (no host): its top host is beta, by key.
    it('nests aggregations over dotted fields: per-host days, per-day top host, ordered by a sum', async () => {
      const day = (date: string) => Date.parse(`${date}T00:00:00.000Z`);
      const { aggregations: aggs = {} } = await client.search({
        perPage: 0,
        aggs: {
          hosts: {
            terms: { field: 'host.name', order: { total: 'desc' } },
            aggs: { total: { sum: { field: 'score' } }, days: { date_histogram: { field: '@timestamp', calendar_interval: 'day' } } },
          },
          days: { date_histogram: { field: '@timestamp', calendar_interval: 'day' }, aggs: { top: { terms: { field: 'host.name', size: 1 } } } },
          tags: { terms: { field: 'tags' }, aggs: { statuses: { terms: { field: 'status' } } } },
        },
      });
      const hosts = bucketsOf<TermsBucket>(aggs.hosts);
      expect(hosts.map((b) => [b.key, b.doc_count, b.total])).toEqual([['beta', 2, { value: 50 }], ['alpha', 2, { value: 30 }], ['gamma', 1, { value: 30 }]]);
      expect(hosts.map((b) => keysAndCounts(bucketsOf(subAggregation(b, 'days'))))).toEqual([
        [[day('2024-03-01'), 1], [day('2024-03-02'), 1]],
        [[day('2024-03-01'), 2]],
        [[day('2024-03-02'), 1]],
      ]);
      const days = bucketsOf<DateHistogramBucket>(aggs.days);
      expect(days.map((b) => [b.key, b.doc_count, keysAndCounts(bucketsOf(subAggregation(b, 'top')))])).toEqual([
        [day('2024-03-01'), 3, [['alpha', 2]]],
        [day('2024-03-02'), 3, [['beta', 1]]],
      ]);
      // d1 has tags x and y: it counts under both.
      const tags = bucketsOf<TermsBucket>(aggs.tags);
      expect(tags.map((b) => [b.key, keysAndCounts(bucketsOf(subAggregation(b, 'statuses')))])).toEqual([
        ['y', [['closed', 1], ['open', 1]]],
        ['x', [['open', 1]]],
        ['z', [['acknowledged', 1]]],
      ]);
    });

    // New York is UTC-5 before 10 March 2024: local 00:00 and 12:00 are 05:00 and 17:00 UTC.
    // d1-d3 fall on 1 March morning (local), d4 and d5 on 2 March early, d6 (23:30 UTC) in its afternoon.
    it('buckets a fixed interval on the zone wall clock, within extended bounds', async () => {
      const { aggregations: aggs = {} } = await client.search({
        perPage: 0,
        aggs: {
          halves: {
            date_histogram: {
              field: '@timestamp',
              fixed_interval: '12h',
              time_zone: 'America/New_York',
              extended_bounds: { min: Date.parse('2024-03-01T05:00:00.000Z'), max: Date.parse('2024-03-03T05:00:00.000Z') },
            },
          },
        },
      });
      expect(bucketsOf<DateHistogramBucket>(aggs.halves).map((b) => [b.key_as_string, b.doc_count])).toEqual([
        ['2024-03-01T00:00:00.000-05:00', 3],
        ['2024-03-01T12:00:00.000-05:00', 0],
        ['2024-03-02T00:00:00.000-05:00', 2],
        ['2024-03-02T12:00:00.000-05:00', 1],
        ['2024-03-03T00:00:00.000-05:00', 0],
      ]);
    });
  });
}
