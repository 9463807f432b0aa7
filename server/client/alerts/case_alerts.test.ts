/**
 * Alerts and events in cases, on the client over real SQLite stores (saved objects and
 * documents): attaching with Kibana's rules, `kibana.alert.case_ids` kept in step, status sync
 * and its count, and the reads.
 */
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const OWNER = 'securitySolution' as const;
const alert = (ids: string[], rule = 'Rule') => ({ type: 'alert', alertId: ids, index: ids.map(() => '.alerts-security.alerts-default'), rule: { id: `r-${rule}`, name: rule }, owner: OWNER });
const event = (ids: string[]) => ({ type: 'event', eventId: ids, index: ids.map(() => 'cases-events-default'), owner: OWNER });

async function seedAlerts(ids: string[], harness = h, hosts: string[] = ['h1']) {
  await harness.documents().alerts.bulkCreate(
    ids.map((id, i) => ({
      '@timestamp': new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
      kibana: { alert: { uuid: id, workflow_status: 'open', rule: { name: 'Rule' }, severity: 'high' } },
      host: { name: hosts[i % hosts.length] },
    })),
  );
}

async function alertDocs(ids: string[], harness = h) {
  const hits = await harness.documents().alerts.bulkGet(ids);
  return hits.map((hit) => hit?._source as { kibana: { alert: { case_ids?: string[]; workflow_status: string; workflow_status_updated_at?: string } } });
}

const caseIdsOf = async (ids: string[]) => (await alertDocs(ids)).map((d) => d.kibana.alert.case_ids ?? []);
const statusesOf = async (ids: string[]) => (await alertDocs(ids)).map((d) => d.kibana.alert.workflow_status);

describe('attaching alerts', () => {
  it('skips ids the case holds, writes an attachment per kept request with its user action, and tags the alerts', async () => {
    await seedAlerts(['a1', 'a2', 'a3', 'a4']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    h.clock.now += 1000;
    await client.attachments.add(c.id, alert(['a1', 'a2']));
    // a2 is held, a3 repeats within the request, the second attachment holds only known ids.
    const after = await client.attachments.bulkCreate(c.id, [alert(['a2', 'a3', 'a3', 'a4']), alert(['a1', 'a3'])]);
    expect(after.totalAlerts).toBe(4);
    expect(after.updated_at).toBe('2024-01-01T00:00:01.000Z');
    const alertComments = after.comments.filter((x) => x.type === 'alert');
    expect(alertComments.map((x) => (x as { alertId: string[] }).alertId)).toEqual([['a1', 'a2'], ['a3', 'a4']]);
    expect(alertComments[1]).toMatchObject({ index: ['.alerts-security.alerts-default', '.alerts-security.alerts-default'] });
    expect((await client.userActions.find(c.id, { types: ['alert'] })).total).toBe(2);
    expect(await caseIdsOf(['a1', 'a2', 'a3', 'a4'])).toEqual([[c.id], [c.id], [c.id], [c.id]]);
  });

  it('answers the case unchanged when every id is already attached', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const first = await client.attachments.add(c.id, alert(['x']));
    h.clock.now += 1000;
    const again = await client.attachments.add(c.id, alert(['x']));
    expect(again.version).toBe(first.version);
    expect(again.comments).toHaveLength(1);
  });

  it('refuses alerts and events on a closed case and a foreign owner, writing nothing', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const closed = (await client.cases.update({ cases: [{ id: c.id, version: c.version, status: 'closed' }] }))[0];
    await expect(client.attachments.add(c.id, alert(['a']))).rejects.toMatchObject({ statusCode: 400, message: 'Alert cannot be attached to a closed case' });
    await expect(client.attachments.bulkCreate(c.id, [event(['e'])])).rejects.toMatchObject({ statusCode: 400, message: 'Event cannot be attached to a closed case' });
    const open = await client.cases.create(newCase());
    await expect(client.attachments.add(open.id, { ...alert(['a']), owner: 'cases' })).rejects.toMatchObject({
      statusCode: 400,
      message: 'The owner field of the comment must match the case',
    });
    expect((await client.cases.get(c.id)).version).toBe(closed.version);
    expect((await client.cases.get(open.id)).comments).toHaveLength(0);
  });

  it('holds the configured number of alert ids, counted over the case, duplicates not counted', async () => {
    await h.close();
    h = await createHarness({ config: { alerts: { maxPerCase: 5 } } });
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.attachments.add(c.id, alert(['1', '2', '3']));
    const message = 'Case has reached the maximum allowed number (5) of attached alerts.';
    await expect(client.attachments.bulkCreate(c.id, [alert(['4', '5']), alert(['6'])])).rejects.toMatchObject({ statusCode: 400, message });
    await expect(client.attachments.add(c.id, alert(['1', '2', '3', '4', '5', '6']))).rejects.toMatchObject({ statusCode: 400, message });
    // 1–3 are already there: only 4 and 5 are new, which fits.
    expect((await client.attachments.add(c.id, alert(['1', '2', '3', '4', '5']))).totalAlerts).toBe(5);
  });
});

