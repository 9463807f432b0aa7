/**
 * Searches return only the owners the caller may read in the space and name no other: not in
 * the results, the counts, the facets, nor the refusal. Assignee suggestions offer only users
 * who can read the owners' cases in the space; the alerts source follows Security's case
 * privileges; a space's disabled features switch their owner off for everybody.
 */
import { testUser } from '../core/mocks';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import { createHarness, newCase, type Harness } from './__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.roles.set('obs_read', [{ base: [], feature: { observabilityCasesV3: ['read'] }, spaces: ['*'] }]);
  h.roles.set('sec_all_eu', [{ base: [], feature: { securitySolutionCasesV3: ['all'] }, spaces: ['soc-eu'] }]);
  await h.client().cases.create(newCase({ owner: 'securitySolution', title: 'secret', tags: ['sec-only'], category: 'sec-cat' }));
  await h.client().cases.create(newCase({ owner: 'observability', title: 'latency', tags: ['obs-tag'], category: 'obs-cat', settings: { syncAlerts: false } }));
  await h.client().configure.create({ owner: 'securitySolution', connector: { id: 'none', name: 'none', type: '.none', fields: null }, closure_type: 'close-by-user' });
  await h.client().configure.create({ owner: 'observability', connector: { id: 'none', name: 'none', type: '.none', fields: null }, closure_type: 'close-by-user' });
});
afterEach(() => h.close());

const obsReader = testUser(['obs_read'], { username: 'olga', profile_uid: 'u_olga' });
const nobody = testUser([], { username: 'nora', profile_uid: 'u_nora' });
const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { statusCode?: number; message: string }) => `${e.statusCode} ${e.message}`,
  );

