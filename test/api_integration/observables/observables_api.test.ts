/**
 * Kibana's observables routes over HTTP, each answer checked against docs/openapi.yaml as it
 * arrives: add, bulk add, update and delete with every refusal they make, the per-case cap (set
 * low for this server), the `observables` user actions, and auto-extraction from an alert
 * ingested through the alerts API and attached to a case.
 */
import { createCase, createSpace, expectStatus, RUN, spacePath, startCasesServer, userActions, type CasesTestServer } from '../cases/cases_api';
import { alertDocument } from '../alerts/alerts_api';

jest.setTimeout(60_000);

const MAX = 10;
const SPACE = `obs-${RUN}`;
const at = (path: string) => spacePath(SPACE, path);
const IPV4 = 'observable-type-ipv4';
const ip = (value: string, description: string | null = null) => ({ typeKey: IPV4, value, description });
const basic = (username: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${username}-pass`).toString('base64')}` });

let api: CasesTestServer;
beforeAll(async () => {
  api = await startCasesServer({ args: [`--xpack.cases.observables.maxPerCase=${MAX}`] });
  await createSpace(api, SPACE);
  expectStatus(await api.call('POST', `/internal/security/users/viewer-${RUN}`, { body: { password: `viewer-${RUN}-pass`, roles: ['viewer'] } }), 200);
});
afterAll(() => api?.server.stop());

const newCase = (overrides: Record<string, unknown> = {}) => createCase(api, { owner: 'securitySolution', ...overrides }, SPACE);
const add = (caseId: string, observable: unknown, headers?: Record<string, string>) =>
  api.call('POST', at(`/internal/cases/${caseId}/observables`), { body: { observable }, headers });
const bulk = (caseId: string, body: unknown) => api.call('POST', at(`/internal/cases/${caseId}/observables/_bulk_create`), { body });
const patch = (caseId: string, id: string, body: unknown) => api.call('PATCH', at(`/internal/cases/${caseId}/observables/${id}`), { body });
const remove = (caseId: string, id: string, headers?: Record<string, string>) => api.call('DELETE', at(`/internal/cases/${caseId}/observables/${id}`), { headers });
const observableActions = async (caseId: string) =>
  (await userActions(api, caseId, {}, SPACE)).filter((a) => a.type === 'observables').map((a) => [a.action, a.payload.observables]);

describe('POST /internal/cases/{case_id}/observables', () => {
  it('adds an observable, answers the case without comments, and logs one action', async () => {
    const c = await newCase();
    expect([c.observables, c.total_observables]).toEqual([[], 0]);
    const res = await add(c.id, ip('127.0.0.1', ''));
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ id: c.id, comments: [], total_observables: 1, observables: [{ typeKey: IPV4, value: '127.0.0.1', description: '' }] });
    expect(res.body.version).not.toBe(c.version);
    expect(res.body.observables[0].createdAt).toBe(res.body.observables[0].updatedAt);
    expect(await observableActions(c.id)).toEqual([['update', { count: 1, actionType: 'add' }]]);
  });

  it('answers every refusal with 400 and its message, and stores nothing', async () => {
    const c = await newCase();
    expectStatus(await add(c.id, ip('10.0.0.1')), 200);
    expectStatus(await add(c.id, { typeKey: 'unknown type', value: 'x', description: null }), 400, /^Invalid observable type, key does not exist: unknown type$/);
    expectStatus(await add(c.id, ip('not ip actually')), 400, /^Observable value "not ip actually" is not valid for selected observable type observable-type-ipv4\.$/);
    expectStatus(await add(c.id, ip(' 10.0.0.2')), 400, /is not valid for selected observable type/);
    expectStatus(await add(c.id, ip('10.0.0.1', 'again')), 400, /^Invalid duplicated observables in request\.$/);
    expectStatus(await add(c.id, { typeKey: IPV4, value: '10.0.0.3' }), 400, /description/);
    expectStatus(await add(c.id, { ...ip('10.0.0.3'), id: 'mine' }), 400, /invalid keys "id"/);
    expectStatus(await add(c.id, ip('1'.repeat(2049))), 400, /The length of the value is too long\. The maximum length is 2048\./);
    expectStatus(await add(c.id, { typeKey: 'k'.repeat(37), value: 'x', description: null }), 400, /typeKey is too long/);
    expectStatus(await add(`missing-${RUN}`, ip('10.0.0.3')), 404);
    const read = await api.call('GET', at(`/api/cases/${c.id}`));
    expect(read.body.observables.map((o: { value: string }) => o.value)).toEqual(['10.0.0.1']);
    expect(await observableActions(c.id)).toHaveLength(1);
  });

  it('refuses a read-only user with 403', async () => {
    const c = await newCase();
    expectStatus(await add(c.id, ip('10.0.0.1'), basic(`viewer-${RUN}`)), 403);
    expectStatus(await remove(c.id, 'any', basic(`viewer-${RUN}`)), 403);
  });
});

