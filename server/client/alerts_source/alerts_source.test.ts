import { createHarness, type Harness } from '../__fixtures__/client_harness';

const alert = (uuid: string, extra: Record<string, unknown> = {}) => ({
  '@timestamp': '2024-01-01T10:00:00.000Z',
  'kibana.alert.uuid': uuid,
  'kibana.alert.rule.name': 'Rule A',
  'kibana.alert.severity': 'high',
  'kibana.alert.risk_score': 73,
  'kibana.alert.reason': `process event with process cmd.exe, by alice on host-${uuid} created high alert Rule A.`,
  'host.name': `host-${uuid}`,
  ...extra,
});

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

describe('ingest', () => {
  it('stores valid items, answers each item in order with a readable reason, and is idempotent on the id', async () => {
    const body = [
      alert('a1'),
      { kibana: { alert: { uuid: 'a2', workflow_status: 'closed' } }, '@timestamp': '2024-01-02T00:00:00Z' },
      alert('a3', { '@timestamp': 'yesterday' }),
      alert('a4', { 'kibana.alert.workflow_status': 'done' }),
      alert('a5', { 'kibana.alert.severity': 'urgent' }),
      alert('a6', { 'kibana.alert.risk_score': 101 }),
      alert('a7', { 'kibana.alert.case_ids': ['case-1'] }),
      { '@timestamp': '2024-01-01T10:00:00.000Z', kibana: { alert: { uuid: 'a8' } }, host: { name: { first: 'x' } } },
      [1, 2],
      { '@timestamp': '2024-01-01T00:00:00Z' },
    ];
    const first = await h.client().alertsSource.ingestAlerts(body);
    expect(first.errors).toBe(true);
    expect(first.items.map((i) => [i.id, i.status])).toEqual([
      ['a1', 'created'],
      ['a2', 'created'],
      ['a3', 'error'],
      ['a4', 'error'],
      ['a5', 'error'],
      ['a6', 'error'],
      ['a7', 'error'],
      ['a8', 'error'],
      [null, 'error'],
      [null, 'error'],
    ]);
    expect(first.items.map((i) => i.error?.reason)).toEqual([
      undefined,
      undefined,
      '[@timestamp] must be an ISO-8601 date',
      '[kibana.alert.workflow_status] must be one of open, acknowledged, closed',
      '[kibana.alert.severity] must be one of low, medium, high, critical',
      '[kibana.alert.risk_score] must be a number from 0 to 100',
      '[kibana.alert.case_ids] is maintained by Cases: attach the alert to a case instead',
      '[host.name] must be a string',
      'a document must be a JSON object',
      '[kibana.alert.uuid] must be a non-empty string of at most 512 characters',
    ]);

    const [a1, a2, a3] = await h.documents().alerts.bulkGet(['a1', 'a2', 'a3']);
    // New alerts are open, as Kibana writes them, with no status change time yet.
    expect(a1?._source).toMatchObject({ kibana: { alert: { workflow_status: 'open' } } });
    expect(JSON.stringify(a1?._source)).not.toContain('workflow_status_updated_at');
    expect(a2?._source).toMatchObject({ kibana: { alert: { workflow_status: 'closed' } } });
    expect(a3).toBeUndefined();

    const again = await h.client().alertsSource.ingestAlerts([alert('a1', { 'kibana.alert.severity': 'low' }), alert('a9')]);
    expect(again).toMatchObject({ errors: false, items: [{ id: 'a1', status: 'exists' }, { id: 'a9', status: 'created' }] });
    const [kept] = await h.documents().alerts.bulkGet(['a1']);
    expect(kept?._source).toMatchObject({ kibana: { alert: { severity: 'high' } } });
  });

  it('refuses documents past the size and depth bounds, one item at a time', async () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 20; i++) deep = { deep };
    const result = await h.client().alertsSource.ingestAlerts([alert('big', { blob: 'x'.repeat(70 * 1024) }), alert('deep', { deep }), alert('fine')]);
    expect(result.items.map((i) => i.error?.reason ?? i.status)).toEqual([
      'the document is larger than 65536 bytes',
      'the document nests deeper than 16 levels',
      'created',
    ]);
  });

  it('puts events in the events index, keyed by event.id', async () => {
    const result = await h.client().alertsSource.ingestEvents([
      { '@timestamp': '2024-01-01T00:00:00Z', event: { id: 'e1', category: ['process'] }, message: 'process started' },
      { '@timestamp': '2024-01-01T00:00:00Z', 'kibana.alert.uuid': 'not-an-event' },
    ]);
    expect(result.items).toEqual([{ id: 'e1', status: 'created' }, { id: null, status: 'error', error: { reason: '[event.id] must be a non-empty string of at most 512 characters' } }]);
    expect(await h.documents().alerts.bulkGet(['e1'])).toEqual([undefined]);
  });

  it('needs write access to securitySolution', async () => {
    h.allowed.owners = ['cases'];
    await expect(h.client().alertsSource.ingestAlerts([alert('x')])).rejects.toMatchObject({ statusCode: 403 });
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'ingestAlerts', owners: ['securitySolution'] });
  });
});

