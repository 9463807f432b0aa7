import { isLeft, type Either } from 'fp-ts/lib/Either';
import { fetchHttp, testEgress } from '../../../../../test/simulators/fetch_http';
import { startSwimlaneSimulator, swimlaneConnectorFixture, type SwimlaneSimulator } from '../../../../../test/simulators/swimlane';
import { createTestLogger } from '../../../security/__fixtures__/test_logger';
import { ConnectorValidationError } from '../../errors';
import type { SubActionParams } from '../../sub_actions';
import type { SwimlaneConfig, SwimlaneSecrets } from './schema';
import { swimlaneConnectorType } from './swimlane_type';

let sim: SwimlaneSimulator;
let config: SwimlaneConfig;
let secrets: SwimlaneSecrets;

beforeAll(async () => {
  sim = await startSwimlaneSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  const fixture = swimlaneConnectorFixture(sim);
  config = decode(swimlaneConnectorType.schema.config, fixture.config);
  secrets = decode(swimlaneConnectorType.schema.secrets, fixture.secrets);
});

function decode<A>(codec: { decode(u: unknown): Either<unknown, A> }, value: unknown): A {
  const result = codec.decode(value);
  if (isLeft(result)) throw new Error('does not decode');
  return result.right;
}

function run(params: unknown, overrides: { config?: SwimlaneConfig; secrets?: SwimlaneSecrets } = {}) {
  const { logger } = createTestLogger();
  return swimlaneConnectorType.execute({
    connectorId: 'swimlane-1',
    connectorName: 'Swimlane',
    config: overrides.config ?? config,
    secrets: overrides.secrets ?? secrets,
    params: decode<SubActionParams>(swimlaneConnectorType.schema.params, params),
    http: fetchHttp(),
    egress: testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger,
    spaceId: 'default',
  }) as Promise<Record<string, unknown>>;
}

const push = (incident: Record<string, unknown>, comments: unknown = null) => ({ subAction: 'pushToService', subActionParams: { incident, comments } });
const caseIncident = { caseName: 'Phishing wave', description: 'Mails from a lookalike domain', caseId: 'SIR-7', externalId: null };

