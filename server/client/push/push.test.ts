/**
 * The push flow on the real SQLite backend with an in-memory actions client: what goes out
 * (incident, comments since the last push, the alerts comment, links), what is written on
 * success (push record, pushed comments, user actions, references, closing), and that a
 * failure leaves the case untouched.
 */
import { decodeOrThrow } from '../../../common/core/codec';
import { ConfigurationRequestRt } from '../../../common/types/api/configure';
import { CASE_SAVED_OBJECT } from '../../../common/constants';
import { admin, createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  h.actions.add({ id: 'jira-1', name: 'My Jira', actionTypeId: '.jira' });
  h.actions.add({ id: 'snow-1', name: 'My ServiceNow', actionTypeId: '.servicenow' });
  h.actions.add({ id: 'mail-1', name: 'Mail', actionTypeId: '.email' });
});
afterEach(() => h.close());

const JIRA = { id: 'jira-1', name: 'My Jira', type: '.jira', fields: { issueType: '10006', priority: 'High', parent: null } };
const status = (e: unknown) => (e as { statusCode?: number }).statusCode;
const message = (e: unknown) => (e as Error).message;
const tick = (ms = 1000) => (h.clock.now += ms);
const lastParams = () => h.actions.executions[h.actions.executions.length - 1].params.subActionParams!;

async function jiraCase(overrides = {}) {
  return h.client().cases.create(newCase({ connector: JIRA, ...overrides }));
}
const comment = (caseId: string, text: string) => h.client().attachments.add(caseId, { type: 'user', comment: text, owner: 'securitySolution' });

async function attachAlerts(caseId: string, ids: string[]) {
  await h.documents().alerts.bulkCreate(ids.map((id, i) => ({ 'kibana.alert.uuid': id, '@timestamp': '2024-01-01T00:00:00.000Z', 'destination.ip': `10.0.0.${i}` })));
  return h.client().attachments.add(caseId, { type: 'alert', alertId: ids, index: ids.map(() => '.alerts-security.alerts-default'), rule: { id: 'r1', name: 'Rule' }, owner: 'securitySolution' });
}

