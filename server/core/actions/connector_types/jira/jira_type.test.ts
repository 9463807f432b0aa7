import { isLeft } from 'fp-ts/lib/Either';
import { decodeTypeParams, executeType } from '../../../../../test/simulators/execute_type';
import { testEgress } from '../../../../../test/simulators/fetch_http';
import { JIRA_PRIORITIES, jiraConnectorFixture, startJiraSimulator, type JiraSimulator } from '../../../../../test/simulators/jira';
import { createTestLogger } from '../../../mocks';
import { jiraConnectorType } from './jira_type';
import type { JiraConfig, JiraSecrets } from './schema';

let sim: JiraSimulator;
let config: JiraConfig;
let secrets: JiraSecrets;
const captured = createTestLogger();

beforeAll(async () => {
  sim = await startJiraSimulator();
  const fixture = jiraConnectorFixture(sim);
  config = fixture.config as JiraConfig;
  secrets = fixture.secrets as JiraSecrets;
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const decodeParams = (params: unknown) => decodeTypeParams(jiraConnectorType, params);

function run(subAction: string, subActionParams: unknown, overrides: { config?: Partial<JiraConfig>; secrets?: Partial<JiraSecrets> } = {}) {
  return executeType(jiraConnectorType, { config: { ...config, ...overrides.config }, secrets: { ...secrets, ...overrides.secrets }, params: { subAction, subActionParams }, logger: captured.logger });
}

const incident = (fields: Record<string, unknown> = {}) => ({
  summary: 'Ransomware on host-7',
  description: 'Encrypted files found.\n\nAdded by elastic.',
  externalId: null,
  issueType: '10002',
  priority: 'High',
  labels: ['malware', 'host-7'],
  parent: null,
  ...fields,
});

type Pushed = { id: string; title: string; url: string; pushedDate: string; comments?: Array<{ commentId: string; pushedDate: string }> };
const issueOf = (id: string) => sim.records.get(id) as { key: string; fields: Record<string, unknown> };

describe('.jira pushToService', () => {
  it('creates an issue with the mapped fields and flattened summary, then comments on it', async () => {
    const res = (await run('pushToService', {
      incident: incident({ summary: '  Ransomware\n\n on host-7 \r\n' }),
      comments: [
        { commentId: 'c1', comment: 'First look: 3 hosts.' },
        { commentId: 'c2', comment: '' },
      ],
    })) as Pushed;
    const issue = issueOf(res.id);
    expect(res).toEqual({ id: res.id, title: issue.key, url: `${sim.url}/browse/${issue.key}`, pushedDate: new Date(issue.fields.created as string).toISOString(), comments: [{ commentId: 'c1', pushedDate: expect.any(String) }] });
    expect(sim.requests.find((r) => r.method === 'POST' && r.url === '/rest/api/2/issue')?.body).toEqual({
      fields: {
        summary: 'Ransomware, on host-7',
        project: { key: 'CASES' },
        issuetype: { id: '10002' },
        description: 'Encrypted files found.\n\nAdded by elastic.',
        labels: ['malware', 'host-7'],
        priority: { name: 'High' },
      },
    });
    expect(sim.comments.get(res.id)).toEqual(['First look: 3 hosts.']);
  });

  it('updates the same issue when the case was pushed before, keeping values the case leaves null', async () => {
    const created = (await run('pushToService', { incident: incident(), comments: [] })) as Pushed;
    const before = issueOf(created.id).fields.updated;
    const updated = (await run('pushToService', { incident: incident({ externalId: created.id, summary: 'Ransomware contained', priority: null, labels: null }), comments: null })) as Pushed;
    expect(updated.id).toBe(created.id);
    expect(updated.title).toBe(created.title);
    expect(sim.records.size).toBe(1);
    const issue = issueOf(created.id);
    expect(issue.fields.summary).toBe('Ransomware contained');
    expect((issue.fields.priority as { name: string }).name).toBe('High');
    expect(updated.pushedDate).toBe(new Date(issue.fields.updated as string).toISOString());
    expect(issue.fields.updated).not.toBe(before);
    const put = sim.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ fields: { summary: 'Ransomware contained', project: { key: 'CASES' }, issuetype: { id: '10002' }, description: expect.any(String) } });
  });

  it('uses the first issue type of the project when the case has none', async () => {
    const res = (await run('pushToService', { incident: incident({ issueType: null }) })) as Pushed;
    expect((issueOf(res.id).fields.issuetype as { name: string }).name).toBe('Task');
  });

  it('merges otherFields (a JSON string, as cases stores it) and sets a parent on a sub-task', async () => {
    const parent = (await run('pushToService', { incident: incident() })) as Pushed;
    const res = (await run('pushToService', { incident: incident({ issueType: '10001', otherFields: '{"duedate":"2030-01-31"}' }) })) as Pushed;
    expect(issueOf(res.id).fields.duedate).toBe('2030-01-31');
    const sub = (await run('pushToService', { incident: incident({ issueType: '10003', parent: parent.title }) })) as Pushed;
    expect((issueOf(sub.id).fields.parent as { key: string }).key).toBe(parent.title);
  });
});

