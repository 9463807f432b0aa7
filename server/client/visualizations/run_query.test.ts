import { OTHER_BUCKET_KEY } from '../../../common/visualizations/definition';
import type { VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { DAY, DOCUMENTS, SOURCE, TIME_RANGE, request } from './__fixtures__/fixed_documents';
import { memorySearch } from './__fixtures__/memory_search';
import { planQuery } from './query_plan';
import { runQuery } from './run_query';

async function run(body: VisualizationQueryRequest) {
  const memory = memorySearch(DOCUMENTS);
  const response = await runQuery(planQuery(body, SOURCE), memory.search);
  return { ...response, requests: memory.requests };
}

const ALL_METRICS: VisualizationQueryRequest['metrics'] = [
  { id: 'count', operation: 'count' },
  { id: 'users', operation: 'unique_count', field: 'user.name' },
  { id: 'sum', operation: 'sum', field: 'risk' },
  { id: 'avg', operation: 'average', field: 'risk' },
  { id: 'min', operation: 'min', field: 'risk' },
  { id: 'max', operation: 'max', field: 'risk' },
];

const perDay = { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' } as const;
const topHosts = (size: number, extra: object = {}) => ({ id: 'host', type: 'terms', field: 'host.name', size, orderBy: { type: 'count' }, direction: 'desc', ...extra }) as const;

describe('the aggregations sent to the store', () => {
  it('nests the levels outer first, metrics innermost, the ordering metric beside a terms level, within the time range', async () => {
    const { requests } = await run(
      request({
        buckets: [{ ...topHosts(2), orderBy: { type: 'metric', metricId: 'sum' } }, perDay],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'sum', operation: 'sum', field: 'risk' },
          { id: 'users', operation: 'unique_count', field: 'user.name' },
        ],
        timeZone: 'UTC',
      }),
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      filter: { op: 'range', field: '@timestamp', gte: TIME_RANGE.from, lte: TIME_RANGE.to },
      aggs: {
        b0: {
          terms: { field: 'host.name', size: 2, order: { m1: 'desc' } },
          aggs: {
            m1: { sum: { field: 'risk' } },
            b1: {
              date_histogram: { field: '@timestamp', time_zone: 'UTC', extended_bounds: { min: DAY(1), max: DAY(5) - 1 }, calendar_interval: 'day' },
              aggs: { m1: { sum: { field: 'risk' } }, m2: { cardinality: { field: 'user.name' } } },
            },
          },
        },
      },
    });
  });

  it('orders alphabetically by _key and by count by _count, and uses a fixed interval for 3h', async () => {
    const { requests } = await run(
      request({
        buckets: [{ id: 'sev', type: 'terms', field: 'severity', size: 3, orderBy: { type: 'alphabetical' }, direction: 'asc' }, { ...perDay, interval: '3h' }],
      }),
    );
    const aggs = requests[0].aggs as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(aggs.b0.terms).toEqual({ field: 'severity', size: 3, order: { _key: 'asc' } });
    expect(aggs.b0.aggs.b1.date_histogram).toMatchObject({ fixed_interval: '3h' });
    expect(aggs.b0.aggs.b1.aggs).toBeUndefined();
  });

  it('ANDs the KQL query and filter pills with the time range, and passes words as the search', async () => {
    const { requests, rows, total } = await run(
      request({ query: { language: 'kuery', query: 'user.name:u1 and alert' }, filters: [{ field: 'severity', operator: 'is', value: 'high' }] }),
    );
    expect(requests[0]).toEqual({
      filter: {
        op: 'and',
        nodes: [
          { op: 'range', field: '@timestamp', gte: TIME_RANGE.from, lte: TIME_RANGE.to },
          { op: 'and', nodes: [{ op: 'term', field: 'user.name', value: 'u1' }, { op: 'term', field: 'severity', value: 'high' }] },
        ],
      },
      search: 'alert',
    });
    // Documents 1 and 3 (9 is before the range).
    expect(rows).toEqual([{ count: 2 }]);
    expect(total).toBe(2);
  });
});