describe('pushing a case', () => {
  it('sends the mapped incident with "Added by" and the user comments, then records the push', async () => {
    const theCase = await jiraCase();
    const c1 = await comment(theCase.id, 'first look');
    tick();
    const pushed = await h.client().cases.push(theCase.id, 'jira-1');

    expect(h.actions.executions).toHaveLength(1);
    const { connectorId, params, source } = h.actions.executions[0];
    expect(connectorId).toBe('jira-1');
    expect(source).toEqual({ type: CASE_SAVED_OBJECT, id: theCase.id });
    expect(params.subAction).toBe('pushToService');
    expect(params.subActionParams).toEqual({
      incident: {
        summary: 'Suspicious login',
        description: 'Many failed logins from one host\n\nAdded by Elastic Admin.',
        issueType: '10006',
        priority: 'High',
        parent: null,
        labels: ['auth'],
        otherFields: null,
        externalId: null,
      },
      comments: [{ commentId: c1.comments![0].id, comment: 'first look\n\nAdded by Elastic Admin.' }],
    });

    const at = new Date(h.clock.now).toISOString();
    const pushedBy = { username: admin.username, full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' };
    expect(pushed.external_service).toEqual({
      connector_id: 'jira-1',
      connector_name: 'My Jira',
      external_id: 'ext-1',
      external_title: 'INC-ext-1',
      external_url: 'https://external.example/ext-1',
      pushed_at: at,
      pushed_by: pushedBy,
    });
    expect(pushed.updated_at).toBe(at);
    expect(pushed.status).toBe('open');
    expect(pushed.comments.map((c) => [c.pushed_at, c.pushed_by])).toEqual([[at, pushedBy]]);
    const actions = await h.client().userActions.getAll(theCase.id);
    const last = actions[actions.length - 1];
    expect(last).toMatchObject({ action: 'push_to_service', type: 'pushed', payload: { externalService: pushed.external_service } });
  });

  it('writes Kibana’s references: the case’s connector and the connector of its last push', async () => {
    const theCase = await jiraCase();
    expect((await h.objects().get(CASE_SAVED_OBJECT, theCase.id)).references).toEqual([{ type: 'action', name: 'connectorId', id: 'jira-1' }]);
    await h.client().cases.push(theCase.id, 'snow-1');
    expect((await h.objects().get(CASE_SAVED_OBJECT, theCase.id)).references).toEqual([
      { type: 'action', name: 'connectorId', id: 'jira-1' },
      { type: 'action', name: 'pushConnectorId', id: 'snow-1' },
    ]);
  });

  it('updates the same external incident on a second push, sending only comments written or edited since', async () => {
    const theCase = await jiraCase();
    const first = await comment(theCase.id, 'before');
    const firstId = first.comments![0].id;
    await comment(theCase.id, 'untouched');
    tick();
    await h.client().cases.push(theCase.id, 'jira-1');
    tick();
    const withNew = await comment(theCase.id, 'after');
    const newId = withNew.comments![2].id;
    const stored = withNew.comments!.find((c) => c.id === firstId)!;
    await h.client().attachments.update(theCase.id, { id: firstId, version: stored.version, type: 'user', comment: 'before, edited', owner: 'securitySolution' });
    tick();
    await h.client().cases.push(theCase.id, 'jira-1');

    const params = lastParams();
    expect(params.incident!.externalId).toBe('ext-1');
    expect(params.comments!.map((c) => c.commentId).sort()).toEqual([firstId, newId].sort());
    expect(params.comments!.find((c) => c.commentId === firstId)!.comment).toBe('before, edited\n\nAdded by Elastic Admin.');
  });

  it('adds the alerts comment only when alerts were attached since the last push, counting them all', async () => {
    const theCase = await jiraCase();
    await attachAlerts(theCase.id, ['a1', 'a2']);
    await h.client().cases.push(theCase.id, 'jira-1');
    expect(lastParams().comments).toEqual([{ commentId: `${theCase.id}-total-alerts`, comment: 'Elastic Alerts attached to the case: 2' }]);

    await h.client().cases.push(theCase.id, 'jira-1');
    expect(lastParams().comments).toEqual([]);

    await attachAlerts(theCase.id, ['a3']);
    await h.client().cases.push(theCase.id, 'jira-1');
    expect(lastParams().comments).toEqual([{ commentId: `${theCase.id}-total-alerts`, comment: 'Elastic Alerts attached to the case: 3' }]);
  });

  it('links to this app’s case view when server.publicBaseUrl is set, with the space when not the default', async () => {
    h.settings.publicBaseUrl = 'https://cases.example.com';
    const theCase = await jiraCase();
    await attachAlerts(theCase.id, ['a1']);
    await h.client().cases.push(theCase.id, 'jira-1');
    const url = `https://cases.example.com/app/cases/${theCase.id}`;
    expect(lastParams().incident!.description).toBe(
      `Many failed logins from one host\n\nAdded by Elastic Admin.\nFor more details, view this case in Kibana.\nCase URL: ${url}`,
    );
    expect(lastParams().comments![0].comment).toBe(`Elastic Alerts attached to the case: 1\n\nFor more details, view the alerts in Kibana\nAlerts URL: ${url}?tabId=alerts`);

    const inSpace = await h.client('soc-eu').cases.create(newCase({ connector: JIRA }));
    await h.client('soc-eu').cases.push(inSpace.id, 'jira-1');
    expect(lastParams().incident!.description).toContain(`Case URL: https://cases.example.com/s/soc-eu/app/cases/${inSpace.id}`);
  });

  it('writes no link without server.publicBaseUrl', async () => {
    const theCase = await jiraCase();
    await h.client().cases.push(theCase.id, 'jira-1');
    expect(lastParams().incident!.description).not.toContain('Case URL');
  });

  it('answers 424 with the external system’s message and leaves the case, its comments and its log unchanged', async () => {
    const theCase = await jiraCase();
    await comment(theCase.id, 'hello');
    const before = await h.client().cases.get(theCase.id);
    const logBefore = await h.client().userActions.getAll(theCase.id);
    h.actions.respond.next = (e) => ({
      status: 'error',
      actionId: e.connectorId,
      message: 'an error occurred while running the action',
      serviceMessage: '[Action][Jira]: Unable to create incident. Error: Request failed with status code 400. Reason: Field summary is required',
      retry: true,
    });
    const error = await h.client().cases.push(theCase.id, 'jira-1').catch((e: unknown) => e);
    expect(status(error)).toBe(424);
    expect(message(error)).toBe(
      'Failed to push case: Error: [Action][Jira]: Unable to create incident. Error: Request failed with status code 400. Reason: Field summary is required',
    );
    expect(await h.client().cases.get(theCase.id)).toEqual(before);
    expect(await h.client().userActions.getAll(theCase.id)).toEqual(logBefore);
  });

  it('answers 404 for an unknown case or connector, and 400 for a connector cases cannot push to', async () => {
    const theCase = await jiraCase();
    const noConnector = await h.client().cases.push(theCase.id, 'nope').catch((e: unknown) => e);
    expect([status(noConnector), message(noConnector)]).toEqual([404, 'Failed to push case: Error: Saved object [action/nope] not found']);
    const noCase = await h.client().cases.push('missing', 'jira-1').catch((e: unknown) => e);
    expect([status(noCase), message(noCase)]).toEqual([404, 'Failed to push case: Error: Saved object [cases/missing] not found']);
    const email = await h.client().cases.push(theCase.id, 'mail-1').catch((e: unknown) => e);
    expect(status(email)).toBe(400);
    expect(h.actions.executions).toHaveLength(0);
  });

  it('asks for pushCase on the case’s owner', async () => {
    const theCase = await jiraCase();
    await h.client().cases.push(theCase.id, 'jira-1');
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'pushCase', owners: ['securitySolution'] });
  });

  it('closes the case when its owner closes by pushing: status action first, then pushed, and its alerts closed', async () => {
    await h.client().configure.create(
      decodeOrThrow(ConfigurationRequestRt, { owner: 'securitySolution', connector: { id: 'none', name: 'none', type: '.none', fields: null }, closure_type: 'close-by-pushing' }),
    );
    const theCase = await jiraCase();
    await attachAlerts(theCase.id, ['a1', 'a2']);
    tick(90_000);
    const pushed = await h.client().cases.push(theCase.id, 'jira-1');
    expect(pushed.status).toBe('closed');
    expect(pushed.closed_at).toBe(new Date(h.clock.now).toISOString());
    expect(pushed.closed_by?.username).toBe(admin.username);
    expect(pushed.duration).toBe(90);
    const actions = await h.client().userActions.getAll(theCase.id);
    expect(actions.slice(-2).map((a) => [a.type, a.payload])).toEqual([
      ['status', { status: 'closed', syncedAlerts: 2 }],
      ['pushed', { externalService: pushed.external_service }],
    ]);
    const alerts = await h.documents().alerts.bulkGet(['a1', 'a2']);
    const statusOf = (source: Record<string, unknown>) => source['kibana.alert.workflow_status'] ?? (source as { kibana?: { alert?: { workflow_status?: string } } }).kibana?.alert?.workflow_status;
    expect(alerts.map((a) => statusOf(a!._source))).toEqual(['closed', 'closed']);
  });

  it('keeps an open case open when the owner closes by the user', async () => {
    const theCase = await jiraCase();
    expect((await h.client().cases.push(theCase.id, 'jira-1')).status).toBe('open');
  });

  it('keeps one external incident per connector when the case switches connectors', async () => {
    const theCase = await jiraCase();
    await h.client().cases.push(theCase.id, 'jira-1');
    const current = await h.client().cases.get(theCase.id);
    await h.client().cases.update({
      cases: [{ id: theCase.id, version: current.version, connector: { id: 'snow-1', name: 'My ServiceNow', type: '.servicenow', fields: { impact: '1', severity: '1', urgency: '1', category: null, subcategory: null } } }],
    });
    await h.client().cases.push(theCase.id, 'snow-1');
    expect(lastParams().incident).toMatchObject({ externalId: null, short_description: 'Suspicious login', impact: '1' });
    await h.client().cases.push(theCase.id, 'jira-1');
    // Jira's fields as last set on the case for Jira, and Jira's own incident.
    expect(lastParams().incident).toMatchObject({ externalId: 'ext-1', summary: 'Suspicious login', issueType: '10006' });
  });
});