describe('.jira params validation', () => {
  it.each([
    [{ incident: incident({ labels: ['two words'] }) }, 'The label two words cannot contain spaces'],
    [{ incident: incident({ otherFields: { summary: 'x' } }) }, 'The following properties cannot be defined inside otherFields: summary.'],
    [{ incident: incident({ otherFields: { project: { key: 'OTHER' } } }) }, 'The following properties cannot be defined inside otherFields: project.'],
    [{ incident: incident({ otherFields: 'not json' }) }, 'otherFields must be a JSON object'],
    [{ incident: incident({ otherFields: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`customfield_${i}`, i])) }) }, 'A maximum of 20 fields in otherFields can be defined at a time.'],
    [{ incident: incident({ severity: 'high' }) }, 'invalid keys "severity"'],
    [{ incident: { description: 'no summary' } }, 'summary'],
  ])('refuses bad params with %#: the message names the problem', (params, message) => {
    expect(() => decodeParams({ subAction: 'pushToService', subActionParams: params })).toThrow(message);
  });

  it('refuses an unknown sub-action and unknown lookup params', () => {
    expect(() => decodeParams({ subAction: 'deleteEverything', subActionParams: {} })).toThrow('subAction');
    expect(() => decodeParams({ subAction: 'issueTypes', subActionParams: { project: 'X' } })).toThrow('invalid keys "project"');
    expect(() => decodeParams({ subAction: 'fieldsByIssueType', subActionParams: {} })).toThrow();
  });
});

describe('.jira lookups', () => {
  it('lists issue types from the Cloud and the Data Center answers', async () => {
    expect(await run('issueTypes', {})).toEqual([
      { id: '10001', name: 'Task' },
      { id: '10002', name: 'Bug' },
      { id: '10003', name: 'Sub-task' },
    ]);
    const dc = await startJiraSimulator({ flavor: 'datacenter' });
    try {
      const fixture = jiraConnectorFixture(dc);
      const types = await run('issueTypes', {}, { config: fixture.config as JiraConfig, secrets: fixture.secrets as JiraSecrets });
      expect(types).toHaveLength(3);
      const fields = (await run('fieldsByIssueType', { id: '10003' }, { config: fixture.config as JiraConfig, secrets: fixture.secrets as JiraSecrets })) as Record<string, { required: boolean }>;
      expect(fields.parent.required).toBe(true);
    } finally {
      await dc.close();
    }
  });

  it('gives the fields of an issue type, with the priorities the form offers', async () => {
    const fields = (await run('fieldsByIssueType', { id: '10002' })) as Record<string, { required: boolean; allowedValues: Array<{ name: string }>; defaultValue: unknown; name: string }>;
    expect(Object.keys(fields).sort()).toEqual(['description', 'duedate', 'environment', 'issuetype', 'labels', 'priority', 'project', 'summary']);
    expect(fields.summary).toEqual({ required: true, allowedValues: [], defaultValue: {}, schema: { type: 'string', system: 'summary' }, name: 'Summary' });
    expect(fields.priority.allowedValues.map((p) => p.name)).toEqual(JIRA_PRIORITIES.map((p) => p.name));
  });

  it('gives the fields common to every issue type', async () => {
    const fields = (await run('getFields', {})) as Record<string, unknown>;
    expect(Object.keys(fields).sort()).toEqual(['description', 'issuetype', 'labels', 'priority', 'project', 'summary']);
  });

  it('searches issues of the project by summary, escaping JQL, and reads one issue', async () => {
    const a = (await run('pushToService', { incident: incident({ summary: 'Phishing (wave-2) on mail' }) })) as Pushed;
    await run('pushToService', { incident: incident({ summary: 'Unrelated' }) });
    expect(await run('issues', { title: 'wave-2 "phish' })).toEqual([{ id: a.id, key: a.title, title: 'Phishing (wave-2) on mail' }]);
    const search = sim.requests.find((r) => r.url.startsWith('/rest/api/2/search/jql'));
    expect(new URL(search!.url, sim.url).searchParams.get('jql')).toBe('project="CASES" and summary ~"wave\\\\-2 phish"');
    expect(await run('issue', { id: a.title })).toEqual({ id: a.id, key: a.title, title: 'Phishing (wave-2) on mail' });
    expect(await run('getIncident', { externalId: a.id })).toMatchObject({ id: a.id, key: a.title, summary: 'Phishing (wave-2) on mail' });
    expect(await run('handshake', {})).toEqual({});
  });
});