describe('the table', () => {
  it('date histogram × terms: top hosts per day, every metric, empty days without rows', async () => {
    const response = await run(request({ buckets: [perDay, topHosts(2)], metrics: ALL_METRICS }));
    expect(response.columns).toEqual([
      { id: 'day', role: 'bucket', type: 'date' },
      { id: 'host', role: 'bucket', type: 'string' },
      ...ALL_METRICS.map(({ id }) => ({ id, role: 'metric', type: 'number' })),
    ]);
    expect(response.rows).toEqual([
      { day: DAY(1), host: 'h1', count: 2, users: 2, sum: 30, avg: 15, min: 10, max: 20 },
      { day: DAY(1), host: 'h2', count: 1, users: 1, sum: 30, avg: 30, min: 30, max: 30 },
      { day: DAY(2), host: 'h3', count: 2, users: 2, sum: 110, avg: 55, min: 50, max: 60 },
      { day: DAY(2), host: 'h1', count: 1, users: 1, sum: 40, avg: 40, min: 40, max: 40 },
      { day: DAY(3), host: 'h1', count: 1, users: 1, sum: 80, avg: 80, min: 80, max: 80 },
      // Document 10 has no risk: its sum is 0, its average, minimum and maximum none.
      { day: DAY(3), host: 'h2', count: 1, users: 1, sum: 0, avg: null, min: null, max: null },
    ]);
    expect(response.total).toBe(10);
    expect(response.interval).toBe('day');
  });

  it('terms × date histogram: every day of the range under each host, quiet days at 0', async () => {
    const { rows } = await run(request({ buckets: [topHosts(2), perDay] }));
    expect(rows).toEqual([
      { host: 'h1', day: DAY(1), count: 2 },
      { host: 'h1', day: DAY(2), count: 1 },
      { host: 'h1', day: DAY(3), count: 1 },
      { host: 'h1', day: DAY(4), count: 0 },
      { host: 'h2', day: DAY(1), count: 1 },
      { host: 'h2', day: DAY(2), count: 0 },
      { host: 'h2', day: DAY(3), count: 1 },
      { host: 'h2', day: DAY(4), count: 0 },
    ]);
  });

  it('date histogram alone, auto: an interval of the ladder, reported', async () => {
    const { rows, interval } = await run(request({ buckets: [{ ...perDay, interval: 'auto' }] }));
    // Four days are 96 hours: at most 100 buckets.
    expect(interval).toBe('hour');
    expect(rows).toHaveLength(96);
    expect(rows.reduce((sum, r) => sum + (r.count as number), 0)).toBe(10);
    expect(rows.slice(0, 2)).toEqual([
      { day: DAY(1), count: 0 },
      { day: DAY(1) + 3_600_000, count: 1 },
    ]);
  });

  it('terms alone, ordered by a metric', async () => {
    const { rows } = await run(
      request({
        buckets: [{ id: 'sev', type: 'terms', field: 'severity', size: 2, orderBy: { type: 'metric', metricId: 'sum' }, direction: 'desc' }],
        metrics: [
          { id: 'sum', operation: 'sum', field: 'risk' },
          { id: 'count', operation: 'count' },
        ],
      }),
    );
    expect(rows).toEqual([
      { sev: 'high', sum: 170, count: 4 },
      { sev: 'low', sum: 135, count: 5 },
    ]);
  });

  it('no bucket: one row of metrics over every matched document', async () => {
    const { rows, total } = await run(request({ metrics: ALL_METRICS }));
    expect(rows).toEqual([{ count: 10, users: 4, sum: 365, avg: 365 / 9, min: 5, max: 80 }]);
    expect(total).toBe(10);
  });

  it('a terms level with no buckets yields no rows', async () => {
    const { rows, total } = await run(request({ buckets: [topHosts(3)], query: { language: 'kuery', query: 'host.name:nobody' } }));
    expect(rows).toEqual([]);
    expect(total).toBe(0);
  });
});

describe('the "Other" bucket', () => {
  it('holds, per parent, exactly the documents outside its top values that have the field', async () => {
    const { rows } = await run(request({ buckets: [perDay, topHosts(2, { otherBucket: true })], metrics: ALL_METRICS }));
    // Day 1 and day 3 have nothing outside their top two (document 11 has no host); day 2 has document 7.
    expect(rows.filter((r) => r.host === OTHER_BUCKET_KEY)).toEqual([{ day: DAY(2), host: OTHER_BUCKET_KEY, count: 1, users: 1, sum: 70, avg: 70, min: 70, max: 70 }]);
    expect(rows.map((r) => r.host)).toEqual(['h1', 'h2', 'h3', 'h1', OTHER_BUCKET_KEY, 'h1', 'h2']);
  });

  it('is exact for unique counts, with the levels below it (terms × date histogram)', async () => {
    const { rows } = await run(
      request({
        buckets: [topHosts(2, { otherBucket: true }), perDay],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'users', operation: 'unique_count', field: 'user.name' },
        ],
      }),
    );
    // Outside h1 and h2: documents 5, 6 (h3) and 7 (h4), all on day 2, of users u3, u1, u1.
    expect(rows.filter((r) => r.host === OTHER_BUCKET_KEY)).toEqual([
      { host: OTHER_BUCKET_KEY, day: DAY(1), count: 0, users: 0 },
      { host: OTHER_BUCKET_KEY, day: DAY(2), count: 3, users: 2 },
      { host: OTHER_BUCKET_KEY, day: DAY(3), count: 0, users: 0 },
      { host: OTHER_BUCKET_KEY, day: DAY(4), count: 0, users: 0 },
    ]);
  });

  it('searches once per level, selecting each parent by its path', async () => {
    const { requests } = await run(request({ buckets: [perDay, topHosts(2, { otherBucket: true })] }));
    expect(requests).toHaveLength(2);
    const other = requests[1];
    // The days tell the parents apart; the hosts of each day are excluded under that day only.
    expect((other.aggs as Record<string, { date_histogram?: unknown }>).b0.date_histogram).toBeDefined();
    expect(JSON.stringify(other.filter)).toContain('"op":"or"');
    expect(JSON.stringify(other.filter)).toContain('{"op":"not","node":{"op":"terms","field":"host.name","values":["h3","h1"]}}');
  });

  it('counts multi-valued fields as the stores do: a document outside only if none of its values is a top value', async () => {
    const { rows } = await run(request({ buckets: [{ id: 'tag', type: 'terms', field: 'tags', size: 2, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true }] }));
    // a: 1, 2, 6, 7; b: 2, 3, 8; outside: 4 and 10 (c); 5, 9 and 11 have no tags (9 is out of range anyway).
    expect(rows).toEqual([
      { tag: 'a', count: 4 },
      { tag: 'b', count: 3 },
      { tag: OTHER_BUCKET_KEY, count: 2 },
    ]);
  });

  it('nests: an inner "Other" under an outer one', async () => {
    const { rows } = await run(
      request({
        buckets: [
          topHosts(1, { otherBucket: true }),
          { id: 'sev', type: 'terms', field: 'severity', size: 1, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
        ],
      }),
    );
    // h1: 1, 2, 4, 8 → high 2 (1, 8), low 2 (2, 4): high first, alphabetically. Outside h1: 3, 5, 6, 7, 10 → low 2 (7, 10), high 2 (3, 5), medium 1 (6).
    expect(rows).toEqual([
      { host: 'h1', sev: 'high', count: 2 },
      { host: 'h1', sev: OTHER_BUCKET_KEY, count: 2 },
      { host: OTHER_BUCKET_KEY, sev: 'high', count: 2 },
      { host: OTHER_BUCKET_KEY, sev: OTHER_BUCKET_KEY, count: 3 },
    ]);
  });
});