describe('.swimlane pushToService', () => {
  it('creates a record with the mapped field ids and returns its view URL', async () => {
    const res = await run(push(caseIncident));
    const record = sim.records.get(res.id as string)!;
    expect(record.values).toEqual({ a6ide: 'SIR-7', adnlas: 'Phishing wave', a1pt7: 'Mails from a lookalike domain' });
    expect(res).toEqual({ id: record.id, title: 'SOC-1', url: `${sim.url}/record/${sim.appId}/${record.id}`, pushedDate: record.createdDate });
    expect(sim.requests[0]).toMatchObject({ method: 'POST', url: `/api/app/${sim.appId}/record`, body: { applicationId: sim.appId, values: record.values } });
    expect(sim.requests[0].headers['private-token']).toBe(secrets.apiToken);
  });

  it('updates the same record when the incident has an external id, and comments on it', async () => {
    const created = await run(push(caseIncident));
    const res = await run(
      push({ ...caseIncident, caseName: 'Phishing wave (contained)', externalId: created.id }, [
        { commentId: 'c1', comment: 'Blocked the domain' },
        { commentId: 'c2', comment: 'Reset two passwords' },
      ]),
    );
    expect(res.id).toBe(created.id);
    expect(sim.records.size).toBe(1);
    expect(sim.records.get(created.id as string)!.values).toMatchObject({ adnlas: 'Phishing wave (contained)' });
    const patch = sim.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.body).toEqual({ applicationId: sim.appId, id: created.id, values: { a6ide: 'SIR-7', adnlas: 'Phishing wave (contained)', a1pt7: 'Mails from a lookalike domain' } });
    expect(sim.comments.get(created.id as string)).toEqual(['Blocked the domain', 'Reset two passwords']);
    const commentRequests = sim.requests.filter((r) => r.url.endsWith('/comment'));
    expect(commentRequests[0].url).toBe(`/api/app/${sim.appId}/record/${created.id}/a0cmt/comment`);
    expect(commentRequests[0].body).toMatchObject({ fieldId: 'a0cmt', isRichText: true, message: 'Blocked the domain' });
    const comments = res.comments as Array<{ commentId: string; pushedDate: string }>;
    expect(comments.map((c) => c.commentId)).toEqual(['c1', 'c2']);
    expect(comments[0].pushedDate).toBe((commentRequests[0].body as { createdDate: string }).createdDate);
  });

  it('sends a number to a numeric field (0 when the value is not a number)', async () => {
    const res = await run(push({ severity: '3', alertId: 'alert-1', ruleName: 'Rule' }));
    expect(sim.records.get(res.id as string)!.values).toEqual({ a9sev: 3, a3alr: 'alert-1', a2rle: 'Rule' });
    const res2 = await run(push({ severity: 'high' }));
    expect(sim.records.get(res2.id as string)!.values).toEqual({ a9sev: 0 });
  });

  it('refuses comments when no comments field is mapped', async () => {
    const created = await run(push(caseIncident));
    const unmapped = { ...config, mappings: { ...config.mappings, commentsConfig: null } };
    await expect(run(push({ ...caseIncident, externalId: created.id }, [{ commentId: 'c1', comment: 'x' }]), { config: unmapped })).rejects.toThrow(
      `[Action][Swimlane]: Unable to create comment in application with id ${sim.appId}. Status: 500. Error: No comment field mapped in Swimlane connector. Reason: unknown`,
    );
  });

  it('reports a wrong token with Swimlane reason, and never the token', async () => {
    const error = await run(push(caseIncident), { secrets: { apiToken: 'wrong-token' } }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      `[Action][Swimlane]: Unable to create record in application with id ${sim.appId}. Status: 401. Error: Request failed with status code 401. Reason: Private-Token (1001)`,
    );
    expect((error as Error).message).not.toContain('wrong-token');
  });

  it('reports a field the application does not have (400)', async () => {
    const bad = { ...config, mappings: { ...config.mappings, caseNameConfig: { id: 'nope', key: 'x', name: 'X', fieldType: 'text' } } };
    await expect(run(push(caseIncident), { config: bad })).rejects.toThrow('Status: 400. Error: Request failed with status code 400. Reason: nope (3000)');
  });

  it('reports an unknown record on update (404) and a server error (500)', async () => {
    await expect(run(push({ ...caseIncident, externalId: 'missing' }))).rejects.toThrow(
      `[Action][Swimlane]: Unable to update record in application with id ${sim.appId}. Status: 404. Error: Request failed with status code 404. Reason: missing (1000)`,
    );
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 500, body: 'upstream down' });
    await expect(run(push(caseIncident))).rejects.toThrow('Status: 500. Error: Request failed with status code 500. Reason: unknown');
  });

  it('reports an answer that is not JSON, or lacks the record fields', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 200, body: 'ok' });
    await expect(run(push(caseIncident))).rejects.toThrow(`Error: Unsupported content type: text/plain in post ${sim.url}/api/app/${sim.appId}/record. Supported content types: application/json.`);
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 200, body: { id: 'x' } });
    await expect(run(push(caseIncident))).rejects.toThrow('Error: Response is missing at least one of the expected fields: id,name,createdDate.');
  });

  it('reports a network failure', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'close' });
    await expect(run(push(caseIncident))).rejects.toThrow(/^\[Action\]\[Swimlane\]: Unable to create record in application with id \w+\. Status: 500\. Error: .+\. Reason: unknown$/);
  });

  it('accepts an apiUrl that already ends with /api', async () => {
    const res = await run(push(caseIncident), { config: { ...config, apiUrl: `${sim.url}/api/` } });
    expect(res.url).toBe(`${sim.url}/api/record/${sim.appId}/${res.id}`);
    expect(sim.requests[0].url).toBe(`/api/app/${sim.appId}/record`);
  });
});

describe('.swimlane schemas and validation', () => {
  it('refuses unknown sub-actions, unknown incident keys and a missing incident', () => {
    expect(isLeft(swimlaneConnectorType.schema.params.decode({ subAction: 'getIncident', subActionParams: {} }))).toBe(true);
    expect(isLeft(swimlaneConnectorType.schema.params.decode(push({ title: 'x' })))).toBe(true);
    expect(isLeft(swimlaneConnectorType.schema.params.decode({ subAction: 'pushToService', subActionParams: { comments: [] } }))).toBe(true);
  });

  it('refuses a config without an app or with an unknown connector type', () => {
    const fixture = swimlaneConnectorFixture(sim);
    expect(isLeft(swimlaneConnectorType.schema.config.decode({ ...fixture.config, connectorType: 'tickets' }))).toBe(true);
    expect(isLeft(swimlaneConnectorType.schema.config.decode({ ...fixture.config, appId: undefined }))).toBe(true);
    expect(isLeft(swimlaneConnectorType.schema.secrets.decode({}))).toBe(true);
  });

  it('refuses an apiUrl outside the allowed hosts with Kibana words', () => {
    expect(() => swimlaneConnectorType.validate!.config!(config, { egress: testEgress(['localhost']) })).toThrow(ConnectorValidationError);
    expect(() => swimlaneConnectorType.validate!.config!(config, { egress: testEgress(['localhost']) })).toThrow(
      `error configuring connector action: target url "${sim.url}" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
    expect(() => swimlaneConnectorType.validate!.config!(config, { egress: testEgress() })).not.toThrow();
  });
});
