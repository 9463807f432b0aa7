/**
 * The query service on the embedded store answers what the in-memory reference answers, for
 * every chart shape, metric, "Other" bucket and column filter: the fixed documents are ingested
 * as alerts through the CasesClient, and the same requests run through both. The reference's
 * numbers are checked by hand in run_query.test.ts; this holds the store's aggregations to them.
 */
import type { VisualizationDataSource, VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { createHarness, type Harness } from '../__fixtures__/client_harness';
import { DOCUMENTS, request } from './__fixtures__/fixed_documents';
import { memorySearch, type Doc } from './__fixtures__/memory_search';
import { planQuery } from './query_plan';
import { runQuery } from './run_query';

/** The fixed documents as alerts: severity, risk and tags under the alert fields that map them. */
const ALERTS: Doc[] = DOCUMENTS.map((doc) => ({
  '@timestamp': doc['@timestamp'],
  'kibana.alert.uuid': doc.id,
  'kibana.alert.severity': doc.severity,
  ...(doc.risk === undefined ? {} : { 'kibana.alert.risk_score': doc.risk }),
  ...((doc.tags as string[]).length > 0 ? { 'event.category': doc.tags } : {}),
  ...(doc.host ? { 'host.name': (doc.host as { name: string }).name } : {}),
  'user.name': (doc.user as { name: string }).name,
}));

const severity = 'kibana.alert.severity';
const risk = 'kibana.alert.risk_score';
const perDay = { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' } as const;
const terms = (id: string, field: string, size: number, extra: object = {}) => ({ id, type: 'terms', field, size, orderBy: { type: 'count' }, direction: 'desc', ...extra }) as const;
const METRICS: VisualizationQueryRequest['metrics'] = [
  { id: 'count', operation: 'count' },
  { id: 'users', operation: 'unique_count', field: 'user.name' },
  { id: 'sum', operation: 'sum', field: risk },
  { id: 'avg', operation: 'average', field: risk },
  { id: 'min', operation: 'min', field: risk },
  { id: 'max', operation: 'max', field: risk },
];

const CASES: Array<[string, VisualizationQueryRequest]> = [
  ['date histogram × terms, every metric', request({ buckets: [perDay, terms('host', 'host.name', 2)], metrics: METRICS })],
  ['terms × date histogram', request({ buckets: [terms('host', 'host.name', 2), perDay] })],
  ['auto interval', request({ buckets: [{ ...perDay, interval: 'auto' }], metrics: METRICS.slice(0, 3) })],
  ['a fixed interval', request({ buckets: [{ ...perDay, interval: '12h' }, terms('sev', severity, 3, { orderBy: { type: 'alphabetical' }, direction: 'asc' })] })],
  ['terms ordered by a metric', request({ buckets: [terms('sev', severity, 2, { orderBy: { type: 'metric', metricId: 'sum' } })], metrics: METRICS })],
  ['no bucket', request({ metrics: METRICS })],
  ['"Other" under days', request({ buckets: [perDay, terms('host', 'host.name', 2, { otherBucket: true })], metrics: METRICS })],
  ['"Other" above days', request({ buckets: [terms('host', 'host.name', 2, { otherBucket: true }), perDay], metrics: METRICS.slice(0, 2) })],
  ['"Other" of a multi-valued field', request({ buckets: [terms('cat', 'event.category', 2, { otherBucket: true })] })],
  ['nested "Other"', request({ buckets: [terms('host', 'host.name', 1, { otherBucket: true }), terms('sev', severity, 1, { otherBucket: true })] })],
  [
    'filtered metrics',
    request({
      buckets: [terms('host', 'host.name', 3)],
      metrics: [
        { id: 'count', operation: 'count' },
        { id: 'highs', operation: 'count', filter: `${severity}:high` },
        { id: 'mediumRisk', operation: 'average', field: risk, filter: `${severity}:medium` },
      ],
    }),
  ],
  [
    'ordered by a filtered metric, with "Other"',
    request({
      buckets: [terms('host', 'host.name', 2, { orderBy: { type: 'metric', metricId: 'highs' }, otherBucket: true })],
      metrics: [
        { id: 'count', operation: 'count' },
        { id: 'highs', operation: 'count', filter: `${severity}:high` },
      ],
    }),
  ],
  ['KQL and pills', request({ query: { language: 'kuery', query: 'user.name:u1 and not host.name:h3' }, filters: [{ field: risk, operator: 'between', range: { gte: 10, lt: 70 } }] })],
];

let h: Harness;
let source: VisualizationDataSource;
beforeAll(async () => {
  h = await createHarness();
  const ingested = await h.client().alertsSource.ingestAlerts(ALERTS);
  expect(ingested.errors).toBe(false);
  source = (await h.client().visualizations.dataSources()).sources[0];
});
afterAll(() => h.close());

describe('the embedded store answers as the reference', () => {
  it.each(CASES)('%s', async (_label, body) => {
    const expected = await runQuery(planQuery(body, source), memorySearch(ALERTS).search);
    const answered = await h.client().visualizations.query(body);
    expect(answered).toEqual({ ...expected, rows: expected.rows.map((row) => expect.objectContaining(closeTo(row))) });
    expect(answered.rows).toHaveLength(expected.rows.length);
  });
});

/** Averages may differ in their last bits between the stores' float sums and the reference's. */
function closeTo(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'number' && !Number.isInteger(value) ? expect.closeTo(value, 9) : value]));
}