describe('metrics with a column filter', () => {
  it('are merged into the rows the unfiltered metrics decide, 0 or none where they match nothing', async () => {
    const { rows, requests } = await run(
      request({
        buckets: [topHosts(3)],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'highs', operation: 'count', filter: 'severity:high' },
          { id: 'mediumRisk', operation: 'average', field: 'risk', filter: 'severity:medium' },
        ],
      }),
    );
    expect(rows).toEqual([
      { host: 'h1', count: 4, highs: 2, mediumRisk: null },
      { host: 'h2', count: 2, highs: 1, mediumRisk: null },
      { host: 'h3', count: 2, highs: 1, mediumRisk: 60 },
    ]);
    // One search per filter, each kept to the decided hosts.
    expect(requests).toHaveLength(3);
    expect(JSON.stringify(requests[1].filter)).toContain('{"op":"terms","field":"host.name","values":["h1","h2","h3"]}');
  });

  it('decide the keys when a terms level orders by one; the total stays the unfiltered one', async () => {
    const { rows, total } = await run(
      request({
        buckets: [{ ...topHosts(2), orderBy: { type: 'metric', metricId: 'highs' } }],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'highs', operation: 'count', filter: 'severity:high' },
        ],
      }),
    );
    // High alerts: h1 2 (1, 8), h2 1 (3), h3 1 (5): h2 before h3 alphabetically.
    expect(rows).toEqual([
      { host: 'h1', count: 4, highs: 2 },
      { host: 'h2', count: 2, highs: 1 },
    ]);
    expect(total).toBe(10);
  });

  it('fill the "Other" rows too', async () => {
    const { rows } = await run(
      request({
        buckets: [topHosts(1, { otherBucket: true })],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'highs', operation: 'count', filter: 'severity:high' },
        ],
      }),
    );
    expect(rows).toEqual([
      { host: 'h1', count: 4, highs: 2 },
      { host: OTHER_BUCKET_KEY, count: 5, highs: 2 },
    ]);
  });

  it('count of a field counts the documents that have it', async () => {
    const { rows } = await run(request({ metrics: [{ id: 'withRisk', operation: 'count', field: 'risk' }] }));
    expect(rows).toEqual([{ withRisk: 9 }]);
  });
});

describe('metrics with a column filter on a multi-valued field', () => {
  it('search again with more room when other values of the documents crowd out a decided key', async () => {
    const at = '2024-01-02T00:00:00.000Z';
    const memory = memorySearch([
      { '@timestamp': at, tags: ['a', 'z'], severity: 'high' },
      { '@timestamp': at, tags: ['z'], severity: 'low' },
      { '@timestamp': at, tags: ['z'], severity: 'high' },
    ]);
    const body = request({
      buckets: [{ id: 'tag', type: 'terms', field: 'tags', size: 1, orderBy: { type: 'alphabetical' }, direction: 'desc' }],
      metrics: [
        { id: 'count', operation: 'count' },
        { id: 'highs', operation: 'count', filter: 'severity:high' },
      ],
    });
    const { rows } = await runQuery(planQuery(body, SOURCE), memory.search);
    expect(rows).toEqual([{ tag: 'z', count: 3, highs: 2 }]);
    // The filtered search kept one key in key order, `a` first; the second had room for four.
    expect(memory.requests.map((r) => (r.aggs as Record<string, { terms: { size: number } }>).b0.terms.size)).toEqual([1, 1, 4]);
  });
});