describe('the cap (xpack.cases.observables.maxPerCase)', () => {
  it('cuts a bulk add to the room left and refuses a single add past it', async () => {
    const c = await newCase();
    const many = Array.from({ length: MAX + 2 }, (_, i) => ip(`192.0.2.${i}`));
    const res = await bulk(c.id, { caseId: c.id, observables: many });
    expectStatus(res, 200);
    expect(res.body.total_observables).toBe(MAX);
    expectStatus(await add(c.id, ip('198.51.100.1')), 400, new RegExp(`^Max ${MAX} observables per case is allowed\\.$`));
    expectStatus(await bulk(c.id, { observables: [ip('198.51.100.1')] }), 400, /^Failed to add observable/);
    expect(await observableActions(c.id)).toEqual([['update', { count: MAX, actionType: 'add' }]]);
  });
});

describe('POST /internal/cases/{case_id}/observables/_bulk_create', () => {
  it('skips duplicates, validates every value, and refuses a body naming another case', async () => {
    const c = await newCase();
    expectStatus(await add(c.id, ip('10.1.1.1')), 200);
    const res = await bulk(c.id, { caseId: c.id, observables: [ip('10.1.1.1'), ip('10.1.1.2'), ip('10.1.1.2', 'twice'), { typeKey: 'observable-type-domain', value: 'example.com', description: null }] });
    expectStatus(res, 200);
    expect(res.body.observables.map((o: { value: string; description: string | null }) => [o.value, o.description])).toEqual([
      ['10.1.1.1', null],
      ['10.1.1.2', null],
      ['example.com', null],
    ]);
    expectStatus(await bulk(c.id, { observables: [ip('10.1.1.9'), ip('999.1.1.1')] }), 400, /^Observable value "999\.1\.1\.1" is not valid/);
    expectStatus(await bulk(c.id, { observables: [{ typeKey: 'nope', value: 'x', description: null }] }), 400, /^Invalid observable type, key does not exist: nope$/);
    expectStatus(await bulk(c.id, { caseId: 'another', observables: [ip('10.1.1.9')] }), 400, /caseId/);
    expectStatus(await bulk(c.id, { observables: [] }), 400, /Array must be of length >= 1/);
    expect(await observableActions(c.id)).toEqual([
      ['update', { count: 1, actionType: 'add' }],
      ['update', { count: 2, actionType: 'add' }],
    ]);
  });
});

describe('PATCH and DELETE /internal/cases/{case_id}/observables/{observable_id}', () => {
  it('updates value and description, refuses what does not fit, 404s an unknown id, deletes with 204', async () => {
    const c = await newCase();
    const added = (await bulk(c.id, { observables: [ip('10.2.2.1'), ip('10.2.2.2')] })).body;
    const id = added.observables[0].id;
    const updated = await patch(c.id, id, { observable: { value: '192.168.68.1', description: 'gateway' } });
    expectStatus(updated, 200);
    expect(updated.body.observables[0]).toMatchObject({ id, typeKey: IPV4, value: '192.168.68.1', description: 'gateway' });
    expectStatus(await patch(c.id, id, { observable: { value: 'not an ip', description: null } }), 400, /^Observable value "not an ip" is not valid/);
    expectStatus(await patch(c.id, id, { observable: { value: '10.2.2.2', description: null } }), 400, /^Invalid duplicated observables in request\.$/);
    expectStatus(await patch(c.id, id, { observable: { typeKey: IPV4, value: '10.2.2.3', description: null } }), 400, /invalid keys "typeKey"/);
    expectStatus(await patch(c.id, 'missing', { observable: { value: '10.2.2.3', description: null } }), 404, /^Observable missing not found$/);

    const deleted = await remove(c.id, id);
    expectStatus(deleted, 204);
    expect(deleted.text).toBe('');
    expectStatus(await remove(c.id, id), 404, new RegExp(`^Observable ${id} not found$`));
    const read = await api.call('GET', at(`/api/cases/${c.id}`));
    expect([read.body.total_observables, read.body.observables.map((o: { value: string }) => o.value)]).toEqual([1, ['10.2.2.2']]);
    expect(await observableActions(c.id)).toEqual([
      ['update', { count: 2, actionType: 'add' }],
      ['update', { count: 1, actionType: 'update' }],
      ['update', { count: 1, actionType: 'delete' }],
    ]);
  });
});

