/**
 * Contract: nested aggregations, as Elasticsearch answers them. Sub-aggregations inside terms
 * and date histograms (each parent bucket choosing its own top terms), terms ordered by key,
 * count or a metric, `sum`, fixed intervals aligned on the zone's wall clock, extended bounds,
 * array fields counting a document once per value, and the refusals. Six items whose every
 * expected figure is worked out by hand in the comment above its test.
 */
import { f, subAggregation, type AggregationResult, type DateHistogramBucket, type FilterNode, type FindOptions, type TermsBucket } from '../types';
import { ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

/**
 * | id | status      | team | count | tags   | occurred_at (UTC)  | Paris (UTC+1)    |
 * | a1 | open        | red  | 5     | x, y   | 03-01 10:00        | 03-01 11:00      |
 * | a2 | open        | blue | 3     | y      | 03-01 23:30        | 03-02 00:30      |
 * | a3 | closed      | red  | 10    | x      | 03-02 05:00        | 03-02 06:00      |
 * | a4 | closed      | red  | —     | —      | 03-04 12:00        | 03-04 13:00      |
 * | a5 | open        | red  | 1     | z      | 03-04 13:00        | 03-04 14:00      |
 * | a6 | in-progress | blue | 7     | x, z   | 03-04 23:59        | 03-05 00:59      |
 */
const ITEMS: Array<[string, Record<string, unknown>]> = [
  ['a1', { status: 'open', owner: { team: 'red' }, count: 5, tags: ['x', 'y'], occurred_at: '2024-03-01T10:00:00.000Z' }],
  ['a2', { status: 'open', owner: { team: 'blue' }, count: 3, tags: ['y'], occurred_at: '2024-03-01T23:30:00.000Z' }],
  ['a3', { status: 'closed', owner: { team: 'red' }, count: 10, tags: ['x'], occurred_at: '2024-03-02T05:00:00.000Z' }],
  ['a4', { status: 'closed', owner: { team: 'red' }, tags: [], occurred_at: '2024-03-04T12:00:00.000Z' }],
  ['a5', { status: 'open', owner: { team: 'red' }, count: 1, tags: ['z'], occurred_at: '2024-03-04T13:00:00.000Z' }],
  ['a6', { status: 'in-progress', owner: { team: 'blue' }, count: 7, tags: ['x', 'z'], occurred_at: '2024-03-04T23:59:00.000Z' }],
];

const utc = (instant: string) => Date.parse(instant);
const day = (date: string) => ({ key: utc(`${date}T00:00:00.000Z`), key_as_string: `${date}T00:00:00.000Z` });
const histogram = (result: AggregationResult | undefined) => (result as { buckets: DateHistogramBucket[] } | undefined)?.buckets ?? [];
const terms = (result: AggregationResult | undefined) => (result as { buckets: TermsBucket[] } | undefined)?.buckets ?? [];
/** key and doc_count of each bucket, without its sub-results. */
const counts = (buckets: Array<TermsBucket | DateHistogramBucket>) => buckets.map((b) => [b.key, b.doc_count]);

export function describeAggregationsContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('aggregations');
  const aggregate = async (aggs: FindOptions['aggs'], filter?: FilterNode): Promise<Record<string, AggregationResult>> => {
    const result = await repo().find({ type: ITEM_TYPE, namespace: space, perPage: 0, aggs, filter });
    return result.aggregations ?? {};
  };
  const refuses = (aggs: unknown) => expectStatus(repo().find({ type: ITEM_TYPE, namespace: space, perPage: 0, aggs: aggs as FindOptions['aggs'] }), 400);

  describe('nested aggregations', () => {
    beforeAll(async () => {
      await repo().bulkCreate(ITEMS.map(([key, attributes]) => ({ type: ITEM_TYPE, id: id(key), attributes })), { namespace: space });
    });

    // open: a1, a2 (03-01), a5 (03-04); closed: a3 (03-02), a4 (03-04); in-progress is third.
    // Each histogram runs from its own first to its own last day.
    it('terms with a date histogram inside: a histogram per top term', async () => {
      const aggs = await aggregate({
        statuses: { terms: { field: 'status', size: 2 }, aggs: { days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day' } } } },
      });
      const statuses = terms(aggs.statuses);
      expect(counts(statuses)).toEqual([['open', 3], ['closed', 2]]);
      expect(histogram(subAggregation(statuses[0], 'days'))).toEqual([
        { ...day('2024-03-01'), doc_count: 2 },
        { ...day('2024-03-02'), doc_count: 0 },
        { ...day('2024-03-03'), doc_count: 0 },
        { ...day('2024-03-04'), doc_count: 1 },
      ]);
      expect(histogram(subAggregation(statuses[1], 'days'))).toEqual([
        { ...day('2024-03-02'), doc_count: 1 },
        { ...day('2024-03-03'), doc_count: 0 },
        { ...day('2024-03-04'), doc_count: 1 },
      ]);
    });

    // 03-01: a1, a2 open. 03-02: a3 closed. 03-03: none. 03-04: a4 closed, a5 open, a6
    // in-progress, one each: the tie goes to the smallest key. Overall, open would win.
    it('a date histogram with terms inside: each day picks its own top term', async () => {
      const aggs = await aggregate({
        days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day' }, aggs: { top: { terms: { field: 'status', size: 1 } } } },
      });
      const days = histogram(aggs.days);
      expect(counts(days)).toEqual([[day('2024-03-01').key, 2], [day('2024-03-02').key, 1], [day('2024-03-03').key, 0], [day('2024-03-04').key, 3]]);
      expect(days.map((bucket) => counts(terms(subAggregation(bucket, 'top'))))).toEqual([[['open', 2]], [['closed', 1]], [], [['closed', 1]]]);
    });

    // Three bucket levels: team > status > day, and a metric at the deepest level.
    // blue: a2 open (03-01, count 3), a6 in-progress (03-04, count 7).
    it('nests three bucket levels with metrics at any level', async () => {
      const aggs = await aggregate(
        {
          teams: {
            terms: { field: 'owner.team' },
            aggs: {
              total: { sum: { field: 'count' } },
              statuses: {
                terms: { field: 'status' },
                aggs: { days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day' }, aggs: { total: { sum: { field: 'count' } } } } },
              },
            },
          },
        },
        f.term('owner.team', 'blue'),
      );
      const [blue] = terms(aggs.teams);
      expect(blue).toMatchObject({ key: 'blue', doc_count: 2, total: { value: 10 } });
      const statuses = terms(subAggregation(blue, 'statuses'));
      expect(counts(statuses)).toEqual([['in-progress', 1], ['open', 1]]);
      expect(histogram(subAggregation(statuses[0], 'days'))).toEqual([{ ...day('2024-03-04'), doc_count: 1, total: { value: 7 } }]);
      expect(histogram(subAggregation(statuses[1], 'days'))).toEqual([{ ...day('2024-03-01'), doc_count: 1, total: { value: 3 } }]);
    });

    // Average count: open (5+3+1)/3 = 3, closed 10 (a4 has none), in-progress 7. By count:
    // open 3, closed 2, in-progress 1. Sums by team: red 16, blue 10.
    it('orders terms by a metric sub-aggregation, by key, or by count ascending', async () => {
      const aggs = await aggregate({
        byAvg: { terms: { field: 'status', order: { mean: 'desc' } }, aggs: { mean: { avg: { field: 'count' } } } },
        bySum: { terms: { field: 'owner.team', order: { total: 'asc' }, size: 1 }, aggs: { total: { sum: { field: 'count' } } } },
        byKey: { terms: { field: 'status', order: { _key: 'desc' } } },
        rarest: { terms: { field: 'status', order: { _count: 'asc' } } },
      });
      expect(terms(aggs.byAvg).map((b) => [b.key, b.mean])).toEqual([['closed', { value: 10 }], ['in-progress', { value: 7 }], ['open', { value: 3 }]]);
      expect(terms(aggs.bySum)).toEqual([{ key: 'blue', doc_count: 2, total: { value: 10 } }]);
      expect(counts(terms(aggs.byKey))).toEqual([['open', 3], ['in-progress', 1], ['closed', 2]]);
      expect(counts(terms(aggs.rarest))).toEqual([['in-progress', 1], ['closed', 2], ['open', 3]]);
    });

    // 5 + 3 + 10 + 1 + 7 = 26. Without a value (a4 alone): sum 0, avg, min and max null.
    it('sums a numeric field: 0 without values, where avg, min and max are null', async () => {
      expect(await aggregate({ total: { sum: { field: 'count' } } })).toEqual({ total: { value: 26 } });
      const none = await aggregate(
        {
          total: { sum: { field: 'count' } },
          statuses: { terms: { field: 'status' }, aggs: { total: { sum: { field: 'count' } }, mean: { avg: { field: 'count' } }, low: { min: { field: 'count' } } } },
        },
        f.not(f.exists('count')),
      );
      expect(none.total).toEqual({ value: 0 });
      expect(terms(none.statuses)).toEqual([{ key: 'closed', doc_count: 1, total: { value: 0 }, mean: { value: null }, low: { value: null } }]);
      const nothing = await aggregate({ total: { sum: { field: 'count' } }, mean: { avg: { field: 'count' } } }, f.term('status', 'nope'));
      expect(nothing).toEqual({ total: { value: 0 }, mean: { value: null } });
    });

    // Local 00:00 and 12:00 in Paris are 23:00 and 11:00 UTC. a1 11:00 local → 03-01 00:00;
    // a2, a3 → 03-02 00:00; a4, a5 → 03-04 12:00; a6 → 03-05 00:00 (local). In UTC the
    // buckets would start at 00:00 and 12:00 UTC instead.
    it('fixed_interval buckets on multiples of the interval on the zone wall clock', async () => {
      const aggs = await aggregate({
        halves: { date_histogram: { field: 'occurred_at', fixed_interval: '12h', time_zone: 'Europe/Paris' } },
        sixHours: { date_histogram: { field: 'occurred_at', fixed_interval: '6h' } },
      });
      const halves = histogram(aggs.halves);
      expect(halves.map((b) => [b.key_as_string, b.doc_count])).toEqual([
        ['2024-03-01T00:00:00.000+01:00', 1],
        ['2024-03-01T12:00:00.000+01:00', 0],
        ['2024-03-02T00:00:00.000+01:00', 2],
        ['2024-03-02T12:00:00.000+01:00', 0],
        ['2024-03-03T00:00:00.000+01:00', 0],
        ['2024-03-03T12:00:00.000+01:00', 0],
        ['2024-03-04T00:00:00.000+01:00', 0],
        ['2024-03-04T12:00:00.000+01:00', 2],
        ['2024-03-05T00:00:00.000+01:00', 1],
      ]);
      expect(halves[0].key).toBe(utc('2024-02-29T23:00:00.000Z'));
      const six = histogram(aggs.sixHours);
      expect(six[0]).toEqual({ key: utc('2024-03-01T06:00:00.000Z'), key_as_string: '2024-03-01T06:00:00.000Z', doc_count: 1 });
      expect(six.filter((b) => b.doc_count > 0).map((b) => [b.key_as_string, b.doc_count])).toEqual([
        ['2024-03-01T06:00:00.000Z', 1],
        ['2024-03-01T18:00:00.000Z', 1],
        ['2024-03-02T00:00:00.000Z', 1],
        ['2024-03-04T12:00:00.000Z', 2],
        ['2024-03-04T18:00:00.000Z', 1],
      ]);
      expect(six).toHaveLength(15);
    });

    // Bounds extend the range with empty buckets; they never cut buckets holding documents.
    it('extended_bounds fill empty buckets from min to max, also per parent bucket and with no documents', async () => {
      const bounds = { min: utc('2024-02-28T00:00:00.000Z'), max: utc('2024-03-06T12:00:00.000Z') };
      const aggs = await aggregate({
        wide: { date_histogram: { field: 'occurred_at', calendar_interval: 'day', extended_bounds: bounds } },
        narrow: { date_histogram: { field: 'occurred_at', calendar_interval: 'day', extended_bounds: { min: utc('2024-03-02T00:00:00.000Z'), max: utc('2024-03-02T00:00:00.000Z') } } },
        statuses: {
          terms: { field: 'status', size: 2 },
          aggs: { days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day', extended_bounds: { min: utc('2024-03-01T00:00:00.000Z'), max: utc('2024-03-04T00:00:00.000Z') } } } },
        },
      });
      expect(counts(histogram(aggs.wide))).toEqual(
        [['2024-02-28', 0], ['2024-02-29', 0], ['2024-03-01', 2], ['2024-03-02', 1], ['2024-03-03', 0], ['2024-03-04', 3], ['2024-03-05', 0], ['2024-03-06', 0]].map(([d, n]) => [day(d as string).key, n]),
      );
      expect(histogram(aggs.narrow)).toHaveLength(4);
      const closed = terms(aggs.statuses)[1];
      expect(closed.key).toBe('closed');
      expect(counts(histogram(subAggregation(closed, 'days')))).toEqual([[day('2024-03-01').key, 0], [day('2024-03-02').key, 1], [day('2024-03-03').key, 0], [day('2024-03-04').key, 1]]);
      const empty = await aggregate(
        { days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day', extended_bounds: { min: utc('2024-03-01T00:00:00.000Z'), max: utc('2024-03-03T00:00:00.000Z') } } } },
        f.term('status', 'nope'),
      );
      expect(histogram(empty.days)).toEqual([{ ...day('2024-03-01'), doc_count: 0 }, { ...day('2024-03-02'), doc_count: 0 }, { ...day('2024-03-03'), doc_count: 0 }]);
    });

    // x: a1 (open), a3 (closed), a6 (in-progress); y: a1, a2 (open); z: a5 (open), a6.
    // Sums of count per tag: x 5 + 10 + 7 = 22, y 5 + 3 = 8, z 1 + 7 = 8.
    // 03-04: a4 (no tags), a5 [z], a6 [x, z]: 3 documents, z twice, x once.
    it('counts a document once per value of an array field, at every level', async () => {
      const aggs = await aggregate({
        tags: { terms: { field: 'tags' }, aggs: { statuses: { terms: { field: 'status' } }, total: { sum: { field: 'count' } } } },
        days: { date_histogram: { field: 'occurred_at', calendar_interval: 'day' }, aggs: { tags: { terms: { field: 'tags' } } } },
      });
      const tags = terms(aggs.tags);
      expect(tags.map((b) => [b.key, b.doc_count, b.total])).toEqual([['x', 3, { value: 22 }], ['y', 2, { value: 8 }], ['z', 2, { value: 8 }]]);
      expect(tags.map((b) => counts(terms(subAggregation(b, 'statuses'))))).toEqual([
        [['closed', 1], ['in-progress', 1], ['open', 1]],
        [['open', 2]],
        [['in-progress', 1], ['open', 1]],
      ]);
      const days = histogram(aggs.days);
      expect(days[3].doc_count).toBe(3);
      expect(counts(terms(subAggregation(days[3], 'tags')))).toEqual([['z', 2], ['x', 1]]);
      expect(counts(terms(subAggregation(days[0], 'tags')))).toEqual([['y', 2], ['x', 1]]);
    });

    // a4 has no count: with missing 0 it makes the bucket 0, whose sub-aggregation sees it.
    it('gives the missing bucket its sub-aggregations', async () => {
      const aggs = await aggregate({ counts: { terms: { field: 'count', missing: 0, order: { _key: 'asc' } }, aggs: { statuses: { terms: { field: 'status' } } } } });
      const buckets = terms(aggs.counts);
      expect(counts(buckets)).toEqual([[0, 1], [1, 1], [3, 1], [5, 1], [7, 1], [10, 1]]);
      expect(counts(terms(subAggregation(buckets[0], 'statuses')))).toEqual([['closed', 1]]);
    });

    it('refuses requests it cannot answer with 400', async () => {
      const histogramOf = (body: Record<string, unknown>) => ({ h: { date_histogram: { field: 'occurred_at', ...body } } });
      const level = (aggs?: Record<string, unknown>) => ({ terms: { field: 'status' }, ...(aggs ? { aggs } : {}) });
      // Four bucket levels; three are fine.
      await refuses({ a: level({ b: level({ c: level({ d: level() }) }) }) });
      await expect(aggregate({ a: level({ b: level({ c: level() }) }) } as FindOptions['aggs'])).resolves.toBeDefined();
      await refuses({ a: level({ b: { terms: { field: 'nope' } } }) });
      await refuses({ a: { terms: { field: 'status', order: { nope: 'desc' } } } });
      await refuses({ a: { terms: { field: 'status', order: { inner: 'desc' } }, aggs: { inner: level() } } });
      await refuses({ a: { terms: { field: 'status', order: { _count: 'up' } } } });
      await refuses(histogramOf({}));
      await refuses(histogramOf({ calendar_interval: 'day', fixed_interval: '1d' }));
      await refuses(histogramOf({ fixed_interval: '1w' }));
      await refuses(histogramOf({ fixed_interval: '1.5h' }));
      await refuses(histogramOf({ calendar_interval: 'fortnight' }));
      await refuses(histogramOf({ calendar_interval: 'day', time_zone: 'Mars/Olympus_Mons' }));
      await refuses(histogramOf({ calendar_interval: 'day', extended_bounds: { min: 10, max: 5 } }));
      await refuses({ s: { sum: { field: 'status' } } });
      await refuses({ s: { avg: { field: 'tags' } } });
      await refuses({ s: { sum: { field: 'count' }, aggs: { t: level() } } });
      await refuses({ a: level({ key: { sum: { field: 'count' } } }) });
    });
  });
}
