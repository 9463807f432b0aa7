/**
 * The `.case` action (seed 002) over HTTP: a connector of type `.case` is created through the
 * actions API, then `_execute` runs `create`, `update` and `addComment` in Kibana's spelling and
 * the seed's. It runs as the caller through the cases client: a viewer's create is an error
 * result and writes nothing. Every answer is checked against docs/openapi.yaml.
 */
import { createCase, expectStatus, patchCase, RUN, unique, useCasesServer } from '../cases/cases_api';

jest.setTimeout(60_000);

const api = useCasesServer();

const basic = (username: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` });

let connectorId: string;

beforeAll(async () => {
  const created = await api.call('POST', '/api/actions/connector', { body: { name: `cases from rules ${RUN}`, connector_type_id: '.case', config: {}, secrets: {} } });
  expectStatus(created, 200);
  expect(created.body).toMatchObject({ connector_type_id: '.case', is_preconfigured: false, is_system_action: false });
  connectorId = created.body.id;
});

const execute = (params: Record<string, unknown>, headers?: Record<string, string>) =>
  api.call('POST', `/api/actions/connector/${connectorId}/_execute`, { body: { params }, ...(headers ? { headers } : {}) });

const jira = { id: 'jira-1', name: 'Jira', type: '.jira', fields: { issueType: '10006', priority: 'High', parent: null } };

describe('.case create', () => {
  it('creates a case from Kibana’s params and answers it as the cases API does', async () => {
    const title = unique('rule case');
    const res = await execute({ subAction: 'create', subActionParams: { title, description: 'From a rule', tags: [`run-${RUN}`], connector: jira, settings: { syncAlerts: false } } });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ connector_id: connectorId, status: 'ok', data: { title, owner: 'securitySolution', connector: jira, status: 'open' } });
    const stored = await api.call('GET', `/api/cases/${res.body.data.id}`);
    expectStatus(stored, 200);
    expect(stored.body).toMatchObject({ title, version: res.body.data.version, connector: jira });
  });

  it('accepts the seed’s spellings: tile, jira, resilient issueTypes', async () => {
    const title = unique('seed case');
    const res = await execute({
      subAction: 'create',
      subActionParams: { tile: title, description: 'd', tags: [], connector: { id: 'r-1', name: 'IBM Resilient', type: 'resilient', fields: { issueTypes: ['17'], severityCode: '5' } } },
    });
    expectStatus(res, 200);
    expect(res.body.status).toBe('ok');
    expect(res.body.data).toMatchObject({ title, connector: { id: 'r-1', name: 'IBM Resilient', type: '.resilient', fields: { incidentTypes: ['17'], severityCode: '5' } } });

    const jiraSeed = await execute({ subAction: 'create', subActionParams: { tile: unique('seed jira'), description: 'd', tags: [], connector: { id: 'j-1', name: 'Jira', type: 'jira', fields: { issueType: 'Task', priority: 'Low' } } } });
    expect(jiraSeed.body.data.connector).toEqual({ id: 'j-1', name: 'Jira', type: '.jira', fields: { issueType: 'Task', priority: 'Low', parent: null } });
  });

  it('a viewer gets an error result, and no case is written', async () => {
    const viewer = `viewer_${RUN}`;
    expectStatus(await api.call('POST', `/internal/security/users/${viewer}`, { body: { password: 'viewer-pass', roles: ['viewer'] } }), 200);
    const title = unique('viewer case');
    const res = await execute({ subAction: 'create', subActionParams: { title, description: 'd', tags: [], connector: jira } }, basic(viewer, 'viewer-pass'));
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ status: 'error', message: 'an error occurred while running the action', retry: false });
    expect(res.body.service_message).toMatch(/^Failed to create a case using connector: Error: Unauthorized to create case with owners: "securitySolution"/);
    const found = await api.call('GET', `/api/cases/_find?search=${encodeURIComponent(`"${title}"`)}&owner=securitySolution`);
    expectStatus(found, 200);
    expect(found.body.total).toBe(0);
  });

  it('refuses bad params with Kibana’s validation result', async () => {
    const unknownSub = await execute({ subAction: 'delete', subActionParams: { id: 'x' } });
    expectStatus(unknownSub, 200);
    expect(unknownSub.body).toMatchObject({ status: 'error', retry: false });
    expect(unknownSub.body.message).toMatch(/^error validating action params: .*subAction/);
    const both = await execute({ subAction: 'create', subActionParams: { title: 'a', tile: 'b', description: 'd', tags: [], connector: jira } });
    expect(both.body.message).toMatch(/not both/);
  });

  it('has no config: a connector with one is a 400', async () => {
    const res = await api.call('POST', '/api/actions/connector', { body: { name: 'bad', connector_type_id: '.case', config: { url: 'http://x' } } });
    expectStatus(res, 400, /url/);
  });
});

describe('.case update', () => {
  it('updates with the seed’s tile and answers the updated cases; a stale version is an error result', async () => {
    const theCase = await createCase(api, { owner: 'securitySolution' });
    const title = unique('renamed');
    const res = await execute({ subAction: 'update', subActionParams: { id: theCase.id, version: theCase.version, tile: title, status: 'in-progress', description: null } });
    expectStatus(res, 200);
    expect(res.body.status).toBe('ok');
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ id: theCase.id, title, status: 'in-progress', description: theCase.description });

    const stale = await execute({ subAction: 'update', subActionParams: { id: theCase.id, version: theCase.version, title: 'again' } });
    expect(stale.body).toMatchObject({ status: 'error', retry: false });
    expect(stale.body.service_message).toBe(
      `Failed to update case using connector id: ${theCase.id} version: ${theCase.version}: Error: These cases ${theCase.id} has been updated. Please refresh before saving additional updates.`,
    );
    const missing = await execute({ subAction: 'update', subActionParams: { id: `missing-${RUN}`, version: theCase.version, title: 'x' } });
    expect(missing.body.service_message).toMatch(/do not exist/);
  });
});

describe('.case addComment', () => {
  it('adds Kibana’s nested comment and the seed’s flat user and alert comments, owner from the case', async () => {
    const theCase = await createCase(api);
    const nested = await execute({ subAction: 'addComment', subActionParams: { caseId: theCase.id, comment: { type: 'user', comment: 'nested', owner: 'cases' } } });
    expectStatus(nested, 200);
    expect(nested.body).toMatchObject({ status: 'ok', data: { id: theCase.id, totalComment: 1 } });
    const flat = await execute({ subAction: 'addComment', subActionParams: { caseId: theCase.id, type: 'user', comment: 'flat' } });
    expect(flat.body).toMatchObject({ status: 'ok', data: { totalComment: 2 } });
    const alert = await execute({ subAction: 'addComment', subActionParams: { caseId: theCase.id, type: 'alert', alertId: `alert-${RUN}`, index: '.alerts-security.alerts-default' } });
    expect(alert.body).toMatchObject({ status: 'ok', data: { totalAlerts: 1 } });

    const comments = await api.call('GET', `/api/cases/${theCase.id}/comments/_find`);
    expectStatus(comments, 200);
    expect(comments.body.comments).toEqual([
      expect.objectContaining({ type: 'user', comment: 'nested', owner: 'cases' }),
      expect.objectContaining({ type: 'user', comment: 'flat', owner: 'cases' }),
    ]);
    const alerts = await api.call('GET', `/api/cases/${theCase.id}/alerts`);
    expectStatus(alerts, 200);
    expect(alerts.body).toEqual([expect.objectContaining({ id: `alert-${RUN}`, index: '.alerts-security.alerts-default' })]);
  });

  it('a missing case is an error result in Kibana’s words', async () => {
    const res = await execute({ subAction: 'addComment', subActionParams: { caseId: `missing-${RUN}`, type: 'user', comment: 'hi' } });
    expect(res.body).toMatchObject({ status: 'error', retry: false });
    expect(res.body.service_message).toMatch(new RegExp(`^Failed to create comment using connector case id: missing-${RUN}: Error: `));
  });
});

// The version the action answers is the stored one: a REST patch with it goes through.
it('a case created by the action can be patched through the REST API with the version it answered', async () => {
  const res = await execute({ subAction: 'create', subActionParams: { title: unique('plain'), description: 'd', tags: [], connector: jira } });
  expectStatus(await patchCase(api, res.body.data, { tags: ['patched'] }), 200);
});