describe('auto-extraction from attached alerts', () => {
  const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
  const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
  const INDEX = `.alerts-security.alerts-${SPACE}`;
  const alertComment = (ids: string[]) => ({ type: 'alert', alertId: ids, index: ids.map(() => INDEX), rule: { id: 'r1', name: 'Brute force' }, owner: 'securitySolution' });
  const attach = (caseId: string, ids: string[]) => api.call('POST', at(`/api/cases/${caseId}/comments`), { body: alertComment(ids) });
  const EXPECTED = [
    ['observable-type-ipv4', '203.0.113.7'],
    ['observable-type-ipv6', '2001:db8::7'],
    ['observable-type-hostname', 'web-01'],
    ['observable-type-file-hash', SHA256],
    ['observable-type-file-hash', MD5],
    ['observable-type-file-hash', SHA1],
    ['observable-type-file-path', 'C:\\Program Files\\App\\evil.dll'],
    ['observable-type-domain', 'bad.example.com'],
    ['observable-type-agent-id', `agent-${RUN}`],
  ];
  const alertId = `ext-${RUN}`;

  beforeAll(async () => {
    const doc = alertDocument(alertId, 0, {
      host: { name: 'web-01' },
      source: { ip: '203.0.113.7' },
      destination: { ip: '2001:db8::7' },
      file: { hash: { sha256: SHA256 }, path: 'C:\\Program Files\\App\\evil.dll' },
      process: { hash: { md5: MD5 } },
      dll: { hash: { sha1: SHA1 } },
      dns: { question: { name: 'bad.example.com' } },
      agent: { id: `agent-${RUN}` },
    });
    const ingested = await api.call('POST', at('/api/alerts/_ingest'), { body: [doc] });
    expectStatus(ingested, 200);
    expect(ingested.body.errors).toBe(false);
  });

  it('extracts exactly the mapped fields once, and nothing more on a second attach', async () => {
    const c = await newCase({ settings: { syncAlerts: false, extractObservables: true } });
    const first = await attach(c.id, [alertId]);
    expectStatus(first, 200);
    expect(first.body.observables.map((o: { typeKey: string; value: string }) => [o.typeKey, o.value])).toEqual(EXPECTED);
    expect(first.body.observables.every((o: { description: string }) => o.description === 'Auto extracted observable')).toBe(true);
    const second = await attach(c.id, [alertId]);
    expectStatus(second, 200);
    expect(second.body.total_observables).toBe(EXPECTED.length);
    expect(await observableActions(c.id)).toEqual([['update', { count: EXPECTED.length, actionType: 'add' }]]);
  });

  it('extracts by default for Security cases, and nothing when the case turns it off', async () => {
    const byDefault = await newCase({ settings: { syncAlerts: false } });
    expect(byDefault.settings.extractObservables).toBe(true);
    const off = await newCase({ settings: { syncAlerts: false, extractObservables: false } });
    const res = await attach(off.id, [alertId]);
    expectStatus(res, 200);
    expect([res.body.totalAlerts, res.body.observables]).toEqual([1, []]);
    expect(await observableActions(off.id)).toEqual([]);
  });

  it('still attaches an alert whose document is missing', async () => {
    const c = await newCase({ settings: { syncAlerts: false, extractObservables: true } });
    const res = await attach(c.id, [`gone-${RUN}`]);
    expectStatus(res, 200);
    expect([res.body.totalAlerts, res.body.observables]).toEqual([1, []]);
  });
});