describe('.jira errors', () => {
  it('says why Jira refused a create (400 with errors)', async () => {
    await expect(run('pushToService', { incident: incident({ priority: 'Urgent' }) })).rejects.toThrow(
      "[Action][Jira]: Unable to create incident. Error: Request failed with status code 400. Reason: Priority name 'Urgent' is not valid",
    );
    await expect(run('pushToService', { incident: incident({ issueType: '99999' }) })).rejects.toThrow('Reason: The issue type selected is invalid.');
    expect(sim.records.size).toBe(0);
  });

  it('reports bad credentials without repeating them', async () => {
    const error = (await run('issueTypes', {}, { secrets: { apiToken: 'wrong-token-123' } }).catch((e: Error) => e)) as Error;
    expect(error.message).toBe('[Action][Jira]: Unable to get issue types. Error: Request failed with status code 401. Reason: You are not authenticated. Authentication required to perform this operation.');
    expect(error.message).not.toContain('wrong-token-123');
    expect(error.message).not.toContain(secrets.apiToken);
  });

  it('reports a missing issue on update (404) and a failing comment (500)', async () => {
    await expect(run('pushToService', { incident: incident({ externalId: '424242' }) })).rejects.toThrow(
      '[Action][Jira]: Unable to update incident with id 424242. Error: Request failed with status code 404. Reason: Issue does not exist or you do not have permission to see it.',
    );
    const created = (await run('pushToService', { incident: incident() })) as Pushed;
    sim.failNext({ method: 'POST', path: /\/comment$/ }, { kind: 'error', status: 500, body: { errorMessages: ['Internal server error'] } });
    await expect(run('pushToService', { incident: incident({ externalId: created.id }), comments: [{ commentId: 'c1', comment: 'hi' }] })).rejects.toThrow(
      `[Action][Jira]: Unable to create comment at incident with id ${created.id}. Error: Request failed with status code 500. Reason: Internal server error`,
    );
  });

  it('refuses an answer that is not JSON and a connection that closes', async () => {
    sim.failNext({ method: 'GET', path: /issuetypes$/ }, { kind: 'error', status: 200, body: '<html>login</html>' });
    await expect(run('issueTypes', {})).rejects.toThrow(
      `[Action][Jira]: Unable to get issue types. Error: Unsupported content type: text/plain in get ${sim.url}/rest/api/2/issue/createmeta/CASES/issuetypes. Supported content types: application/json. Reason: unknown: errorResponse was null`,
    );
    sim.failNext({ method: 'POST' }, { kind: 'close' });
    await expect(run('pushToService', { incident: incident() })).rejects.toThrow(/^\[Action\]\[Jira\]: Unable to create incident\. Error: .+\. Reason: unknown: errorResponse was null$/);
  });

  it('refuses a create answer without an id', async () => {
    sim.failNext({ method: 'POST', path: /\/issue$/ }, { kind: 'error', status: 201, body: { key: 'CASES-1' } });
    await expect(run('pushToService', { incident: incident() })).rejects.toThrow('Error: Response is missing at least one of the expected fields: id. Reason');
  });
});

describe('.jira config validation', () => {
  it('refuses an apiUrl outside the allowed hosts, with Kibana prefix', () => {
    const validate = jiraConnectorType.validate!.config!;
    expect(() => validate({ apiUrl: 'http://127.0.0.1:9/', projectKey: 'CASES' }, { egress: testEgress(['localhost']) })).toThrow(
      'error configuring connector action: target url "http://127.0.0.1:9/" is not added to the Kibana config xpack.actions.allowedHosts',
    );
    expect(() => validate({ apiUrl: 'ftp://jira.example.com', projectKey: 'CASES' }, { egress: testEgress() })).toThrow('error configuring connector action: URL Error: Invalid protocol');
    expect(() => validate({ apiUrl: 'https://jira.example.com', projectKey: 'CASES' }, { egress: testEgress(['jira.example.com']) })).not.toThrow();
  });

  it('decodes config and secrets strictly', () => {
    expect(isLeft(jiraConnectorType.schema.config.decode({ apiUrl: 'https://x', projectKey: 'K', extra: 1 }))).toBe(true);
    expect(isLeft(jiraConnectorType.schema.secrets.decode({ email: 'a@b.c' }))).toBe(true);
    expect(isLeft(jiraConnectorType.schema.secrets.decode({ email: 'a@b.c', apiToken: 't' }))).toBe(false);
  });
});
