/**
 * The ServiceNow types over the platform's own HTTP client (undici, egress, timeout) rather than
 * the plain test client: ServiceNow's encoded queries (`^`) and form bodies go through it as
 * sent, and a hanging instance ends in axios's timeout words.
 */
import { testEgress } from '../../../../../test/simulators/fetch_http';
import { startServiceNowSimulator, serviceNowConnectorFixture, type ServiceNowSimulator } from '../../../../../test/simulators/servicenow';
import { createTestLogger } from '../../../security/__fixtures__/test_logger';
import { createConnectorHttpClient, type ConnectorHttpClient } from '../../http_client';
import { serviceNowItsmConnectorType as itsm } from './servicenow_itsm_type';
import { errorOf, runConnector } from './test_helpers';

let sim: ServiceNowSimulator;
let client: ConnectorHttpClient;
beforeAll(async () => {
  sim = await startServiceNowSimulator({ oauth: true });
  client = createConnectorHttpClient({
    config: { responseTimeout: 500, maxResponseContentLength: 1024 * 1024, run: { maxAttempts: 1 } },
    egress: testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger: createTestLogger().logger,
  });
});
afterAll(async () => {
  await client.close();
  await sim.close();
});
beforeEach(() => sim.reset());

const incident = { short_description: 'Beaconing from host-7', externalId: null };

describe('.servicenow over the platform HTTP client', () => {
  it('pushes with OAuth and reads choices', async () => {
    const fixture = serviceNowConnectorFixture(sim, '.servicenow', { useOAuth: true });
    const res = (await runConnector(itsm, { ...fixture, params: { subAction: 'pushToService', subActionParams: { incident } } }, client.bind())) as { id: string };
    expect(sim.records.get(res.id)?.short_description).toBe('Beaconing from host-7');
    const rows = (await runConnector(itsm, { ...fixture, params: { subAction: 'getChoices', subActionParams: { fields: ['impact', 'urgency'] } } }, client.bind())) as unknown[];
    expect(rows).toHaveLength(6);
  });

  it('ends a hanging instance with the timeout, and nothing is created', async () => {
    sim.failNext({ method: 'POST', path: /\/api\/now\/import\// }, { kind: 'hang' });
    const fixture = serviceNowConnectorFixture(sim, '.servicenow');
    const message = await errorOf(runConnector(itsm, { ...fixture, params: { subAction: 'pushToService', subActionParams: { incident } } }, client.bind()));
    expect(message).toBe('[Action][ServiceNow]: Unable to create incident. Error: timeout of 500ms exceeded [status=ECONNABORTED] [method=post] [endpoint=import_set]');
    expect(sim.records.size).toBe(0);
  });
});
