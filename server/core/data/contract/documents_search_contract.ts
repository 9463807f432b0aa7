/** Searches: every filter op, sort with ties, paging, text search, aggregations. */
import { f, type FilterNode, type SortClause, type TermsBucket } from '../../saved_objects/types';
import type { DocumentIndexClient } from '../types';
import { hitIds, type DocumentsContractEnv } from './documents_contract_env';

const byId: SortClause[] = [{ field: 'doc.id', order: 'asc' }];

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
  });
}