describe('find', () => {
  beforeEach(async () => {
    await h.client().alertsSource.ingestAlerts([
      alert('f1', { '@timestamp': '2024-01-01T01:00:00.000Z', 'kibana.alert.risk_score': 21, 'kibana.alert.severity': 'low', 'kibana.alert.reason': 'dns query to evil.example' }),
      alert('f2', { '@timestamp': '2024-01-02T01:00:00.000Z', 'kibana.alert.rule.name': 'Rule B', 'kibana.alert.workflow_status': 'closed' }),
      alert('f3', { '@timestamp': '2024-01-03T01:00:00.000Z', 'kibana.alert.risk_score': 99, 'kibana.alert.severity': 'critical' }),
    ]);
  });

  it('lists newest first as AlertSummary rows with flattened fields', async () => {
    const found = await h.client().alertsSource.findAlerts({});
    expect(found).toMatchObject({ page: 1, per_page: 20, total: 3 });
    expect(found.alerts.map((a) => a.id)).toEqual(['f3', 'f2', 'f1']);
    expect(found.alerts[0]).toEqual({ id: 'f3', index: h.documents().alerts.index, fields: expect.objectContaining({ 'kibana.alert.uuid': 'f3', 'host.name': 'host-f3' }) });
  });

  it('filters by status, rule, severity, text and time, sorts and pages', async () => {
    const ids = async (request: Record<string, unknown>) =>
      (await h.client().alertsSource.findAlerts(request)).alerts.map((a) => a.id);
    expect(await ids({ status: ['open'] })).toEqual(['f3', 'f1']);
    expect(await ids({ rule: ['Rule B'] })).toEqual(['f2']);
    expect(await ids({ severity: ['low', 'critical'] })).toEqual(['f3', 'f1']);
    expect(await ids({ search: 'evil.example' })).toEqual(['f1']);
    expect(await ids({ from: '2024-01-02T00:00:00.000Z', to: '2024-01-02T23:59:59.999Z' })).toEqual(['f2']);
    expect(await ids({ sortField: 'kibana.alert.risk_score', sortOrder: 'asc' })).toEqual(['f1', 'f2', 'f3']);
    const second = await h.client().alertsSource.findAlerts({ page: 2, perPage: 2 });
    expect([second.total, second.alerts.map((a) => a.id)]).toEqual([3, ['f1']]);
  });

  it('refuses paging past the 10,000th document', async () => {
    await expect(h.client().alertsSource.findAlerts({ page: 501 })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('finds events by host, user, category and text', async () => {
    await h.client().alertsSource.ingestEvents([
      { '@timestamp': '2024-01-01T00:00:00Z', event: { id: 'e1', category: ['process'] }, host: { name: 'h1' }, user: { name: 'u1' }, process: { command_line: 'certutil -urlcache' } },
      { '@timestamp': '2024-01-02T00:00:00Z', event: { id: 'e2', category: ['network'] }, host: { name: 'h2' }, user: { name: 'u1' }, message: 'connection to evil' },
    ]);
    const ids = async (request: Record<string, unknown>) => (await h.client().alertsSource.findEvents(request)).events.map((e) => e.id);
    expect(await ids({})).toEqual(['e2', 'e1']);
    expect(await ids({ host: ['h1'] })).toEqual(['e1']);
    expect(await ids({ user: ['u1'], category: ['network'] })).toEqual(['e2']);
    expect(await ids({ search: 'certutil' })).toEqual(['e1']);
    expect(await ids({ search: 'evil' })).toEqual(['e2']);
  });
});

describe('status (Kibana detection engine)', () => {
  it('changes the alerts not yet in that status, with time, user and close reason, in Kibana\'s update-by-query shape', async () => {
    await h.client().alertsSource.ingestAlerts([alert('s1'), alert('s2'), alert('s3', { 'kibana.alert.workflow_status': 'closed' })]);
    const closed = await h.client().alertsSource.setStatus({ signal_ids: ['s1', 's2', 's3', 'missing'], status: 'closed', reason: 'false_positive' });
    expect(closed).toEqual({ took: expect.any(Number), timed_out: false, total: 3, updated: 2, deleted: 0, batches: 1, version_conflicts: 0, noops: 1, failures: [] });
    const [s1] = await h.documents().alerts.bulkGet(['s1']);
    expect(s1?._source).toMatchObject({
      kibana: { alert: { workflow_status: 'closed', workflow_status_updated_at: '2024-01-01T00:00:00.000Z', workflow_reason: 'false_positive', workflow_user: 'u_elastic' } },
    });

    const reopened = await h.client().alertsSource.setStatus({ signal_ids: ['s1'], status: 'open' });
    expect(reopened).toMatchObject({ total: 1, updated: 1, noops: 0 });
    const [again] = await h.documents().alerts.bulkGet(['s1']);
    expect((again?._source as { kibana: { alert: Record<string, unknown> } }).kibana.alert.workflow_reason ?? null).toBeNull();
    expect(await h.client().alertsSource.setStatus({ signal_ids: ['s1'], status: 'open' })).toMatchObject({ total: 1, updated: 0, noops: 1, batches: 0 });
  });

  it('needs write access to securitySolution', async () => {
    h.allowed.owners = ['cases'];
    await expect(h.client().alertsSource.setStatus({ signal_ids: ['x'], status: 'closed' })).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('sample data', () => {
  it('loads the asked counts into the space once: a second load adds only what a larger count asks for', async () => {
    expect(await h.client('sample').alertsSource.loadSampleData({ alerts: 150, events: 120 })).toEqual({ alerts: 150, events: 120 });
    expect(await h.client('sample').alertsSource.loadSampleData({ alerts: 150, events: 120 })).toEqual({ alerts: 0, events: 0 });
    expect(await h.client('sample').alertsSource.loadSampleData({ alerts: 200, events: 0 })).toEqual({ alerts: 50, events: 0 });
    expect((await h.client('sample').alertsSource.findAlerts({ perPage: 0 })).total).toBe(200);
    expect((await h.client().alertsSource.findAlerts({ perPage: 0 })).total).toBe(0);
    expect((await h.client('sample').alertsSource.findEvents({ perPage: 0 })).total).toBe(120);
  });

});
