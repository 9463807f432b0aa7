/**
 * Alerts and events in cases over HTTP, each answer checked against docs/openapi.yaml as it
 * arrives: Kibana's alert comment and reads (a script written for Kibana works unchanged), bulk
 * attach, find containing all, the case's Alerts and Events tabs, removing alerts, and sync.
 */
import { createCase, expectStatus, patchCase, RUN, useCasesServer } from './cases_api';

const api = useCasesServer();
const INDEX = '.alerts-security.alerts-default';

async function ingestAlerts(ids: string[]) {
  const body = ids.map((id, i) => ({
    '@timestamp': new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
    kibana: { alert: { uuid: id, workflow_status: 'open', rule: { name: 'Brute force', uuid: 'r1' }, severity: 'high', risk_score: 73 } },
    host: { name: `host-${i % 2}` },
    user: { name: 'alice' },
  }));
  expectStatus(await api.call('POST', '/api/alerts/_ingest', { body }), 200);
}

const ids = (n: number, label: string) => Array.from({ length: n }, (_, i) => `${label}-${RUN}-${i}`);
const alertComment = (alertIds: string[]) => ({ type: 'alert', alertId: alertIds, index: alertIds.map(() => INDEX), rule: { id: 'r1', name: 'Brute force' }, owner: 'securitySolution' });

describe('Kibana\'s alert routes', () => {
  it('posts an alert comment and reads it back through /alerts and /cases/alerts/{id}', async () => {
    const [one, two] = ids(2, 'k');
    await ingestAlerts([one, two]);
    const created = await createCase(api, { owner: 'securitySolution' });
    const added = await api.call('POST', `/api/cases/${created.id}/comments`, { body: alertComment([one, two]) });
    expectStatus(added, 200);
    expect(added.body).toMatchObject({ totalAlerts: 2, totalEvents: 0 });
    const attached = await api.call('GET', `/api/cases/${created.id}/alerts`);
    expectStatus(attached, 200);
    expect(attached.body.map((a: { id: string }) => a.id)).toEqual([one, two]);
    const related = await api.call('GET', `/api/cases/alerts/${one}?owner=securitySolution`);
    expectStatus(related, 200);
    expect(related.body).toEqual([expect.objectContaining({ id: created.id, status: 'open', totals: { alerts: 2, events: 0, userComments: 0 } })]);
    // An owner nobody registered matches nothing, as on every search.
    expect((await api.call('GET', `/api/cases/alerts/${one}?owner=cases`)).body).toEqual([]);
  });

  it('answers Kibana\'s 400s: closed case, mismatched ids and indices', async () => {
    const created = await createCase(api, { owner: 'securitySolution' });
    const post = (body: unknown) => api.call('POST', `/api/cases/${created.id}/comments`, { body });
    expectStatus(await post({ ...alertComment(['a', 'b']), index: [INDEX] }), 400, /different lengths/);
    await patchCase(api, created, { status: 'closed' });
    expectStatus(await post(alertComment(['a'])), 400, /Alert cannot be attached to a closed case/);
  });
});

describe('bulk create, containing all, the case tabs and removal', () => {
  it('attaches alerts and events in bulk, pages them, finds containing cases, removes alerts and syncs on close', async () => {
    const alertIds = ids(4, 'b');
    await ingestAlerts(alertIds);
    const eventId = `ev-${RUN}`;
    expectStatus(await api.call('POST', '/api/events/_ingest', { body: [{ '@timestamp': '2024-01-01T00:00:00.000Z', event: { id: eventId, category: 'process' } }] }), 200);
    const created = await createCase(api, { owner: 'securitySolution', settings: { syncAlerts: true } });
    const bulk = await api.call('POST', `/internal/cases/${created.id}/attachments/_bulk_create`, {
      body: [alertComment(alertIds.slice(0, 3)), alertComment(alertIds.slice(2)), { type: 'event', eventId, index: 'cases-events-default', owner: 'securitySolution' }],
    });
    expectStatus(bulk, 200);
    expect(bulk.body).toMatchObject({ totalAlerts: 4, totalEvents: 1 });
    expectStatus(await api.call('POST', `/internal/cases/${created.id}/attachments/_bulk_create`, { body: [{ type: 'nope', owner: 'cases' }] }), 400);

    const page = await api.call('GET', `/internal/cases/${created.id}/alerts/_find?perPage=2&sortField=%40timestamp&sortOrder=asc`);
    expectStatus(page, 200);
    expect(page.body).toMatchObject({ page: 1, per_page: 2, total: 4 });
    expect(page.body.alerts[0].fields['kibana.alert.case_ids']).toEqual([created.id]);
    expectStatus(await api.call('GET', `/internal/cases/${created.id}/alerts/_find?perPage=101`), 400);
    const events = await api.call('GET', `/internal/cases/${created.id}/events/_find`);
    expectStatus(events, 200);
    expect(events.body.events.map((e: { id: string }) => e.id)).toEqual([eventId]);

    const containing = await api.call('POST', '/internal/cases/case/attachments/_find_containing_all', { body: { alertIds: alertIds.slice(0, 2), caseIds: [created.id, `missing-${RUN}`] } });
    expectStatus(containing, 200);
    expect(containing.body).toEqual({ casesWithAllAttachments: [created.id] });

    const removed = await api.call('POST', `/internal/cases/${created.id}/alerts/_delete`, { body: { alertIds: [alertIds[3]] } });
    expectStatus(removed, 200);
    expect(removed.body).toEqual({ removed: 1 });
    expectStatus(await api.call('POST', `/internal/cases/${created.id}/alerts/_delete`, { body: { alertIds: [] } }), 400);

    const current = (await api.call('GET', `/api/cases/${created.id}`)).body;
    expectStatus(await patchCase(api, current, { status: 'closed' }), 200);
    const closed = await api.call('GET', `/internal/cases/${created.id}/alerts/_find?status=closed`);
    expect(closed.body.total).toBe(3);
  });
});
