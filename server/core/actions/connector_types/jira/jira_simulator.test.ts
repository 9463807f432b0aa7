/**
 * The Jira simulator must refuse what Jira refuses, or the connector's tests could pass against
 * requests the real system would reject. Raw requests, without the connector.
 */
import { startJiraSimulator, type JiraSimulator } from '../../../../../test/simulators/jira';

let sim: JiraSimulator;
beforeAll(async () => {
  sim = await startJiraSimulator();
});
afterAll(() => sim.close());

const auth = () => `Basic ${Buffer.from(`${sim.options.email}:${sim.options.apiToken}`).toString('base64')}`;
async function post(path: string, body: unknown, authorization = auth()) {
  const res = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
}
const fields = (extra: Record<string, unknown> = {}) => ({ fields: { summary: 'S', project: { key: sim.options.projectKey }, issuetype: { id: '10001' }, ...extra } });

describe('Jira simulator', () => {
  it('refuses wrong credentials with 401', async () => {
    const wrong = `Basic ${Buffer.from(`${sim.options.email}:nope`).toString('base64')}`;
    expect((await post('/rest/api/2/issue', fields(), wrong)).status).toBe(401);
  });

  it.each([
    [{ summary: 'a\nb' }, 'summary', 'The summary is invalid because it contains newline characters.'],
    [{ labels: ['a b'] }, 'labels', "The label 'a b' contains spaces which is invalid."],
    [{ priority: { name: 'Urgent' } }, 'priority', "Priority name 'Urgent' is not valid"],
    [{ customfield_1: 'x' }, 'customfield_1', "Field 'customfield_1' cannot be set. It is not on the appropriate screen, or unknown."],
    [{ parent: { key: 'CASES-999' } }, 'parent', "Field 'parent' cannot be set. It is not on the appropriate screen, or unknown."],
    [{ project: { key: 'OTHER' } }, 'project', 'Specify a valid project ID or key'],
  ])('refuses a create with bad fields (%#)', async (extra, field, message) => {
    const res = await post('/rest/api/2/issue', fields(extra));
    expect(res).toEqual({ status: 400, body: { errorMessages: [], errors: { [field]: message } } });
  });

  it('refuses unknown body keys and requires a parent on a sub-task', async () => {
    expect((await post('/rest/api/2/issue', { ...fields(), extra: 1 })).body.errorMessages[0]).toContain('Unrecognized field "extra"');
    expect((await post('/rest/api/2/issue', fields({ issuetype: { id: '10003' } }))).body.errors).toEqual({ parent: 'Sub-task issues must have a parent.' });
  });

  it('creates with 201 {id, key, self}', async () => {
    const res = await post('/rest/api/2/issue', fields());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), key: expect.stringMatching(/^CASES-\d+$/), self: `${sim.url}/rest/api/2/issue/${res.body.id}` });
  });
});
