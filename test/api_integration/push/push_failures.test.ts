 
/**
 * When the external system does not answer: a Jira that hangs past xpack.actions.responseTimeout,
 * or drops the connection, makes the push a 424 naming the failure, creates nothing there and
 * leaves the case as it was. And the connector's secret is nowhere on disk in the clear: every
 * file of the data folder (the store, its write-ahead log) and the server's log are searched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { authHeaders } from '../../helpers/server_process';
import { jiraConnectorFixture, startJiraSimulator, type JiraSimulator } from '../../simulators/jira';
import { unique, useCasesServer } from '../cases/cases_api';

const api = useCasesServer({
  args: ['--xpack.encryptedSavedObjects.encryptionKey=push-failures-test-key-0123456789abcdef', '--xpack.actions.responseTimeout=1s'],
});

let sim: JiraSimulator;
let connectorId: string;

beforeAll(async () => {
  sim = await startJiraSimulator();
  const fixture = jiraConnectorFixture(sim);
  const res = await fetch(`${api.server.url}/api/actions/connector`, {
    method: 'POST',
    headers: authHeaders(api.server),
    body: JSON.stringify({ name: unique('jira'), connector_type_id: fixture.connector_type_id, config: fixture.config, secrets: fixture.secrets }),
  });
  expect(res.status).toBe(200);
  connectorId = ((await res.json()) as { id: string }).id;
});
afterAll(async () => {
  await sim?.close();
});

async function jiraCase() {
  const res = await api.call('POST', '/api/cases', {
    body: {
      title: unique('Lateral movement'),
      description: 'SMB sessions from a workstation to three servers.',
      tags: ['lateral'],
      connector: { id: connectorId, name: 'Jira', type: '.jira', fields: jiraConnectorFixture(sim).caseFields },
      settings: { syncAlerts: false },
      owner: 'securitySolution',
    },
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe.each([
  { what: 'hangs past the response timeout', fault: { kind: 'hang' } as const, message: /timeout of \d+ms exceeded/ },
  { what: 'drops the connection', fault: { kind: 'close' } as const, message: /\[Action\]\[Jira\]: Unable to create incident/ },
])('a Jira that $what', ({ fault, message }) => {
  it('answers 424 naming the failure, creates nothing and leaves the case unchanged', async () => {
    const before = await jiraCase();
    const issuesBefore = sim.records.size;
    sim.failNext({ method: 'POST', path: /\/rest\/api\/2\/issue$/ }, fault);
    const started = Date.now();
    const pushed = await api.call('POST', `/api/cases/${before.id}/connector/${connectorId}/_push`, { body: {} });
    expect(pushed.status).toBe(424);
    expect(pushed.body.message).toMatch(/^Failed to push case: Error: /);
    expect(pushed.body.message).toMatch(message);
    // One attempt: a create that may have reached Jira is never sent twice.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(sim.records.size).toBe(issuesBefore);
    const after = await api.call('GET', `/api/cases/${before.id}`);
    expect(after.body).toMatchObject({ version: before.version, external_service: null, updated_at: before.updated_at });
    const connectors = await api.call('GET', `/internal/cases/${before.id}/_connectors`);
    expect(connectors.body[connectorId].push).toMatchObject({ hasBeenPushed: false, needsToBePushed: true });
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

it('keeps the connector secret off the disk and out of the log', () => {
  const { plainSecrets } = jiraConnectorFixture(sim);
  expect(plainSecrets.length).toBeGreaterThan(0);
  const files = filesUnder(api.server.dataDir);
  expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true);
  for (const secret of plainSecrets) {
    for (const file of files) expect({ file, found: readFileSync(file).includes(Buffer.from(secret)) }).toEqual({ file, found: false });
    expect(api.server.output()).not.toContain(secret);
  }
});
