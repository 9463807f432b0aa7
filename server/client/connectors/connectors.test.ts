/**
 * A case's connectors and "needs update" (Kibana's rules), and the connectors cases can push to.
 */
import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import { testUser } from '../../core/mocks';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.actions.add({ id: 'jira-1', name: 'My Jira', actionTypeId: '.jira' });
  h.actions.add({ id: 'hive-1', name: 'The Hive', actionTypeId: '.thehive' });
  h.actions.add({ id: 'mail-1', name: 'Mail', actionTypeId: '.email' });
});
afterEach(() => h.close());

const JIRA = { id: 'jira-1', name: 'My Jira', type: '.jira', fields: { issueType: '10006', priority: 'High', parent: null } };
const HIVE = { id: 'hive-1', name: 'The Hive', type: '.thehive', fields: { tlp: 2 } };
const tick = (ms = 1000) => (h.clock.now += ms);

async function patch(caseId: string, fields: Record<string, unknown>) {
  const current = await h.client().cases.get(caseId, false);
  tick();
  return h.client().cases.update({ cases: [{ id: caseId, version: current.version, ...fields }] });
}

describe("a case's connectors", () => {
  it('lists a connector set on the case as never pushed, needing a push; `.none` is not listed', async () => {
    const theCase = await h.client().cases.create(newCase({ connector: JIRA }));
    expect(await h.client().userActions.getConnectors(theCase.id)).toEqual({
      'jira-1': { id: 'jira-1', name: 'My Jira', type: '.jira', fields: JIRA.fields, push: { needsToBePushed: true, hasBeenPushed: false } },
    });
    const none = await h.client().cases.create(newCase());
    expect(await h.client().userActions.getConnectors(none.id)).toEqual({});
  });

  it('needs no push right after one, and gives the push details', async () => {
    const theCase = await h.client().cases.create(newCase({ connector: JIRA }));
    tick();
    const pushed = await h.client().cases.push(theCase.id, 'jira-1');
    const at = new Date(h.clock.now).toISOString();
    tick();
    await h.client().cases.push(theCase.id, 'jira-1');
    const info = (await h.client().userActions.getConnectors(theCase.id))['jira-1'];
    expect(info.push).toEqual({
      needsToBePushed: false,
      hasBeenPushed: true,
      details: { latestUserActionPushDate: new Date(h.clock.now).toISOString(), oldestUserActionPushDate: at, externalService: expect.objectContaining({ external_id: pushed.external_service!.external_id }) },
    });
  });

  it.each([
    ['a comment', (id: string) => h.client().attachments.add(id, { type: 'user', comment: 'news', owner: 'securitySolution' })],
    ['the title', (id: string) => patch(id, { title: 'New title' })],
    ['the description', (id: string) => patch(id, { description: 'New description' })],
    ['the tags', (id: string) => patch(id, { tags: ['new'] })],
  ])('needs a push after %s changed', async (_what, change) => {
    const theCase = await h.client().cases.create(newCase({ connector: JIRA }));
    await h.client().cases.push(theCase.id, 'jira-1');
    await change(theCase.id);
    expect((await h.client().userActions.getConnectors(theCase.id))['jira-1'].push.needsToBePushed).toBe(true);
  });

  it('needs no Jira push after a severity or status change, but a TheHive push does', async () => {
    const jira = await h.client().cases.create(newCase({ connector: JIRA }));
    await h.client().cases.push(jira.id, 'jira-1');
    await patch(jira.id, { severity: 'critical' });
    await patch(jira.id, { status: 'in-progress' });
    expect((await h.client().userActions.getConnectors(jira.id))['jira-1'].push.needsToBePushed).toBe(false);

    const hive = await h.client().cases.create(newCase({ connector: HIVE }));
    await h.client().cases.push(hive.id, 'hive-1');
    await patch(hive.id, { severity: 'critical' });
    expect((await h.client().userActions.getConnectors(hive.id))['hive-1'].push.needsToBePushed).toBe(true);
  });

  it('needs a push when the connector fields changed since it, and keeps each connector apart', async () => {
    const theCase = await h.client().cases.create(newCase({ connector: JIRA }));
    await h.client().cases.push(theCase.id, 'jira-1');
    await patch(theCase.id, { connector: HIVE });
    let info = await h.client().userActions.getConnectors(theCase.id);
    expect(info['jira-1'].push).toMatchObject({ needsToBePushed: false, hasBeenPushed: true });
    expect(info['hive-1'].push).toEqual({ needsToBePushed: true, hasBeenPushed: false });

    await patch(theCase.id, { connector: { ...JIRA, fields: { ...JIRA.fields, priority: 'Low' } } });
    info = await h.client().userActions.getConnectors(theCase.id);
    expect(info['jira-1']).toMatchObject({ fields: { priority: 'Low' }, push: { needsToBePushed: true, hasBeenPushed: true } });
  });

  it("names each connector by its current name, or the case's when it was deleted", async () => {
    const theCase = await h.client().cases.create(newCase({ connector: { ...JIRA, name: 'Old name' } }));
    expect((await h.client().userActions.getConnectors(theCase.id))['jira-1'].name).toBe('My Jira');
    await h.actions.client.delete('jira-1');
    expect((await h.client().userActions.getConnectors(theCase.id))['jira-1'].name).toBe('Old name');
  });

  it('asks for getConnectors (the user-actions read privilege) on the case', async () => {
    const theCase = await h.client().cases.create(newCase({ connector: JIRA }));
    await h.client().userActions.getConnectors(theCase.id);
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'getConnectors', owners: ['securitySolution'] });
  });
});

describe('the connectors cases can push to', () => {
  it('lists connectors of push types only, camelCase, with their reference counts', async () => {
    h.actions.references.set('jira-1', 3);
    expect(await h.client().configure.getConnectors()).toEqual([
      { id: 'jira-1', name: 'My Jira', actionTypeId: '.jira', isPreconfigured: false, isDeprecated: false, isSystemAction: false, referencedByCount: 3, config: {} },
      { id: 'hive-1', name: 'The Hive', actionTypeId: '.thehive', isPreconfigured: false, isDeprecated: false, isSystemAction: false, referencedByCount: 0, config: {} },
    ]);
  });

  it('is refused to a caller who may read no cases in the space', async () => {
    const nobody = testUser([], { username: 'nobody' });
    const error = await h.client('default', nobody).configure.getConnectors().catch((e: unknown) => e);
    expect((error as { statusCode?: number }).statusCode).toBe(403);
  });
});
