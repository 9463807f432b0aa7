/**
 * `POST /internal/alerts/_find` and `POST /internal/events/_find` (the Alerts and Events pages)
 * over HTTP: filters, search, time range, sort and paging on a known set of documents, and the
 * 400s, each answer checked against docs/openapi.yaml and each body against its request schema.
 */
import { expectStatus, RUN, useCasesServer } from '../cases/cases_api';
import { alertDocument, alertsApi, eventDocument, idsOf } from './alerts_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const alerts = alertsApi(api, 'find');
const ALERTS = '/internal/alerts/_find';
const EVENTS = '/internal/events/_find';
const alertId = (i: number) => `fa-${RUN}-${i}`;
const eventId = (i: number) => `fe-${RUN}-${i}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

beforeAll(async () => {
  await alerts.createSpace();
  // Six alerts a minute apart: rules and hosts alternate, severities cycle, alert 5 is closed.
  const docs = range(6).map((i) => alertDocument(alertId(i), i));
  (docs[5].kibana.alert as Record<string, unknown>).workflow_status = 'closed';
  expectStatus(await alerts.post('/api/alerts/_ingest', docs), 200);
  expectStatus(await alerts.post('/api/events/_ingest', range(5).map((i) => eventDocument(eventId(i), i))), 200);
});

describe('alerts find', () => {
  it('pages the newest first by default, with Kibana-like paging fields', async () => {
    const first = await alerts.post(ALERTS, { perPage: 4 });
    expectStatus(first, 200);
    expect(first.body).toMatchObject({ page: 1, per_page: 4, total: 6 });
    expect(idsOf(first)).toEqual([5, 4, 3, 2].map(alertId));
    expect(first.body.alerts[0]).toEqual({
      id: alertId(5),
      index: `.alerts-security.alerts-${alerts.space}`,
      fields: expect.objectContaining({ 'kibana.alert.uuid': alertId(5), 'kibana.alert.workflow_status': 'closed', 'host.name': 'host-1' }),
    });
    const second = await alerts.post(ALERTS, { perPage: 4, page: 2 });
    expect(idsOf(second)).toEqual([1, 0].map(alertId));
  });

  it('filters by status, rule and severity, and sorts by any listed field', async () => {
    expect(idsOf(await alerts.post(ALERTS, { status: ['closed'] }))).toEqual([alertId(5)]);
    expect((await alerts.post(ALERTS, { status: ['open', 'acknowledged'] })).body.total).toBe(5);
    expect(idsOf(await alerts.post(ALERTS, { rule: ['Malware detected'], sortOrder: 'asc' }))).toEqual([1, 3, 5].map(alertId));
    expect(idsOf(await alerts.post(ALERTS, { severity: ['critical', 'low'], sortOrder: 'asc' }))).toEqual([0, 3, 4].map(alertId));
    expect(idsOf(await alerts.post(ALERTS, { sortField: 'kibana.alert.risk_score', sortOrder: 'asc', perPage: 2 }))).toEqual([0, 1].map(alertId));
    const byHost = await alerts.post(ALERTS, { sortField: 'host.name', sortOrder: 'desc', rule: ['Brute force', 'Malware detected'] });
    expect(byHost.body.alerts.map((a: { fields: Record<string, unknown> }) => a.fields['host.name'])).toEqual(['host-1', 'host-1', 'host-1', 'host-0', 'host-0', 'host-0']);
  });

  it('searches the alert reason and bounds the time range', async () => {
    expect(idsOf(await alerts.post(ALERTS, { search: 'proc-4.exe' }))).toEqual([alertId(4)]);
    const window = await alerts.post(ALERTS, { from: '2024-01-01T00:01:00.000Z', to: '2024-01-01T00:03:00.000Z', sortOrder: 'asc' });
    expect(idsOf(window)).toEqual([1, 2, 3].map(alertId));
    expect((await alerts.post(ALERTS, { from: '2030-01-01T00:00:00.000Z' })).body).toMatchObject({ total: 0, alerts: [] });
  });

  it('refuses bad bodies with 400, as the document does', async () => {
    await alerts.expectRefused(ALERTS, { perPage: 101 }, /maximum allowed perPage value is 100/);
    await alerts.expectRefused(ALERTS, { page: 0 }, /"page"/);
    await alerts.expectRefused(ALERTS, { sortField: 'kibana.alert.reason' }, /sortField/);
    await alerts.expectRefused(ALERTS, { status: ['triaged'] }, /status/);
    await alerts.expectRefused(ALERTS, { query: { match_all: {} } }, /invalid keys "query"/);
    await alerts.expectRefused(ALERTS, { from: 'yesterday' }, /ISO-8601/);
    await alerts.expectRefused(ALERTS, undefined, /AlertsFindRequest/);
    // Past the 10,000th document, which a schema cannot say.
    expectStatus(await alerts.post(ALERTS, { page: 101, perPage: 100 }), 400, /more than 10000 documents/);
  });
});

describe('events find', () => {
  it('filters by host, user and category, searches, sorts and pages', async () => {
    const all = await alerts.post(EVENTS, { perPage: 2 });
    expectStatus(all, 200);
    expect(all.body).toMatchObject({ page: 1, per_page: 2, total: 5 });
    expect(idsOf(all, 'events')).toEqual([4, 3].map(eventId));
    expect(all.body.events[0].index).toBe(`cases-events-${alerts.space}`);
    expect(idsOf(await alerts.post(EVENTS, { host: ['host-1'], sortOrder: 'asc' }), 'events')).toEqual([1, 3].map(eventId));
    expect(idsOf(await alerts.post(EVENTS, { user: ['user-0'], category: ['process'], sortOrder: 'asc' }), 'events')).toEqual([0].map(eventId));
    expect(idsOf(await alerts.post(EVENTS, { category: ['network'], sortField: 'process.name', sortOrder: 'desc' }), 'events')).toEqual([3, 1].map(eventId));
    expect(idsOf(await alerts.post(EVENTS, { to: '2024-01-01T00:01:00.000Z', sortOrder: 'asc' }), 'events')).toEqual([0, 1].map(eventId));
  });

  it('refuses bad bodies with 400, as the document does', async () => {
    await alerts.expectRefused(EVENTS, { perPage: 500 }, /perPage/);
    await alerts.expectRefused(EVENTS, { status: ['open'] }, /invalid keys "status"/);
    await alerts.expectRefused(EVENTS, { sortField: 'kibana.alert.severity' }, /sortField/);
    await alerts.expectRefused(EVENTS, { host: range(101).map(String) }, /host/);
  });
});