describe('attaching events', () => {
  it('counts distinct event ids in totalEvents and skips an attachment any of whose ids the case holds', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    expect(c.totalEvents).toBe(0);
    await client.attachments.add(c.id, event(['e1', 'e2']));
    const after = await client.attachments.bulkCreate(c.id, [event(['e2', 'e3']), event(['e4'])]);
    expect(after).toMatchObject({ totalEvents: 3, totalAlerts: 0, totalComment: 0 });
    expect(after.comments.map((x) => (x as { eventId: string[] }).eventId)).toEqual([['e1', 'e2'], ['e4']]);
    expect((await client.cases.find({})).cases[0]).toMatchObject({ totalEvents: 3 });
    expect((await client.caseAlerts.getCasesByAlertId('nothing'))).toEqual([]);
  });
});

describe('case ids on the alerts', () => {
  it('removes the case id when the last attachment holding an alert goes, and from every alert when the case goes', async () => {
    await seedAlerts(['a', 'b', 'c']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    const other = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    const first = (await client.attachments.add(c.id, alert(['a', 'b']))).comments[0];
    await client.attachments.add(c.id, alert(['c']));
    await client.attachments.add(other.id, alert(['a']));
    await client.attachments.delete(c.id, first.id);
    expect(await caseIdsOf(['a', 'b', 'c'])).toEqual([[other.id], [], [c.id]]);
    // An alert that lists the case without an attachment (written elsewhere) is cleaned too.
    await h.documents().alerts.addToArray(['b'], 'kibana.alert.case_ids', c.id);
    await client.cases.delete([c.id]);
    expect(await caseIdsOf(['a', 'b', 'c'])).toEqual([[other.id], [], []]);
  });

  it('logs a failed update of the alerts and keeps the attachment', async () => {
    await seedAlerts(['a']);
    const alerts = h.documents().alerts;
    alerts.addToArray = () => Promise.reject(new Error('index is read-only'));
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    expect((await client.attachments.add(c.id, alert(['a']))).totalAlerts).toBe(1);
    expect(h.logged.some((l) => String(l.msg).includes(`case id ${c.id} to 1 alert(s)`) && l.caseId === c.id && l.count === 1)).toBe(true);
  });
});

describe('alert status sync', () => {
  it('moves a synced case\'s alerts with its status and records how many in the status action', async () => {
    const ids = ['s1', 's2', 's3'];
    await seedAlerts(ids);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: true } }));
    await client.attachments.add(c.id, alert(ids));
    expect(await statusesOf(ids)).toEqual(['open', 'open', 'open']);
    const now = await client.cases.get(c.id);
    h.clock.now += 60_000;
    const [inProgress] = await client.cases.update({ cases: [{ id: c.id, version: now.version, status: 'in-progress' }] });
    expect(await statusesOf(ids)).toEqual(['acknowledged', 'acknowledged', 'acknowledged']);
    expect((await alertDocs(ids))[0].kibana.alert.workflow_status_updated_at).toBe('2024-01-01T00:01:00.000Z');
    await client.cases.update({ cases: [{ id: c.id, version: inProgress.version, status: 'closed' }] });
    expect(await statusesOf(ids)).toEqual(['closed', 'closed', 'closed']);
    const statusActions = (await client.userActions.find(c.id, { types: ['status'] })).userActions;
    expect(statusActions.map((a) => a.payload)).toEqual([
      { status: 'in-progress', syncedAlerts: 3 },
      { status: 'closed', syncedAlerts: 3 },
    ]);
  });

  it('leaves the alerts of a case with sync off alone, and syncs them when sync is turned on', async () => {
    const ids = ['n1', 'n2'];
    await seedAlerts(ids);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    const attached = await client.attachments.add(c.id, alert(ids));
    const [closed] = await client.cases.update({ cases: [{ id: c.id, version: attached.version, status: 'closed' }] });
    expect(await statusesOf(ids)).toEqual(['open', 'open']);
    await client.cases.update({ cases: [{ id: c.id, version: closed.version, settings: { syncAlerts: true } }] });
    expect(await statusesOf(ids)).toEqual(['closed', 'closed']);
    const settings = (await client.userActions.find(c.id, { types: ['settings'] })).userActions;
    expect(settings[0].payload).toEqual({ settings: { syncAlerts: true }, syncedAlerts: 2 });
  });

  it('gives alerts attached to a synced in-progress case the acknowledged status', async () => {
    await seedAlerts(['p1']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: true } }));
    await client.cases.update({ cases: [{ id: c.id, version: c.version, status: 'in-progress' }] });
    await client.attachments.add(c.id, alert(['p1']));
    expect(await statusesOf(['p1'])).toEqual(['acknowledged']);
  });

  it('keeps the case change when the sync fails, and logs it', async () => {
    await seedAlerts(['f1']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: true } }));
    const attached = await client.attachments.add(c.id, alert(['f1']));
    h.documents().alerts.updateFields = () => Promise.reject(new Error('cluster unavailable'));
    const [closed] = await client.cases.update({ cases: [{ id: c.id, version: attached.version, status: 'closed' }] });
    expect(closed.status).toBe('closed');
    expect((await client.cases.get(c.id)).status).toBe('closed');
    expect(h.logged.some((l) => String(l.msg).includes(`alert(s) of case ${c.id} to closed`))).toBe(true);
  });
});