describe('searches', () => {
  it('return only the owners the caller may read, and nothing of the others', async () => {
    const client = h.client('default', obsReader);
    const found = await client.cases.find({});
    expect(found.cases.map((c) => c.owner)).toEqual(['observability']);
    expect([found.total, found.count_open_cases]).toEqual([1, 1]);
    expect(await client.cases.getTags()).toEqual(['obs-tag']);
    expect(await client.cases.getCategories()).toEqual(['obs-cat']);
    expect((await client.cases.getReporters()).map((u) => u.username)).toEqual(['elastic']);
    expect((await client.configure.get()).map((c) => c.owner)).toEqual(['observability']);
    expect(await client.metrics.getCasesMetrics({ features: ['status'] })).toEqual({ status: { open: 1, inProgress: 0, closed: 0 } });
    const search = await client.cases.search({});
    expect(search.cases.map((c) => c.owner)).toEqual(['observability']);
    const everything = JSON.stringify([found, search, await client.cases.getTags(), await client.configure.get()]);
    expect(everything).not.toMatch(/securitySolution|sec-only|sec-cat|secret/);
  });

  it('asked for an owner the caller may not read, find nothing rather than failing', async () => {
    const client = h.client('default', obsReader);
    expect((await client.cases.find({ owner: ['securitySolution'] })).total).toBe(0);
    expect(await client.cases.getTags(['securitySolution'])).toEqual([]);
    expect(await client.configure.get(['securitySolution'])).toEqual([]);
    expect(await client.metrics.getCasesMetrics({ features: ['status'], owner: ['securitySolution'] })).toEqual({ status: { open: 0, inProgress: 0, closed: 0 } });
  });

  it('refuse a caller who may read no owner at all with a 403 that names no owner', async () => {
    const client = h.client('default', nobody);
    for (const call of [
      () => client.cases.find({}),
      () => client.cases.getTags(),
      () => client.cases.getReporters(),
      () => client.cases.getCategories(),
      () => client.configure.get(),
      () => client.metrics.getCasesMetrics({ features: ['status'] }),
    ]) {
      const answer = await statusOf(call());
      expect(answer).toMatch(/^403 Unauthorized to access .+ of any owner$/);
      expect(answer).not.toMatch(/securitySolution|observability|cases"/);
    }
    expect(await statusOf(client.cases.find({}))).toBe('403 Unauthorized to access cases of any owner');
  });

  it('are scoped by the spaces a role names', async () => {
    const eu = testUser(['sec_all_eu'], { username: 'eve', profile_uid: 'u_eve' });
    await h.client('soc-eu').cases.create(newCase({ title: 'eu case' }));
    expect(await statusOf(h.client('default', eu).cases.find({}))).toBe('403 Unauthorized to access cases of any owner');
    expect((await h.client('soc-eu', eu).cases.find({})).cases.map((c) => c.title)).toEqual(['eu case']);
  });

  it("leave out an owner whose feature the space disables, even for the superuser, who may not write it either", async () => {
    h.disabledFeatures.default = ['securitySolutionCasesV3'];
    expect((await h.client().cases.find({})).cases.map((c) => c.owner)).toEqual(['observability']);
    expect(await statusOf(h.client().cases.create(newCase()))).toBe('403 Unauthorized to create case with owners: "securitySolution"');
    expect((await h.client('soc-eu').cases.create(newCase())).owner).toBe('securitySolution');
  });
});

describe('assignee suggestions', () => {
  const suggested = async (owners: Array<'securitySolution' | 'observability' | 'cases'>, spaceId = 'default') =>
    (await h.client(spaceId).userProfiles.suggest({ name: '', owners })).map((p) => p.user.username);

  it('offer only users who can read cases of every owner asked, in this space', async () => {
    // elastic is the superuser, alice an L1 analyst (Security only), bob a viewer.
    expect(await suggested(['securitySolution'])).toEqual(['elastic', 'alice', 'bob']);
    expect(await suggested(['cases'])).toEqual(['elastic', 'bob']);
    expect(await suggested(['securitySolution', 'observability'])).toEqual(['elastic', 'bob']);
    h.roles.set('viewer', [{ base: ['read'], feature: {}, spaces: ['soc-eu'] }]);
    expect(await suggested(['cases'])).toEqual(['elastic']);
    expect(await suggested(['cases'], 'soc-eu')).toEqual(['elastic', 'bob']);
  });

  it('are refused to a caller who may not read those owners', async () => {
    expect(await statusOf(h.client('default', obsReader).userProfiles.suggest({ name: '', owners: ['securitySolution'] }))).toMatch(/^403 /);
    expect(await h.client('default', obsReader).userProfiles.suggest({ name: 'bo', owners: ['observability'] })).toHaveLength(1);
  });
});

describe('the alerts source', () => {
  const alert = { '@timestamp': '2024-01-01T10:00:00.000Z', 'kibana.alert.uuid': 'a1', 'kibana.alert.rule.name': 'Rule', 'kibana.alert.severity': 'high' };
  const l1 = testUser(['soc_l1'], { username: 'lee', profile_uid: 'u_lee' });
  const viewer = testUser(['viewer'], { username: 'vic', profile_uid: 'u_vic' });
  const editor = testUser(['editor'], { username: 'ed', profile_uid: 'u_ed' });

  it("is read by whoever reads Security's cases, triaged by whoever updates them, fed by the superuser alone", async () => {
    expect(await statusOf(h.client('default', editor).alertsSource.ingestAlerts([alert]))).toMatch(/^403 /);
    expect(await statusOf(h.client('default', editor).alertsSource.loadSampleData({ alerts: 1, events: 1 }))).toMatch(/^403 /);
    await h.client().alertsSource.ingestAlerts([alert]);
    expect((await h.client('default', viewer).alertsSource.findAlerts({})).total).toBe(1);
    expect((await h.client('default', viewer).alertsSource.findEvents({})).total).toBe(0);
    expect(await statusOf(h.client('default', obsReader).alertsSource.findAlerts({}))).toMatch(/^403 /);
    expect(await statusOf(h.client('default', viewer).alertsSource.setStatus({ signal_ids: ['a1'], status: 'closed' }))).toMatch(/^403 /);
    expect(await h.client('default', l1).alertsSource.setStatus({ signal_ids: ['a1'], status: 'closed' })).toMatchObject({ updated: 1 });
  });
});

describe('comments of a case a caller may read', () => {
  it('are listed to a reader, and only through a case they can see', async () => {
    const sec = await h.client().cases.create(newCase());
    await h.client().attachments.add(sec.id, { type: 'user', comment: 'hidden', owner: 'securitySolution' } as AttachmentRequest);
    expect(await statusOf(h.client('default', obsReader).attachments.find(sec.id, {}))).toMatch(/^403 /);
    expect(await statusOf(h.client('default', obsReader).attachments.getAll(sec.id))).toMatch(/^403 /);
    expect(await statusOf(h.client('default', obsReader).userActions.getAll(sec.id))).toMatch(/^403 /);
    expect((await h.client('default', testUser(['viewer'])).attachments.find(sec.id, {})).total).toBe(1);
  });
});
