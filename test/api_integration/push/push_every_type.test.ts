/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * Issue 17's "done when", per connector type: through the real server and the real connector
 * type, each system's simulator receives the case as a new incident with its comment, a second
 * push after another comment updates the SAME incident and adds only the new comment, and no
 * answer carries the connector's secret. `api.call` checks every cases answer against docs/openapi.yaml.
 */
import { authHeaders } from '../../helpers/server_process';
import { jiraConnectorFixture, startJiraSimulator } from '../../simulators/jira';
import { resilientConnectorFixture, startResilientSimulator } from '../../simulators/resilient';
import { serviceNowItsmConnectorFixture, serviceNowSirConnectorFixture, startServiceNowSimulator } from '../../simulators/servicenow';
import { startSwimlaneSimulator, swimlaneConnectorFixture } from '../../simulators/swimlane';
import { startTheHiveSimulator, theHiveConnectorFixture } from '../../simulators/thehive';
import type { ConnectorFixture, Simulator } from '../../simulators/types';
import { startWebhookSimulator, webhookConnectorFixture } from '../../simulators/webhook';
import { unique, useCasesServer } from '../cases/cases_api';

const api = useCasesServer({ args: ['--xpack.encryptedSavedObjects.encryptionKey=push-every-type-key-0123456789abcdef'] });

interface TypeUnderTest {
  name: string;
  start(): Promise<Simulator>;
  fixture(sim: Simulator): ConnectorFixture;
}

// Each simulator's fixture is typed for its own simulator; the table erases that to run them alike.
const TYPES: TypeUnderTest[] = [
  { name: '.jira', start: startJiraSimulator, fixture: (sim) => jiraConnectorFixture(sim as any) },
  { name: '.resilient', start: startResilientSimulator, fixture: (sim) => resilientConnectorFixture(sim as any) },
  { name: '.servicenow', start: startServiceNowSimulator, fixture: (sim) => serviceNowItsmConnectorFixture(sim as any) },
  { name: '.servicenow-sir', start: startServiceNowSimulator, fixture: (sim) => serviceNowSirConnectorFixture(sim as any) },
  { name: '.swimlane', start: startSwimlaneSimulator, fixture: (sim) => swimlaneConnectorFixture(sim as any) },
  { name: '.thehive', start: startTheHiveSimulator, fixture: (sim) => theHiveConnectorFixture(sim as any) },
  { name: '.cases-webhook', start: startWebhookSimulator, fixture: (sim) => webhookConnectorFixture(sim as any) },
];

/** The records a simulator holds that came from this case's pushes: ServiceNow keeps reference rows of its own too. */
const recordIds = (sim: Simulator) => [...sim.records.keys()];
const commentsOf = (sim: Simulator, id: string) => sim.comments.get(id) ?? [];

describe.each(TYPES)('push to $name', ({ name, start, fixture: fixtureOf }) => {
  let sim: Simulator;
  let fixture: ConnectorFixture;
  let connectorId: string;
  const seen: string[] = [];

  beforeAll(async () => {
    sim = await start();
    fixture = fixtureOf(sim);
    const res = await fetch(`${api.server.url}/api/actions/connector`, {
      method: 'POST',
      headers: authHeaders(api.server),
      body: JSON.stringify({ name: unique(name), connector_type_id: fixture.connector_type_id, config: fixture.config, secrets: fixture.secrets }),
    });
    const text = await res.text();
    seen.push(text);
    expect(res.status).toBe(200);
    connectorId = JSON.parse(text).id;
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function call(method: string, path: string, body?: unknown) {
    const answer = await api.call(method, path, body === undefined ? {} : { body });
    seen.push(answer.text);
    return answer;
  }

  const comment = (caseId: string, text: string) => call('POST', `/api/cases/${caseId}/comments`, { type: 'user', comment: text, owner: 'securitySolution' });

  it('creates the incident with the comment, then updates the same incident with only the new comment', async () => {
    const before = new Set(recordIds(sim));
    const created = await call('POST', '/api/cases', {
      title: unique('Credential phishing'),
      description: 'Three users entered their password on a lookalike page.',
      tags: ['phishing'],
      connector: { id: connectorId, name: name, type: fixture.connector_type_id, fields: fixture.caseFields },
      settings: { syncAlerts: false },
      owner: 'securitySolution',
    });
    expect(created.status).toBe(200);
    const caseId = created.body.id;
    expect((await comment(caseId, 'First responder: mailbox rules checked.')).status).toBe(200);

    const first = await call('POST', `/api/cases/${caseId}/connector/${connectorId}/_push`, {});
    expect(first.status).toBe(200);
    const external = first.body.external_service;
    expect(external).toMatchObject({ connector_id: connectorId, external_id: expect.any(String) });
    const added = recordIds(sim).filter((id) => !before.has(id));
    expect(added).toEqual([external.external_id]);
    expect(commentsOf(sim, external.external_id).join('\n')).toContain('First responder: mailbox rules checked.');

    expect((await comment(caseId, 'Second: password resets done.')).status).toBe(200);
    const second = await call('POST', `/api/cases/${caseId}/connector/${connectorId}/_push`, {});
    expect(second.status).toBe(200);
    expect(second.body.external_service.external_id).toBe(external.external_id);
    expect(recordIds(sim).filter((id) => !before.has(id))).toEqual([external.external_id]);
    const comments = commentsOf(sim, external.external_id);
    expect(comments.filter((c) => c.includes('First responder'))).toHaveLength(1);
    expect(comments.filter((c) => c.includes('Second: password resets done.'))).toHaveLength(1);

    const connectors = await call('GET', `/internal/cases/${caseId}/_connectors`);
    expect(connectors.body[connectorId].push).toMatchObject({ hasBeenPushed: true, needsToBePushed: false });
  });

  it('never answers with the connector secret', () => {
    for (const secret of fixture.plainSecrets) for (const text of seen) expect(text).not.toContain(secret);
  });
});
