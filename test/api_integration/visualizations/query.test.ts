/**
 * `POST /internal/cases/visualizations/_query` over HTTP against fixed alerts and events
 * (visualizations_api.ts lists them and every expected number comes from that table): each
 * chart shape, each metric, "Other" buckets, filtered metrics, the KQL query and filter pills,
 * time zones, and the 400s, each answer checked against docs/openapi.yaml.
 */
import { expectStatus, useCasesServer } from '../cases/cases_api';
import { DAY, TIME_RANGE, fixedAlerts, fixedEvents, ingest, perDay, queryBody, topHosts, visualizationsApi } from './visualizations_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const vis = visualizationsApi(api, 'vis-query');
const OTHER = '__other__';

const ALL_METRICS = [
  { id: 'count', operation: 'count' },
  { id: 'users', operation: 'unique_count', field: 'user.name' },
  { id: 'sum', operation: 'sum', field: 'kibana.alert.risk_score' },
  { id: 'avg', operation: 'average', field: 'kibana.alert.risk_score' },
  { id: 'min', operation: 'min', field: 'kibana.alert.risk_score' },
  { id: 'max', operation: 'max', field: 'kibana.alert.risk_score' },
];

beforeAll(async () => {
  await vis.createSpace();
  await ingest(vis, 'alerts', fixedAlerts('va'));
  await ingest(vis, 'events', fixedEvents('ve'));
});