describe('reads', () => {
  it('lists a case\'s alerts with index and attach time, and the cases holding an alert with their totals', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase({ title: 'A' }));
    const b = await client.cases.create(newCase({ title: 'B' }));
    h.clock.now += 1000;
    await client.attachments.add(a.id, alert(['x', 'y']));
    await client.attachments.add(a.id, { type: 'user', comment: 'seen', owner: OWNER });
    await client.attachments.add(b.id, alert(['x']));
    expect(await client.attachments.getAllAlertsAttachToCase(a.id)).toEqual([
      { id: 'x', index: '.alerts-security.alerts-default', attached_at: '2024-01-01T00:00:01.000Z' },
      { id: 'y', index: '.alerts-security.alerts-default', attached_at: '2024-01-01T00:00:01.000Z' },
    ]);
    const related = await client.caseAlerts.getCasesByAlertId('x');
    expect(related.sort((p, q) => p.title.localeCompare(q.title))).toEqual([
      { id: a.id, title: 'A', description: a.description, status: 'open', createdAt: a.created_at, totals: { alerts: 2, events: 0, userComments: 1 } },
      { id: b.id, title: 'B', description: b.description, status: 'open', createdAt: b.created_at, totals: { alerts: 1, events: 0, userComments: 0 } },
    ]);
    // Filtered to owners the caller may read.
    h.allowed.owners = ['cases'];
    expect(await h.client().caseAlerts.getCasesByAlertId('x')).toEqual([]);
    h.allowed.owners = undefined;
    expect(await client.attachments.findCasesContainingAll({ alertIds: ['x', 'y'], caseIds: [a.id, b.id] })).toEqual({ casesWithAllAttachments: [a.id] });
    expect(await client.attachments.findCasesContainingAll({ documentIds: ['x'], caseIds: [a.id, b.id] })).toEqual({ casesWithAllAttachments: [a.id, b.id] });
    expect(await client.attachments.findCasesContainingAll({ alertIds: [], caseIds: [a.id] })).toEqual({ casesWithAllAttachments: [] });
  });

  it('pages a case\'s alerts with live fields, sorted and filtered by status', async () => {
    const ids = ['t1', 't2', 't3', 't4'];
    await seedAlerts([...ids, 'outside'], h, ['web', 'db']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    await client.attachments.add(c.id, alert(ids));
    await h.documents().alerts.updateFields(['t2'], { 'kibana.alert.workflow_status': 'closed' });
    const page = await client.caseAlerts.find(c.id, { perPage: 2 });
    expect(page).toMatchObject({ page: 1, per_page: 2, total: 4 });
    expect(page.alerts.map((x) => x.id)).toEqual(['t4', 't3']);
    expect(page.alerts[0]).toMatchObject({ index: '.alerts-security.alerts-default', fields: { 'kibana.alert.uuid': 't4', 'host.name': 'db', 'kibana.alert.case_ids': [c.id] } });
    const closed = await client.caseAlerts.find(c.id, { status: 'closed' });
    expect(closed.alerts.map((x) => x.id)).toEqual(['t2']);
    const asc = await client.caseAlerts.find(c.id, { sortField: 'host.name', sortOrder: 'asc' });
    expect(asc.alerts.map((x) => x.fields['host.name'])).toEqual(['db', 'db', 'web', 'web']);
  });

  it('pages a case\'s events from the ids its event attachments hold', async () => {
    await h.documents().events.bulkCreate(
      ['e1', 'e2', 'e3'].map((id, i) => ({ '@timestamp': new Date(Date.UTC(2024, 0, 1, i)).toISOString(), event: { id, category: 'process' } })),
    );
    const client = h.client();
    const c = await client.cases.create(newCase());
    expect(await client.caseAlerts.findEvents(c.id, {})).toEqual({ page: 1, per_page: 20, total: 0, events: [] });
    await client.attachments.add(c.id, event(['e1', 'e3']));
    const page = await client.caseAlerts.findEvents(c.id, {});
    expect(page.total).toBe(2);
    expect(page.events.map((x) => x.id)).toEqual(['e3', 'e1']);
  });

  it('refuses the case reads to a caller who may not read the case', async () => {
    const c = await h.client().cases.create(newCase());
    h.allowed.owners = ['cases'];
    const client = h.client();
    await expect(client.attachments.getAllAlertsAttachToCase(c.id)).rejects.toMatchObject({ statusCode: 403 });
    await expect(client.caseAlerts.find(c.id, {})).rejects.toMatchObject({ statusCode: 403 });
    await expect(client.caseAlerts.remove(c.id, ['x'])).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('removing alerts from a case', () => {
  it('trims or deletes the attachments holding them, logs each, and untags only those alerts', async () => {
    await seedAlerts(['r1', 'r2', 'r3']);
    const client = h.client();
    const c = await client.cases.create(newCase({ settings: { syncAlerts: false } }));
    await client.attachments.add(c.id, alert(['r1', 'r2']));
    await client.attachments.add(c.id, alert(['r3']));
    expect(await client.caseAlerts.remove(c.id, ['r2', 'r3'])).toEqual({ removed: 2 });
    const after = await client.cases.get(c.id);
    expect(after.totalAlerts).toBe(1);
    expect(after.comments.map((x) => (x as { alertId: string[] }).alertId)).toEqual([['r1']]);
    const actions = (await client.userActions.find(c.id, { types: ['alert'] })).userActions.map((a) => a.action);
    expect(actions).toEqual(['create', 'create', 'update', 'delete']);
    expect(await caseIdsOf(['r1', 'r2', 'r3'])).toEqual([[c.id], [], []]);
    await expect(client.caseAlerts.remove(c.id, ['r3'])).rejects.toMatchObject({ statusCode: 400 });
  });
});
