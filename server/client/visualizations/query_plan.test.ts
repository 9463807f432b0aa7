import type { VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { SOURCE, request } from './__fixtures__/fixed_documents';
import { memorySearch } from './__fixtures__/memory_search';
import { planQuery } from './query_plan';
import { runQuery } from './run_query';
import { MAX_SEARCHES_PER_CHART } from './scope_search';

const refusal = (body: VisualizationQueryRequest): string => {
  try {
    planQuery(body, SOURCE);
  } catch (e) {
    expect((e as { statusCode?: number }).statusCode).toBe(400);
    return (e as Error).message;
  }
  throw new Error('the request was accepted');
};

const terms = (field: string, extra: object = {}) => ({ id: field, type: 'terms', field, size: 5, orderBy: { type: 'count' }, direction: 'desc', ...extra }) as const;

describe('planQuery refuses with a 400 naming the column', () => {
  it('fields the source does not have, full-text fields as buckets, and the wrong type', () => {
    expect(refusal(request({ buckets: [terms('process.name')] }))).toBe('Column "process.name": the alerts source has no field "process.name"');
    expect(refusal(request({ buckets: [terms('text')] }))).toBe('Column "text": "text" is a full-text field and cannot be aggregated');
    expect(refusal(request({ metrics: [{ id: 's', operation: 'sum', field: 'host.name' }] }))).toBe('Column "s": "host.name" is a string field, and this needs a number field');
    expect(refusal(request({ metrics: [{ id: 'u', operation: 'unique_count' }] }))).toBe('Column "u" needs a field');
    expect(refusal(request({ buckets: [{ id: 'd', type: 'date_histogram', field: 'host.name', interval: 'day' }] }))).toMatch(/"host.name" is a string field, and this needs a date field/);
  });

  it('an interval making more than 1,000 buckets', () => {
    expect(refusal(request({ buckets: [{ id: 'd', type: 'date_histogram', field: '@timestamp', interval: 'minute' }] }))).toBe(
      'Column "d": The interval "minute" makes up to 5761 date buckets over the time range, more than the 1000 allowed: choose a longer interval or auto',
    );
  });

  it('an order by a metric the request lacks, or by metrics of two filters', () => {
    expect(refusal(request({ buckets: [terms('host.name', { orderBy: { type: 'metric', metricId: 'nope' } })] }))).toMatch(/ordered by "nope", which is not a metric column/);
    expect(
      refusal(
        request({
          buckets: [terms('host.name', { orderBy: { type: 'metric', metricId: 'a' } }), terms('user.name', { orderBy: { type: 'metric', metricId: 'b' } })],
          metrics: [
            { id: 'a', operation: 'count', filter: 'severity:high' },
            { id: 'b', operation: 'count' },
          ],
        }),
      ),
    ).toBe('Columns "host.name" and "user.name" are ordered by metrics with different filters; order them by metrics with the same filter');
  });

  it('a time range that ends before it starts, an unknown time zone, a column id used twice', () => {
    expect(refusal(request({ timeRange: { from: '2024-02-01T00:00:00.000Z', to: '2024-01-01T00:00:00.000Z' } }))).toMatch(/ends \(2024-01-01T00:00:00.000Z\) before it starts/);
    expect(refusal(request({ timeZone: 'Mars/Olympus' }))).toBe('Unknown time zone "Mars/Olympus": use an IANA name such as Europe/Paris or UTC');
    expect(refusal(request({ buckets: [terms('host.name', { id: 'x' })], metrics: [{ id: 'x', operation: 'count' }] }))).toMatch(/Column id "x" is used by two columns/);
  });

  it('a bad KQL query or column filter, naming the position', () => {
    expect(refusal(request({ query: { language: 'kuery', query: 'host.name:' } }))).toBe("The query is not valid KQL: Expected a value after ':' at position 9");
    expect(refusal(request({ metrics: [{ id: 'c', operation: 'count', filter: 'nope:1' }] }))).toMatch(/Unknown field 'nope'.*the filter of column "c"/);
  });

  it('a table that could have more rows than the stores bucket', () => {
    const big = (field: string) => terms(field, { size: 100 });
    expect(refusal(request({ buckets: [big('host.name'), big('user.name'), big('severity')] }))).toBe(
      'The chart could have up to 1000000 rows, more than the 65536 allowed: show fewer values per column or choose a longer interval',
    );
  });
});

describe('planQuery', () => {
  it('types the columns: dates, the terms field, numbers', () => {
    const plan = planQuery(
      request({ buckets: [{ id: 'd', type: 'date_histogram', field: '@timestamp', interval: '12h' }, terms('risk')], metrics: [{ id: 'c', operation: 'count' }] }),
      SOURCE,
    );
    expect(plan.columns).toEqual([
      { id: 'd', role: 'bucket', type: 'date' },
      { id: 'risk', role: 'bucket', type: 'number' },
      { id: 'c', role: 'metric', type: 'number' },
    ]);
    expect(plan.interval).toBe('12h');
  });

  it('groups metrics by filter: one group per distinct filter, the unfiltered one primary', () => {
    const plan = planQuery(
      request({
        metrics: [
          { id: 'a', operation: 'count', filter: 'severity:high' },
          { id: 'b', operation: 'count' },
          { id: 'c', operation: 'sum', field: 'risk', filter: ' severity:high ' },
        ],
      }),
      SOURCE,
    );
    expect(plan.groups.map((g) => g.metrics.map((m) => m.spec.id))).toEqual([['a', 'c'], ['b']]);
    expect(plan.primary.metrics.map((m) => m.spec.id)).toEqual(['b']);
  });
});

describe('the search bound', () => {
  it('refuses a chart whose "Other" buckets would need too many searches, before answering', async () => {
    // One document per host: the "Other" of a level under 100 hosts is one search per host path.
    const docs = Array.from({ length: MAX_SEARCHES_PER_CHART + 10 }, (_, i) => ({
      '@timestamp': '2024-01-01T01:00:00.000Z',
      host: { name: `h${i}` },
      user: { name: 'u' },
      severity: 'low',
    }));
    const memory = memorySearch(docs);
    const body = request({ buckets: [terms('host.name', { size: 100 }), terms('user.name', { size: 1, otherBucket: true })] });
    // 100 host paths + the first search stay within the bound.
    await expect(runQuery(planQuery(body, SOURCE), memory.search)).resolves.toMatchObject({ total: MAX_SEARCHES_PER_CHART + 10 });
    const deeper = request({
      buckets: [terms('host.name', { size: 100 }), terms('severity', { size: 1, otherBucket: true }), terms('user.name', { size: 1, otherBucket: true })],
    });
    await expect(runQuery(planQuery(deeper, SOURCE), memorySearch(docs).search)).rejects.toThrow(/more than 200 searches/);
  });
});
