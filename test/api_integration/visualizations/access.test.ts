/**
 * Who may chart what, over HTTP: `GET /internal/cases/visualizations/data_sources` lists only
 * the sources the caller may read in the space; `POST .../_query` refuses alerts and events to
 * a caller without the alerts read privilege, never counts another space's alerts, and counts
 * only the cases of owners the caller may read. Every answer is checked against docs/openapi.yaml.
 */
import { caseBody, expectStatus, spacePath, useCasesServer } from '../cases/cases_api';
import { DATA_SOURCES_URL, fixedAlerts, ingest, queryBody, userWith, visualizationsApi } from './visualizations_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const vis = visualizationsApi(api, 'vis-access');
const neighbour = visualizationsApi(api, 'vis-neighbour');

let obsReader: Record<string, string>;
let elsewhere: Record<string, string>;

beforeAll(async () => {
  await vis.createSpace();
  await neighbour.createSpace();
  await ingest(vis, 'alerts', fixedAlerts('acc'));
  // The neighbour space holds more alerts, in the same days: none may be counted in ours.
  await ingest(neighbour, 'alerts', [...fixedAlerts('nb1'), ...fixedAlerts('nb2')]);
  // Reads Observability's cases everywhere, and nothing of Security (whose privilege reads alerts).
  obsReader = await userWith(api, 'vis_obs_reader', [{ base: [], feature: { observabilityCasesV3: ['read'] }, spaces: ['*'] }]);
  // Reads everything, but only in the neighbour space.
  elsewhere = await userWith(api, 'vis_elsewhere', [{ base: ['read'], feature: {}, spaces: [neighbour.space] }]);
});

describe('data sources', () => {
  it('lists alerts, events and cases to the superuser, with this space’s patterns and the mapped fields', async () => {
    const answer = await vis.dataSources();
    expectStatus(answer, 200);
    const sources = answer.body.sources as Array<{ id: string; indexPatterns: string[]; dataViewIds: string[]; timeField: string; fields: Array<{ name: string; aggregatable: boolean; text?: boolean }> }>;
    expect(sources.map((s) => [s.id, s.timeField])).toEqual([
      ['alerts', '@timestamp'],
      ['events', '@timestamp'],
      ['cases', 'created_at'],
    ]);
    expect(sources[0].indexPatterns).toEqual([`.alerts-security.alerts-${vis.space}`, '.alerts-security.alerts-*']);
    expect(sources[0].dataViewIds).toEqual([`security-solution-${vis.space}`]);
    expect(sources[1].indexPatterns).toEqual(expect.arrayContaining([`cases-events-${vis.space}`, 'logs-*', 'auditbeat-*', 'winlogbeat-*', 'filebeat-*', 'packetbeat-*', 'endgame-*']));
    expect(sources[2].indexPatterns).toEqual(['.kibana_alerting_cases']);
    const alertFields = new Map(sources[0].fields.map((f) => [f.name, f]));
    expect(alertFields.get('host.name')).toMatchObject({ aggregatable: true });
    expect(alertFields.get('kibana.alert.reason')).toMatchObject({ aggregatable: false, text: true });
    expect(sources[2].fields.map((f) => f.name)).toEqual(expect.arrayContaining(['status', 'severity', 'tags', 'owner', 'title.keyword']));
  });

  it('lists only cases to a caller without the alerts privilege, and refuses a caller who may read nothing here', async () => {
    const answer = await vis.dataSources(obsReader);
    expectStatus(answer, 200);
    expect(answer.body.sources.map((s: { id: string }) => s.id)).toEqual(['cases']);
    expectStatus(await vis.dataSources(elsewhere), 403);
    // In the space it may read, it gets all three.
    const there = await api.call('GET', spacePath(neighbour.space, DATA_SOURCES_URL), { headers: elsewhere });
    expectStatus(there, 200);
    expect(there.body.sources.map((s: { id: string }) => s.id)).toEqual(['alerts', 'events', 'cases']);
  });
});

describe('queries', () => {
  it('refuse alerts and events without the alerts read privilege with 403', async () => {
    expectStatus(await vis.query(queryBody({ source: 'alerts' }), obsReader), 403);
    expectStatus(await vis.query(queryBody({ source: 'events' }), obsReader), 403);
    expectStatus(await vis.query(queryBody({ source: 'cases' }), elsewhere), 403);
  });

  it("never count another space's alerts", async () => {
    const ours = await vis.query(queryBody({ buckets: [{ id: 'host', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'alphabetical' }, direction: 'asc' }] }));
    expectStatus(ours, 200);
    expect(ours.body.total).toBe(10);
    expect(ours.body.rows).toEqual([
      { host: 'h1', count: 4 },
      { host: 'h2', count: 2 },
      { host: 'h3', count: 2 },
      { host: 'h4', count: 1 },
    ]);
    const theirs = await neighbour.query(queryBody({}));
    expect(theirs.body.total).toBe(20);
    // A user of the neighbour space charting there sees its alerts only.
    expect((await neighbour.query(queryBody({}), elsewhere)).body.rows).toEqual([{ count: 20 }]);
  });

  it('count only the cases of owners the caller may read, in this space', async () => {
    for (const owner of ['securitySolution', 'securitySolution', 'observability']) {
      const created = await api.call('POST', spacePath(vis.space, '/api/cases'), { body: caseBody({ owner, tags: ['vis'] }) });
      expectStatus(created, 200);
    }
    expectStatus(await api.call('POST', spacePath(neighbour.space, '/api/cases'), { body: caseBody({ owner: 'observability' }) }), 200);
    const now = Date.now();
    const body = queryBody({
      source: 'cases',
      timeRange: { from: new Date(now - 3_600_000).toISOString(), to: new Date(now + 3_600_000).toISOString() },
      buckets: [{ id: 'owner', type: 'terms', field: 'owner', size: 5, orderBy: { type: 'alphabetical' }, direction: 'asc' }],
      metrics: [
        { id: 'count', operation: 'count' },
        { id: 'open', operation: 'count', filter: 'status:open' },
      ],
    });
    const all = await vis.query(body);
    expectStatus(all, 200);
    expect(all.body.rows).toEqual([
      { owner: 'observability', count: 1, open: 1 },
      { owner: 'securitySolution', count: 2, open: 2 },
    ]);
    expect(all.body.columns[0]).toEqual({ id: 'owner', role: 'bucket', type: 'string' });
    const observed = await vis.query(body, obsReader);
    expectStatus(observed, 200);
    expect(observed.body).toMatchObject({ rows: [{ owner: 'observability', count: 1, open: 1 }], total: 1 });
    const tags = await vis.query({ ...body, buckets: [{ id: 'tag', type: 'terms', field: 'tags', size: 5, orderBy: { type: 'count' }, direction: 'desc' }], query: { language: 'kuery', query: 'tags:vis' } }, obsReader);
    expect(tags.body.rows).toEqual([
      { tag: 'vis', count: 1, open: 1 },
    ]);
  });
});
