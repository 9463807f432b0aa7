/** Auto-extraction: the ECS fields of attached alerts and events become the case's observables. */
import { AUTO_EXTRACT_OBSERVABLE_DESCRIPTION } from '../../../common/constants';
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import { flattenDocument, observablesOfDocuments } from './extract';

const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';

/** One alert holding every field of the mapping, written with dotted keys as Kibana writes alerts. */
const fullAlert = (uuid: string) => ({
  '@timestamp': '2024-01-01T00:00:00.000Z',
  'kibana.alert.uuid': uuid,
  'kibana.alert.workflow_status': 'open',
  'source.ip': '203.0.113.7',
  'destination.ip': '2001:db8::1',
  'host.name': 'web-01',
  'file.hash.sha256': SHA256,
  'process.hash.md5': MD5,
  'dll.hash.sha1': SHA1,
  'file.path': 'C:\\Program Files\\App\\evil.dll',
  'dns.question.name': 'bad.example.com',
  'agent.id': '8a4f500d-1a2b-4c3d-9e8f-0123456789ab',
});

const EXPECTED = [
  ['observable-type-ipv4', '203.0.113.7'],
  ['observable-type-ipv6', '2001:db8::1'],
  ['observable-type-hostname', 'web-01'],
  ['observable-type-file-hash', SHA256],
  ['observable-type-file-hash', MD5],
  ['observable-type-file-hash', SHA1],
  ['observable-type-file-path', 'C:\\Program Files\\App\\evil.dll'],
  ['observable-type-domain', 'bad.example.com'],
  ['observable-type-agent-id', '8a4f500d-1a2b-4c3d-9e8f-0123456789ab'],
];

const OWNER = 'securitySolution' as const;
const alert = (ids: string[]) => ({ type: 'alert', alertId: ids, index: ids.map(() => '.alerts-security.alerts-default'), rule: { id: 'r', name: 'Rule' }, owner: OWNER });
const event = (ids: string[]) => ({ type: 'event', eventId: ids, index: ids.map(() => 'cases-events-default'), owner: OWNER });

describe('reading documents', () => {
  it('flattens nested and dotted keys and arrays alike', () => {
    const flat = flattenDocument({ source: { ip: ['1.1.1.1', '1.1.1.2'] }, 'source.port': 80, 'a.b': { c: 'x' }, hosts: [{ name: 'h1' }, { name: 'h2' }], none: null });
    expect(Object.fromEntries(flat)).toEqual({ 'source.ip': ['1.1.1.1', '1.1.1.2'], 'source.port': ['80'], 'a.b.c': ['x'], 'hosts.name': ['h1', 'h2'] });
  });

  it('types addresses by parsing them and skips values that fit no type', () => {
    const found = observablesOfDocuments([{ source: { ip: ['10.0.0.1', 'fe80::1', 'garbage', '10.1'] }, host: { name: 'bad host' }, dns: { question: { name: 'localhost' } } }]);
    expect(found).toEqual([
      { typeKey: 'observable-type-ipv4', value: '10.0.0.1', description: AUTO_EXTRACT_OBSERVABLE_DESCRIPTION },
      { typeKey: 'observable-type-ipv6', value: 'fe80::1', description: AUTO_EXTRACT_OBSERVABLE_DESCRIPTION },
    ]);
  });
});

describe('extraction after attach', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(() => h.close());

  const observableActions = async (caseId: string) => (await h.client().userActions.getAll(caseId)).filter((a) => a.type === 'observables').map((a) => a.payload);

  it('extracts every mapped field of an attached alert once, with one user action', async () => {
    await h.documents().alerts.bulkCreate([fullAlert('a1')]);
    const c = await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: true } }));
    const after = await h.client().attachments.add(c.id, alert(['a1']));
    expect(after.observables.map((o) => [o.typeKey, o.value])).toEqual(EXPECTED);
    expect(after.observables.every((o) => o.description === AUTO_EXTRACT_OBSERVABLE_DESCRIPTION)).toBe(true);
    expect(await observableActions(c.id)).toEqual([{ observables: { count: EXPECTED.length, actionType: 'add' } }]);

    // The same alert again: the attach skips it, nothing new is extracted, nothing is logged.
    await h.client().attachments.add(c.id, alert(['a1']));
    expect((await h.client().cases.get(c.id)).observables).toHaveLength(EXPECTED.length);
    expect(await observableActions(c.id)).toHaveLength(1);
  });

  it('merges the documents of one bulk create and of events, skipping pairs already held', async () => {
    await h.documents().alerts.bulkCreate([
      { 'kibana.alert.uuid': 'a1', 'source.ip': '1.2.3.4', 'destination.ip': '10.0.0.1' },
      { 'kibana.alert.uuid': 'a2', 'source.ip': '1.2.3.4', 'host.name': 'db' },
    ]);
    await h.documents().events.bulkCreate([{ event: { id: 'e1', category: 'network' }, 'host.name': 'db', 'agent.id': 'agent-7' }]);
    const c = await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: true } }));
    await h.client().attachments.bulkCreate(c.id, [alert(['a1']), alert(['a2'])]);
    const after = await h.client().attachments.add(c.id, event(['e1']));
    expect(after.observables.map((o) => o.value)).toEqual(['1.2.3.4', '10.0.0.1', 'db', 'agent-7']);
    expect((await observableActions(c.id)).map((p) => (p as { observables: { count: number } }).observables.count)).toEqual([3, 1]);
  });

  it('extracts nothing when the case does not ask for it', async () => {
    await h.documents().alerts.bulkCreate([fullAlert('a1')]);
    const c = await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: false } }));
    expect((await h.client().attachments.add(c.id, alert(['a1']))).observables).toEqual([]);
    expect(await observableActions(c.id)).toEqual([]);
  });

  it('still attaches when a document is missing, and respects the cap silently', async () => {
    await h.close();
    h = await createHarness({ config: { observables: { maxPerCase: 4 } } });
    await h.documents().alerts.bulkCreate([fullAlert('a1')]);
    const c = await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: true } }));
    const missing = await h.client().attachments.add(c.id, alert(['gone']));
    expect([missing.totalAlerts, missing.observables]).toEqual([1, []]);
    const capped = await h.client().attachments.add(c.id, alert(['a1']));
    expect(capped.observables.map((o) => [o.typeKey, o.value])).toEqual(EXPECTED.slice(0, 4));
  });

  it('logs a failure at warn and never fails the attach', async () => {
    await h.documents().alerts.bulkCreate([fullAlert('a1')]);
    const c = await h.client().cases.create(newCase({ settings: { syncAlerts: false, extractObservables: true } }));
    // The alerts index failing on read (the space's client is shared), after the attach is durable.
    const read = jest.spyOn(h.documents().alerts, 'bulkGet').mockRejectedValueOnce(new Error('index unavailable'));
    const after = await h.client().attachments.add(c.id, alert(['a1']));
    expect(read).toHaveBeenCalledTimes(1);
    expect(after.totalAlerts).toBe(1);
    expect(after.observables).toEqual([]);
    expect(h.logged.some((l) => l.level === 40 && String(l.msg).includes(`Failed to extract observables for case ${c.id}: index unavailable`))).toBe(true);
  });
});
