/**
 * The sources through the CasesClient on the embedded store: what each lists, who may read
 * which, and that a chart never counts what its reader could not open (another space's alerts,
 * another owner's cases).
 */
import { testUser } from '../../core/mocks';
import type { VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.roles.set('obs_read', [{ base: [], feature: { observabilityCasesV3: ['read'] }, spaces: ['*'] }]);
});
afterEach(() => h.close());

const obsReader = testUser(['obs_read'], { username: 'olga', profile_uid: 'u_olga' });
const nobody = testUser([], { username: 'nora', profile_uid: 'u_nora' });

const countOf = (source: VisualizationQueryRequest['source']): VisualizationQueryRequest => ({
  source,
  timeRange: { from: '2024-01-01T00:00:00.000Z', to: '2024-12-31T23:59:59.999Z' },
  buckets: [],
  metrics: [{ id: 'count', operation: 'count' }],
});

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { statusCode?: number }) => e.statusCode,
  );

const alert = (uuid: string, over: Record<string, unknown> = {}) => ({
  '@timestamp': '2024-03-01T10:00:00.000Z',
  'kibana.alert.uuid': uuid,
  'kibana.alert.rule.name': 'Rule A',
  'kibana.alert.severity': 'high',
  'host.name': 'h1',
  ...over,
});

describe('dataSources', () => {
  it('lists the three sources to a superuser, with their time fields, patterns of the space and mapped fields', async () => {
    const { sources } = await h.client('soc-eu').visualizations.dataSources();
    expect(sources.map((s) => [s.id, s.name, s.timeField])).toEqual([
      ['alerts', 'Alerts', '@timestamp'],
      ['events', 'Events', '@timestamp'],
      ['cases', 'Cases', 'created_at'],
    ]);
    const [alerts, events, cases] = sources;
    expect(alerts.indexPatterns).toEqual(['.alerts-security.alerts-soc-eu', '.alerts-security.alerts-*']);
    expect(alerts.dataViewIds).toEqual(['security-solution-soc-eu']);
    expect(events.indexPatterns).toEqual(['cases-events-soc-eu', 'cases-events-*', 'logs-*', 'auditbeat-*', 'winlogbeat-*', 'filebeat-*', 'packetbeat-*', 'endgame-*']);
    expect(cases.indexPatterns).toEqual(['.kibana_alerting_cases']);

    const field = (list: typeof alerts, name: string) => list.fields.find((f) => f.name === name);
    expect(field(alerts, '@timestamp')).toEqual({ name: '@timestamp', type: 'date', aggregatable: true, searchable: true });
    expect(field(alerts, 'host.name')).toEqual({ name: 'host.name', type: 'string', aggregatable: true, searchable: true });
    expect(field(alerts, 'kibana.alert.risk_score')).toMatchObject({ type: 'number', aggregatable: true });
    expect(field(alerts, 'kibana.alert.reason')).toEqual({ name: 'kibana.alert.reason', type: 'string', aggregatable: false, searchable: true, text: true });
    expect(field(events, 'message')).toMatchObject({ text: true, aggregatable: false });
    // A text field with its keyword multi-field; the store's own index fields are not offered.
    expect(field(cases, 'title')).toMatchObject({ text: true, aggregatable: false });
    expect(field(cases, 'title.keyword')).toEqual({ name: 'title.keyword', type: 'string', aggregatable: true, searchable: true });
    expect(cases.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['status', 'severity', 'tags', 'category', 'owner', 'assignees.uid', 'created_by.username', 'closed_at', 'created_at']),
    );
    expect(cases.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['status_rank']));
    expect(cases.fields.some((f) => /rank|custom_field_|observable_keys|incremental_id\.text/.test(f.name))).toBe(false);
    expect([...alerts.fields.map((f) => f.name)].sort()).toEqual(alerts.fields.map((f) => f.name));
  });

  it('lists only the cases source to a reader without Security cases, and refuses a reader of nothing', async () => {
    const { sources } = await h.client('default', obsReader).visualizations.dataSources();
    expect(sources.map((s) => s.id)).toEqual(['cases']);
    expect(await statusOf(h.client('default', nobody).visualizations.dataSources())).toBe(403);
  });
});

describe('query authorization', () => {
  it('refuses alerts and events without the alerts read privilege, before any search', async () => {
    const client = h.client('default', obsReader);
    expect(await statusOf(client.visualizations.query(countOf('alerts')))).toBe(403);
    expect(await statusOf(client.visualizations.query(countOf('events')))).toBe(403);
    expect(await statusOf(h.client('default', nobody).visualizations.query(countOf('cases')))).toBe(403);
  });

  it('counts only the cases of owners the caller may read', async () => {
    h.clock.now = Date.parse('2024-03-01T00:00:00.000Z');
    await h.client().cases.create(newCase({ owner: 'securitySolution' }));
    await h.client().cases.create(newCase({ owner: 'observability', settings: { syncAlerts: false } }));
    await h.client().cases.create(newCase({ owner: 'observability', settings: { syncAlerts: false } }));
    expect((await h.client().visualizations.query(countOf('cases'))).rows).toEqual([{ count: 3 }]);
    expect((await h.client('default', obsReader).visualizations.query(countOf('cases'))).rows).toEqual([{ count: 2 }]);
  });

  it("never counts another space's alerts", async () => {
    await h.client('default').alertsSource.ingestAlerts([alert('a1'), alert('a2')]);
    await h.client('soc-eu').alertsSource.ingestAlerts([alert('b1')]);
    expect((await h.client('default').visualizations.query(countOf('alerts'))).total).toBe(2);
    expect((await h.client('soc-eu').visualizations.query(countOf('alerts'))).total).toBe(1);
    expect((await h.client('soc-us').visualizations.query(countOf('alerts'))).rows).toEqual([{ count: 0 }]);
  });
});