describe('chart shapes', () => {
  it('date histogram × terms: the top hosts of each day, with every metric', async () => {
    const answer = await vis.query(queryBody({ buckets: [perDay, topHosts(2)], metrics: ALL_METRICS, timeZone: 'UTC' }));
    expectStatus(answer, 200);
    expect(answer.body.columns).toEqual([
      { id: 'day', role: 'bucket', type: 'date' },
      { id: 'host', role: 'bucket', type: 'string' },
      ...ALL_METRICS.map(({ id }) => ({ id, role: 'metric', type: 'number' })),
    ]);
    expect(answer.body.rows).toEqual([
      { day: DAY(1), host: 'h1', count: 2, users: 2, sum: 30, avg: 15, min: 10, max: 20 },
      { day: DAY(1), host: 'h2', count: 1, users: 1, sum: 30, avg: 30, min: 30, max: 30 },
      { day: DAY(2), host: 'h3', count: 2, users: 2, sum: 110, avg: 55, min: 50, max: 60 },
      { day: DAY(2), host: 'h1', count: 1, users: 1, sum: 40, avg: 40, min: 40, max: 40 },
      { day: DAY(3), host: 'h1', count: 1, users: 1, sum: 80, avg: 80, min: 80, max: 80 },
      // Alert 10 has no risk score: its sum is 0, its average, minimum and maximum none.
      { day: DAY(3), host: 'h2', count: 1, users: 1, sum: 0, avg: null, min: null, max: null },
    ]);
    // Alert 9 is before the range.
    expect(answer.body).toMatchObject({ total: 10, interval: 'day' });
  });

  it('terms × date histogram: every day of the range under each host, quiet days at 0', async () => {
    expect(await vis.rows(queryBody({ buckets: [topHosts(2), perDay] }))).toEqual([
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

  it('terms alone, ordered by a metric; ties broken alphabetically', async () => {
    const bySum = { id: 'sev', type: 'terms', field: 'kibana.alert.severity', size: 2, orderBy: { type: 'metric', metricId: 'sum' }, direction: 'desc' };
    expect(await vis.rows(queryBody({ buckets: [bySum], metrics: [ALL_METRICS[2], ALL_METRICS[0]] }))).toEqual([
      { sev: 'high', sum: 170, count: 4 },
      { sev: 'low', sum: 135, count: 5 },
    ]);
    // h2 and h3 both have two alerts.
    expect(await vis.rows(queryBody({ buckets: [topHosts(3)] }))).toEqual([
      { host: 'h1', count: 4 },
      { host: 'h2', count: 2 },
      { host: 'h3', count: 2 },
    ]);
  });

  it('no bucket: one row of metrics (the metric chart)', async () => {
    const answer = await vis.query(queryBody({ metrics: ALL_METRICS }));
    expectStatus(answer, 200);
    const [row] = answer.body.rows;
    expect(answer.body.rows).toHaveLength(1);
    expect(row).toMatchObject({ count: 10, users: 4, sum: 365, min: 5, max: 80 });
    expect(row.avg).toBeCloseTo(365 / 9, 6);
    expect(answer.body.interval).toBeUndefined();
  });

  it('date histogram in the user’s time zone: days start at their midnight', async () => {
    const answer = await vis.query(queryBody({ buckets: [perDay], timeZone: 'Europe/Paris' }));
    expectStatus(answer, 200);
    // Paris is UTC+1 in January: its days start at 23:00 UTC; the range ends on January 5th, 00:59 in Paris.
    expect(answer.body.rows).toEqual([
      { day: Date.UTC(2023, 11, 31, 23), count: 3 },
      { day: Date.UTC(2024, 0, 1, 23), count: 4 },
      { day: Date.UTC(2024, 0, 2, 23), count: 3 },
      { day: Date.UTC(2024, 0, 3, 23), count: 0 },
      { day: Date.UTC(2024, 0, 4, 23), count: 0 },
    ]);
  });

  it('auto interval: 96 hours over four days, reported', async () => {
    const answer = await vis.query(queryBody({ buckets: [{ ...perDay, interval: 'auto' }] }));
    expectStatus(answer, 200);
    expect(answer.body.interval).toBe('hour');
    expect(answer.body.rows).toHaveLength(96);
    expect(answer.body.rows.slice(0, 2)).toEqual([
      { day: DAY(1), count: 0 },
      { day: DAY(1) + 3_600_000, count: 1 },
    ]);
  });

  it('the events source: events per category and unique users per host', async () => {
    const body = queryBody({
      source: 'events',
      buckets: [{ id: 'host', type: 'terms', field: 'host.name', size: 5, orderBy: { type: 'alphabetical' }, direction: 'asc' }],
      metrics: [
        { id: 'count', operation: 'count' },
        { id: 'users', operation: 'unique_count', field: 'user.name' },
      ],
    });
    expect(await vis.rows(body)).toEqual([
      { host: 'e1', count: 3, users: 2 },
      { host: 'e2', count: 2, users: 1 },
    ]);
    const categories = { id: 'cat', type: 'terms', field: 'event.category', size: 5, orderBy: { type: 'count' }, direction: 'desc' };
    expect(await vis.rows(queryBody({ source: 'events', buckets: [categories], timeRange: { from: '2024-01-01', to: '2024-01-01T23:59:59Z' } }))).toEqual([
      { cat: 'process', count: 2 },
      { cat: 'dns', count: 1 },
      { cat: 'network', count: 1 },
    ]);
  });
});

describe('"Other" buckets', () => {
  it('hold, per day, the alerts outside its top hosts (alerts without a host are not "Other")', async () => {
    const rows = await vis.rows(queryBody({ buckets: [perDay, topHosts(2, { otherBucket: true })], metrics: ALL_METRICS }));
    expect(rows.map((r) => r.host)).toEqual(['h1', 'h2', 'h3', 'h1', OTHER, 'h1', 'h2']);
    expect(rows[4]).toEqual({ day: DAY(2), host: OTHER, count: 1, users: 1, sum: 70, avg: 70, min: 70, max: 70 });
  });

  it('are exact for unique counts, with the days below them', async () => {
    const rows = await vis.rows(queryBody({ buckets: [topHosts(2, { otherBucket: true }), perDay], metrics: [ALL_METRICS[0], ALL_METRICS[1]] }));
    // Outside h1 and h2: alerts 5, 6 (h3) and 7 (h4), all on day 2, of users u3, u1, u1.
    expect(rows.filter((r) => r.host === OTHER)).toEqual([
      { host: OTHER, day: DAY(1), count: 0, users: 0 },
      { host: OTHER, day: DAY(2), count: 3, users: 2 },
      { host: OTHER, day: DAY(3), count: 0, users: 0 },
      { host: OTHER, day: DAY(4), count: 0, users: 0 },
    ]);
  });

  it('of a multi-valued field: alerts none of whose values is a top value', async () => {
    const categories = { id: 'cat', type: 'terms', field: 'event.category', size: 2, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true };
    expect(await vis.rows(queryBody({ buckets: [categories] }))).toEqual([
      { cat: 'process', count: 4 },
      { cat: 'network', count: 3 },
      { cat: OTHER, count: 2 },
    ]);
  });
});

describe('metrics with a column filter', () => {
  it('count only their own alerts, in the rows the unfiltered metrics decide', async () => {
    const rows = await vis.rows(
      queryBody({
        buckets: [topHosts(3)],
        metrics: [
          { id: 'count', operation: 'count' },
          { id: 'highs', operation: 'count', filter: 'kibana.alert.severity:high' },
          { id: 'mediumRisk', operation: 'average', field: 'kibana.alert.risk_score', filter: 'kibana.alert.severity:medium' },
        ],
      }),
    );
    expect(rows).toEqual([
      { host: 'h1', count: 4, highs: 2, mediumRisk: null },
      { host: 'h2', count: 2, highs: 1, mediumRisk: null },
      { host: 'h3', count: 2, highs: 1, mediumRisk: 60 },
    ]);
  });

  it('decide the hosts when the terms column is ordered by one, and fill "Other" rows', async () => {
    const metrics = [
      { id: 'count', operation: 'count' },
      { id: 'highs', operation: 'count', filter: 'kibana.alert.severity:high' },
    ];
    const byHighs = topHosts(2, { orderBy: { type: 'metric', metricId: 'highs' }, otherBucket: true });
    const answer = await vis.query(queryBody({ buckets: [byHighs], metrics }));
    expectStatus(answer, 200);
    // High alerts: h1 2, h2 1, h3 1. Outside h1 and h2: 5, 6, 7 (h3, h3, h4), one of them high.
    expect(answer.body.rows).toEqual([
      { host: 'h1', count: 4, highs: 2 },
      { host: 'h2', count: 2, highs: 1 },
      { host: OTHER, count: 3, highs: 1 },
    ]);
    expect(answer.body.total).toBe(10);
  });
});

describe('the query and filter pills', () => {
  it('KQL fields, words, and pills narrow every number, the total too', async () => {
    const narrowed = await vis.query(queryBody({ query: { language: 'kuery', query: 'user.name:u1' }, filters: [{ field: 'kibana.alert.severity', operator: 'is', value: 'high' }] }));
    expectStatus(narrowed, 200);
    // Alerts 1 and 3 (9 is before the range).
    expect(narrowed.body).toMatchObject({ rows: [{ count: 2 }], total: 2 });
    expect(await vis.rows(queryBody({ query: { language: 'kuery', query: 'brute' } }))).toEqual([{ count: 4 }]);
    expect(await vis.rows(queryBody({ query: { language: 'kuery', query: 'host.name:(h2 or h3) and not kibana.alert.severity:low' } }))).toEqual([{ count: 3 }]);
    const pills = [
      { field: 'kibana.alert.risk_score', operator: 'between', range: { gte: 20, lte: 50 } },
      { field: 'host.name', operator: 'is_one_of', values: ['h3'], negate: true },
    ];
    // Risk 20 to 50: alerts 2, 3, 4, 5; not on h3: 2, 3, 4.
    expect(await vis.rows(queryBody({ filters: pills }))).toEqual([{ count: 3 }]);
    expect(await vis.rows(queryBody({ filters: [{ field: 'host.name', operator: 'exists', negate: true }] }))).toEqual([{ count: 1 }]);
  });
});

describe('refusals', () => {
  it('a bad query: 400 naming the position', async () => {
    expectStatus(await vis.query(queryBody({ query: { language: 'kuery', query: 'host.name:' } })), 400, /at position 9/);
    expectStatus(await vis.query(queryBody({ query: { language: 'kuery', query: 'nope:1' } })), 400, /Unknown field 'nope'/);
    expectStatus(await vis.query(queryBody({ metrics: [{ id: 'c', operation: 'count', filter: 'host.name:(h1' }] })), 400, /filter of column "c" is not valid KQL/i);
  });

  it('what the service cannot answer: 400 naming the column', async () => {
    expectStatus(await vis.query(queryBody({ buckets: [{ id: 'r', type: 'terms', field: 'kibana.alert.reason', size: 5, orderBy: { type: 'count' }, direction: 'desc' }] })), 400, /"kibana.alert.reason" is a full-text field/);
    expectStatus(await vis.query(queryBody({ metrics: [{ id: 's', operation: 'sum', field: 'host.name' }] })), 400, /needs a number field/);
    expectStatus(await vis.query(queryBody({ buckets: [{ ...perDay, interval: 'minute' }], timeRange: { from: '2024-01-01', to: '2024-12-31' } })), 400, /more than the 1000 allowed/);
    expectStatus(await vis.query(queryBody({ timeZone: 'Mars/Olympus' })), 400, /Unknown time zone/);
    expectStatus(await vis.query(queryBody({ timeRange: { from: TIME_RANGE.to, to: TIME_RANGE.from } })), 400, /before it starts/);
  });

  it('bodies the codec refuses, as the document does', async () => {
    await vis.expectRefused('/internal/cases/visualizations/_query', queryBody({ buckets: [topHosts(101)] }), /size/);
    await vis.expectRefused('/internal/cases/visualizations/_query', queryBody({ metrics: [] }), /metrics/);
    await vis.expectRefused('/internal/cases/visualizations/_query', queryBody({ source: 'logs' }), /source/);
    await vis.expectRefused('/internal/cases/visualizations/_query', queryBody({ buckets: [{ ...perDay, interval: 'fortnight' }] }), /interval/);
    await vis.expectRefused('/internal/cases/visualizations/_query', { ...queryBody({}), index: '.kibana' }, /invalid keys "index"/);
  });
});
