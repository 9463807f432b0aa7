/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * Push through the real HTTP stack to a real connector type (`.jira`) talking to the Jira
 * simulator: the incident and comments arrive, a second push updates the same issue, "needs
 * update" follows the changes, a failing Jira answers 424 and leaves the case unchanged, and
 * close-by-pushing closes the case. `api.call` checks every cases answer against docs/openapi.yaml.
 */
import { authHeaders } from '../../helpers/server_process';
import { startJiraSimulator, jiraConnectorFixture, type JiraSimulator } from '../../simulators/jira';
import { unique, useCasesServer } from '../cases/cases_api';

const PUBLIC_BASE_URL = 'https://cases.example.com';
const api = useCasesServer({
  args: ['--xpack.encryptedSavedObjects.encryptionKey=push-api-test-key-0123456789abcdef', `--server.publicBaseUrl=${PUBLIC_BASE_URL}`],
});

let sim: JiraSimulator;
let connectorId: string;
/** Every answer's text, to prove the connector's secret never leaves the server. */
const seen: string[] = [];

beforeAll(async () => {
  sim = await startJiraSimulator();
});
afterAll(async () => {
  await sim?.close();
});

/** The actions API is the platform's, outside this suite's contract: called without the contract check. */
async function createConnector(): Promise<string> {
  const fixture = jiraConnectorFixture(sim);
  const res = await fetch(`${api.server.url}/api/actions/connector`, {
    method: 'POST',
    headers: authHeaders(api.server),
    body: JSON.stringify({ name: unique('jira'), connector_type_id: fixture.connector_type_id, config: fixture.config, secrets: fixture.secrets }),
  });
  const text = await res.text();
  seen.push(text);
  expect(res.status).toBe(200);
  return JSON.parse(text).id;
}

async function call(method: string, path: string, body?: unknown) {
  const answer = await api.call(method, path, body === undefined ? {} : { body });
  seen.push(answer.text);
  return answer;
}

async function jiraCase(extra: Record<string, unknown> = {}) {
  const fixture = jiraConnectorFixture(sim);
  const res = await call('POST', '/api/cases', {
    title: unique('Suspicious login'),
    description: 'Many failed logins',
    tags: ['auth', 'brute force'],
    connector: { id: connectorId, name: 'Jira simulator', type: '.jira', fields: fixture.caseFields },
    settings: { syncAlerts: false },
    owner: 'cases',
    ...extra,
  });
  expect(res.status).toBe(200);
  return res.body;
}

const push = (caseId: string, connector = connectorId) => call('POST', `/api/cases/${caseId}/connector/${connector}/_push`, {});
const addComment = (caseId: string, comment: string) => call('POST', `/api/cases/${caseId}/comments`, { type: 'user', comment, owner: 'cases' });
const pushInfo = async (caseId: string) => (await call('GET', `/internal/cases/${caseId}/_connectors`)).body[connectorId];

beforeAll(async () => {
  connectorId = await createConnector();
});

describe('GET /api/cases/configure/connectors/_find', () => {
  it('lists the Jira connector, camelCase', async () => {
    const res = await call('GET', '/api/cases/configure/connectors/_find');
    expect(res.status).toBe(200);
    expect(res.body.find((c: any) => c.id === connectorId)).toMatchObject({ actionTypeId: '.jira', isPreconfigured: false, isDeprecated: false });
  });

  it('refuses a query parameter it does not take', async () => {
    expect((await call('GET', '/api/cases/configure/connectors/_find?perPage=5')).status).toBe(400);
  });
});

describe('POST /api/cases/{case_id}/connector/{connector_id}/_push', () => {
  it('creates the Jira issue with the description, link and comments, and records the push', async () => {
    const theCase = await jiraCase();
    await addComment(theCase.id, 'first look');
    const res = await push(theCase.id);
    expect(res.status).toBe(200);

    const issueId = res.body.external_service.external_id;
    const issue = sim.records.get(issueId) as any;
    expect(issue.fields.summary).toBe(theCase.title);
    expect(issue.fields.description).toBe(
      `Many failed logins\n\nAdded by elastic.\nFor more details, view this case in Kibana.\nCase URL: ${PUBLIC_BASE_URL}/app/cases/${theCase.id}`,
    );
    expect(issue.fields.labels).toEqual(['auth', 'brute-force']);
    expect(sim.comments.get(issueId)).toEqual(['first look\n\nAdded by elastic.']);
    expect(res.body.external_service).toMatchObject({ connector_id: connectorId, external_title: issue.key, pushed_by: { username: 'elastic' } });
    expect(res.body.comments.every((c: any) => c.pushed_at === res.body.external_service.pushed_at)).toBe(true);

    const actions = await call('GET', `/api/cases/${theCase.id}/user_actions/_find?types=pushed`);
    expect(actions.body.userActions).toHaveLength(1);
  });

  it('updates the same issue on the next push, sending only the new comment; "needs update" follows', async () => {
    const theCase = await jiraCase();
    const first = await push(theCase.id);
    const issueId = first.body.external_service.external_id;
    expect(await pushInfo(theCase.id)).toMatchObject({ push: { needsToBePushed: false, hasBeenPushed: true } });

    await addComment(theCase.id, 'news');
    expect((await pushInfo(theCase.id)).push.needsToBePushed).toBe(true);
    const issues = sim.records.size;
    const second = await push(theCase.id);
    expect(second.status).toBe(200);
    expect(second.body.external_service.external_id).toBe(issueId);
    expect(sim.records.size).toBe(issues);
    expect(sim.comments.get(issueId)).toEqual(['news\n\nAdded by elastic.']);
    expect((await pushInfo(theCase.id)).push.needsToBePushed).toBe(false);
  });

  it('answers 424 with Jira’s message when Jira fails, and leaves the case unchanged', async () => {
    const theCase = await jiraCase();
    const before = await call('GET', `/api/cases/${theCase.id}`);
    sim.failNext({ method: 'POST', path: /\/rest\/api\/2\/issue$/ }, { kind: 'error', status: 400, body: { errorMessages: [], errors: { summary: 'Summary is broken' } } });
    const res = await push(theCase.id);
    expect(res.status).toBe(424);
    expect(res.body.message).toMatch(/^Failed to push case: Error: \[Action\]\[Jira\]: Unable to create incident\./);
    expect(res.body.message).toContain('Summary is broken');
    expect((await call('GET', `/api/cases/${theCase.id}`)).body).toEqual(before.body);
    expect((await pushInfo(theCase.id)).push.hasBeenPushed).toBe(false);
  });

  it('answers 404 for an unknown connector or case, and 400 for a body it does not take', async () => {
    const theCase = await jiraCase();
    expect((await push(theCase.id, 'no-such-connector')).status).toBe(404);
    expect((await push('no-such-case')).status).toBe(404);
    expect((await call('POST', `/api/cases/${theCase.id}/connector/${connectorId}/_push`, { force: true })).status).toBe(400);
  });

  it('closes the case when its owner closes by pushing', async () => {
    const owner = 'observability';
    const configured = await call('POST', '/api/cases/configure', {
      owner,
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      closure_type: 'close-by-pushing',
    });
    expect(configured.status).toBe(200);
    const theCase = await jiraCase({ owner });
    const res = await push(theCase.id);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect(res.body.closed_by.username).toBe('elastic');
  });

  it('never answers the connector’s secret', () => {
    const [secret] = jiraConnectorFixture(sim).plainSecrets;
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.filter((text) => text.includes(secret))).toEqual([]);
  });
});
