/** Contract: find's filters, search, sort, references, projections and aggregations. */
import { f, type AggregationResult, type FilterNode, type FindOptions } from '../types';
import { DOCS, GLOBAL_TYPE, ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

export function describeFindContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('finds');
  const keys = (...names: string[]) => names.map(id).sort();
  const findIds = async (options: Partial<FindOptions>) => {
    const result = await repo().find({ type: ITEM_TYPE, namespace: space, perPage: 100, ...options });
    return result.saved_objects.map((o) => o.id);
  };
  const sortedIds = async (options: Partial<FindOptions>) => (await findIds(options)).sort();
  const aggregate = async (aggs: FindOptions['aggs'], filter?: FilterNode): Promise<Record<string, AggregationResult>> => {
    const result = await repo().find({ type: ITEM_TYPE, namespace: space, perPage: 0, aggs, filter });
    return result.aggregations ?? {};
  };

  beforeAll(async () => {
    await repo().bulkCreate(
      DOCS.map((doc) => ({ type: ITEM_TYPE, id: id(doc.key), attributes: doc.attributes, references: doc.references })),
      { namespace: space },
    );
    // A twin in another space: no find of `space` may ever return it.
    await repo().create(ITEM_TYPE, DOCS[0].attributes, { id: id('other-space'), namespace: ns('finds-other') });
  });

  describe('filters', () => {
    it.each<[string, FilterNode, string[]]>([
      ['term on keyword', f.term('status', 'open'), ['d01', 'd04', 'd06']],
      ['term on a keyword multi-field', f.term('title.keyword', 'Lost laptop'), ['d06']],
      ['term on a text field through its keyword multi-field', f.term('title', 'Lost laptop'), ['d06']],
      ['term on boolean', f.term('closed', true), ['d03', 'd05']],
      ['term on integer', f.term('severity', 4), ['d02', 'd05']],
      ['terms', f.terms('status', ['closed', 'in-progress']), ['d02', 'd03', 'd05']],
      ['range on long', f.range('count', { gte: 2, lt: 5 }), ['d02', 'd03', 'd06']],
      ['range on date', f.range('occurred_at', { gte: '2024-03-02T00:00:00.000Z', lt: '2024-04-01T00:00:00.000Z' }), ['d03', 'd04']],
      ['range with gt and lte', f.range('severity', { gt: 2, lte: 3 }), ['d01', 'd04']],
      ['exists', f.exists('count'), ['d01', 'd02', 'd03', 'd04', 'd06']],
      ['exists on an array (empty arrays do not exist)', f.exists('tags'), ['d01', 'd02', 'd03', 'd04', 'd06']],
      ['prefix', f.prefix('title.keyword', 'Phishing'), ['d01', 'd04']],
      ['term on an array of keywords', f.term('tags', 'phishing'), ['d01', 'd04']],
      ['terms on an array of keywords', f.terms('tags', ['tor', 'laptop']), ['d03', 'd06']],
      ['term on an array of objects', f.term('assignees.uid', 'u2'), ['d01', 'd04']],
      ['term on an object leaf', f.term('owner.team', 'red'), ['d01', 'd03', 'd05']],
      ['and', f.and(f.term('status', 'open'), f.term('owner.team', 'blue')), ['d04', 'd06']],
      ['or', f.or(f.term('tags', 'malware'), f.term('severity', 1)), ['d02', 'd06']],
      ['not (matches documents missing the field)', f.not(f.term('count', 2)), ['d01', 'd04', 'd05']],
      ['not exists on an array of objects', f.not(f.exists('assignees.uid')), ['d03']],
      ['nested and/or/not', f.and(f.or(f.term('status', 'open'), f.term('status', 'closed')), f.not(f.term('tags', 'phishing'))), ['d03', 'd05', 'd06']],
      ['term on id', f.term('id', id('d03')), ['d03']],
      ['a type-prefixed path', f.term(`${ITEM_TYPE}.attributes.status`, 'open'), ['d01', 'd04', 'd06']],
      ['range on a root date', f.range('created_at', { gte: '2000-01-01T00:00:00.000Z' }), ['d01', 'd02', 'd03', 'd04', 'd05', 'd06']],
    ])('%s', async (_name, filter, expected) => {
      expect(await sortedIds({ filter })).toEqual(keys(...expected));
    });

    it('answers 400 for an unknown field in a filter or a sort, or a text field without keyword in a sort', async () => {
      await expectStatus(repo().find({ type: ITEM_TYPE, namespace: space, filter: f.term('nope', 'x') }), 400);
      await expectStatus(repo().find({ type: ITEM_TYPE, namespace: space, sortField: 'nope' }), 400);
      await expectStatus(repo().find({ type: ITEM_TYPE, namespace: space, sortField: 'description' }), 400);
    });
  });

  describe('search', () => {
    it.each<[string, Partial<FindOptions>, string[]]>([
      ['one word over all text fields', { search: 'phishing' }, ['d01', 'd04']],
      ['a trailing * as a prefix', { search: 'phish*' }, ['d01', 'd04']],
      ['words combined with OR by default', { search: 'laptop malware' }, ['d02', 'd06']],
      ['words combined with AND', { search: 'laptop malware', defaultSearchOperator: 'AND' }, ['d02']],
      ['searchFields restricting the fields', { search: 'ransomware', searchFields: ['description'] }, ['d02']],
      ['searchFields on another field', { search: 'ransomware', searchFields: ['title'] }, ['d05']],
      ['a keyword view of a number', { search: '1004', searchFields: ['title', 'seq.text'] }, ['d04']],
      ['search with a filter', { search: 'phishing', filter: f.term('owner.team', 'blue') }, ['d04']],
    ])('%s', async (_name, options, expected) => {
      expect(await sortedIds(options)).toEqual(keys(...expected));
    });

    it('treats FTS and query syntax in the input as words, never as an error', async () => {
      for (const search of ['"foo OR (', 'NEAR(a b)', 'title:phishing', '*', '-', '"unterminated', 'AND OR NOT']) {
        await expect(repo().find({ type: ITEM_TYPE, namespace: space, search })).resolves.toBeDefined();
      }
    });

    it('orders by relevance and returns a score when no sort is given', async () => {
      const result = await repo().find({ type: ITEM_TYPE, namespace: space, search: 'phishing' });
      const scores = result.saved_objects.map((o) => o.score);
      expect(scores.every((s) => typeof s === 'number')).toBe(true);
      expect([...scores].sort((a, b) => (b as number) - (a as number))).toEqual(scores);
    });
  });

  describe('sort', () => {
    it('sorts ascending with missing values last and ties by id', async () => {
      expect(await findIds({ sortField: 'count', sortOrder: 'asc' })).toEqual(['d02', 'd03', 'd06', 'd01', 'd04', 'd05'].map(id));
    });

    it('sorts descending with missing values last and ties by id descending', async () => {
      expect(await findIds({ sortField: 'count', sortOrder: 'desc' })).toEqual(['d04', 'd01', 'd06', 'd03', 'd02', 'd05'].map(id));
    });

    it('sorts a text field by its keyword multi-field', async () => {
      expect(await findIds({ sortField: 'title', sortOrder: 'asc' })).toEqual(['d06', 'd02', 'd04', 'd01', 'd05', 'd03'].map(id));
    });

    it('sorts by several clauses', async () => {
      const sort = [{ field: 'status', order: 'asc' as const }, { field: 'severity', order: 'desc' as const }];
      expect(await findIds({ sort })).toEqual(['d05', 'd03', 'd02', 'd01', 'd04', 'd06'].map(id));
    });

    it('lets a mapped attribute win over the root field of the same name, in sort and filter', async () => {
      // Written newest-attribute first, so the root timestamps run the other way.
      const name = id('dated');
      await repo().create(GLOBAL_TYPE, { name, created_at: '2020-01-02T00:00:00.000Z' }, { id: id('dated-b') });
      await repo().create(GLOBAL_TYPE, { name, created_at: '2020-01-01T00:00:00.000Z' }, { id: id('dated-a') });
      const byAttribute = await repo().find({ type: GLOBAL_TYPE, filter: f.term('name', name), sortField: 'created_at', sortOrder: 'asc' });
      expect(byAttribute.saved_objects.map((o) => o.id)).toEqual([id('dated-a'), id('dated-b')]);
      const early = await repo().find({ type: GLOBAL_TYPE, filter: f.and(f.term('name', name), f.range('created_at', { lt: '2020-01-02T00:00:00.000Z' })) });
      expect(early.saved_objects.map((o) => o.id)).toEqual([id('dated-a')]);
    });

    it('sorts by a root field', async () => {
      const ids = await findIds({ sortField: 'created_at', sortOrder: 'asc' });
      expect([...ids].sort()).toEqual(keys('d01', 'd02', 'd03', 'd04', 'd05', 'd06'));
    });
  });

  describe('references, projection, totals', () => {
    it('matches nothing, without an error, for a type nobody registered (as Kibana does)', async () => {
      const result = await repo().find({ type: 'no-such-type', namespace: space, perPage: 10 });
      expect(result).toMatchObject({ saved_objects: [], total: 0 });
      const mixed = await repo().find({ type: [ITEM_TYPE, 'no-such-type'], namespace: space, perPage: 0 });
      expect(mixed.total).toBe(DOCS.length);
    });

    it.each<[string, Partial<FindOptions>, string[]]>([
      ['one reference', { hasReference: { type: 'case', id: 'c1' } }, ['d01', 'd02']],
      ['several references, OR by default', { hasReference: [{ type: 'case', id: 'c1' }, { type: 'case', id: 'c2' }] }, ['d01', 'd02', 'd04']],
      ['several references with AND', { hasReference: [{ type: 'case', id: 'c1' }, { type: 'case', id: 'c2' }], hasReferenceOperator: 'AND' }, ['d02']],
      ['a reference of another type', { hasReference: { type: 'other', id: 'c1' } }, []],
    ])('hasReference: %s', async (_name, options, expected) => {
      expect(await sortedIds(options)).toEqual(keys(...expected));
    });

    it('returns only the fields asked for', async () => {
      const result = await repo().find({ type: ITEM_TYPE, namespace: space, fields: ['title', 'status'], filter: f.term('id', id('d01')) });
      expect(result.saved_objects[0].attributes).toEqual({ title: DOCS[0].attributes.title, status: 'open' });
    });

    it('with perPage 0 returns the total and aggregations only', async () => {
      const result = await repo().find({
        type: ITEM_TYPE, namespace: space, perPage: 0, aggs: { status: { terms: { field: 'status' } } },
      });
      expect(result.saved_objects).toEqual([]);
      expect(result.total).toBe(6);
      expect(result.per_page).toBe(0);
      expect(result.aggregations?.status).toBeDefined();
    });
  });

  describe('aggregations', () => {
    it('terms: doc_count desc, then key asc', async () => {
      const aggs = await aggregate({ status: { terms: { field: 'status' } } });
      expect(aggs.status).toEqual({ buckets: [{ key: 'open', doc_count: 3 }, { key: 'closed', doc_count: 2 }, { key: 'in-progress', doc_count: 1 }] });
    });

    it('terms over arrays count documents per value, limited to size', async () => {
      const aggs = await aggregate({ tags: { terms: { field: 'tags', size: 3 } }, assignees: { terms: { field: 'assignees.uid' } } });
      expect(aggs.tags).toEqual({ buckets: [{ key: 'phishing', doc_count: 2 }, { key: 'device', doc_count: 1 }, { key: 'email', doc_count: 1 }] });
      expect(aggs.assignees).toEqual({ buckets: [{ key: 'u1', doc_count: 3 }, { key: 'u2', doc_count: 2 }, { key: 'u3', doc_count: 2 }] });
    });

    it('terms respect the filter', async () => {
      const aggs = await aggregate({ status: { terms: { field: 'status' } } }, f.term('owner.team', 'red'));
      expect(aggs.status).toEqual({ buckets: [{ key: 'closed', doc_count: 2 }, { key: 'open', doc_count: 1 }] });
    });

    it('cardinality, avg, min, max', async () => {
      const aggs = await aggregate({
        tags: { cardinality: { field: 'tags' } },
        avg: { avg: { field: 'count' } },
        min: { min: { field: 'count' } },
        max: { max: { field: 'count' } },
        latest: { max: { field: 'occurred_at' } },
      });
      expect(aggs.tags).toEqual({ value: 7 });
      expect((aggs.avg as { value: number }).value).toBeCloseTo(3.6);
      expect(aggs.min).toEqual({ value: 2 });
      expect(aggs.max).toEqual({ value: 7 });
      expect(aggs.latest).toEqual({ value: Date.parse('2024-04-15T09:30:00.000Z') });
    });

    it('date_histogram by day fills the gaps between the first and last bucket', async () => {
      const aggs = await aggregate(
        { per_day: { date_histogram: { field: 'occurred_at', calendar_interval: 'day' } } },
        f.range('occurred_at', { lt: '2024-04-01T00:00:00.000Z' }),
      );
      const day = (d: string) => ({ key: Date.parse(`${d}T00:00:00.000Z`), key_as_string: `${d}T00:00:00.000Z` });
      expect(aggs.per_day).toEqual({
        buckets: [
          { ...day('2024-03-01'), doc_count: 2 },
          { ...day('2024-03-02'), doc_count: 0 },
          { ...day('2024-03-03'), doc_count: 1 },
          { ...day('2024-03-04'), doc_count: 1 },
        ],
      });
    });

    it('date_histogram by month, and by day in a time zone', async () => {
      const aggs = await aggregate({
        per_month: { date_histogram: { field: 'occurred_at', calendar_interval: 'month' } },
        paris: { date_histogram: { field: 'occurred_at', calendar_interval: 'day', time_zone: 'Europe/Paris' } },
      });
      expect(aggs.per_month).toEqual({
        buckets: [
          { key: Date.parse('2024-03-01T00:00:00.000Z'), key_as_string: '2024-03-01T00:00:00.000Z', doc_count: 4 },
          { key: Date.parse('2024-04-01T00:00:00.000Z'), key_as_string: '2024-04-01T00:00:00.000Z', doc_count: 2 },
        ],
      });
      // d02 (23:59 UTC on 1 March) falls on 2 March in Paris.
      const paris = (aggs.paris as { buckets: Array<{ key: number; key_as_string: string; doc_count: number }> }).buckets;
      expect(paris.slice(0, 4)).toEqual([
        { key: Date.parse('2024-02-29T23:00:00.000Z'), key_as_string: '2024-03-01T00:00:00.000+01:00', doc_count: 1 },
        { key: Date.parse('2024-03-01T23:00:00.000Z'), key_as_string: '2024-03-02T00:00:00.000+01:00', doc_count: 1 },
        { key: Date.parse('2024-03-02T23:00:00.000Z'), key_as_string: '2024-03-03T00:00:00.000+01:00', doc_count: 1 },
        { key: Date.parse('2024-03-03T23:00:00.000Z'), key_as_string: '2024-03-04T00:00:00.000+01:00', doc_count: 1 },
      ]);
      expect(paris.reduce((sum, b) => sum + b.doc_count, 0)).toBe(6);
    });
  });
}
