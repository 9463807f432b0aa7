import { isLeft, type Either } from 'fp-ts/lib/Either';
import { fetchHttp, testEgress } from '../../../../../test/simulators/fetch_http';
import { startTheHiveSimulator, theHiveConnectorFixture, type TheHiveSimulator } from '../../../../../test/simulators/thehive';
import { createTestLogger } from '../../../security/__fixtures__/test_logger';
import { ConnectorValidationError } from '../../errors';
import type { SubActionParams } from '../../sub_actions';
import type { TheHiveConfig, TheHiveSecrets } from './schema';
import { theHiveConnectorType } from './thehive_type';

let sim: TheHiveSimulator;
let config: TheHiveConfig;
let secrets: TheHiveSecrets;

beforeAll(async () => {
  sim = await startTheHiveSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  const fixture = theHiveConnectorFixture(sim);
  config = decode(theHiveConnectorType.schema.config, fixture.config);
  secrets = decode(theHiveConnectorType.schema.secrets, fixture.secrets);
});

function decode<A>(codec: { decode(u: unknown): Either<unknown, A> }, value: unknown): A {
  const result = codec.decode(value);
  if (isLeft(result)) throw new Error('does not decode');
  return result.right;
}

function run(params: unknown, overrides: { config?: TheHiveConfig; secrets?: TheHiveSecrets } = {}) {
  return theHiveConnectorType.execute({
    connectorId: 'thehive-1',
    connectorName: 'TheHive',
    config: overrides.config ?? config,
    secrets: overrides.secrets ?? secrets,
    params: decode<SubActionParams>(theHiveConnectorType.schema.params, params),
    http: fetchHttp(),
    egress: testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger: createTestLogger().logger,
    spaceId: 'default',
  }) as Promise<Record<string, unknown>>;
}

const push = (incident: Record<string, unknown>, comments: unknown = null) => ({ subAction: 'pushToService', subActionParams: { incident, comments } });
const incident = { title: 'Ransomware on FS01', description: 'Encrypted shares', severity: 3, tlp: 3, tags: ['ransomware', 'fs01'], externalId: null };

describe('.thehive pushToService', () => {
  it('creates a v1 case with the key and organisation, and returns its details URL', async () => {
    const res = await run(push(incident));
    const created = [...sim.records.values()][0];
    expect(sim.requests[0]).toMatchObject({ method: 'POST', url: '/api/v1/case', body: { title: 'Ransomware on FS01', description: 'Encrypted shares', severity: 3, tlp: 3, tags: ['ransomware', 'fs01'] } });
    expect(sim.requests[0].headers.authorization).toBe(`Bearer ${secrets.apiKey}`);
    expect(sim.requests[0].headers['x-organisation']).toBe('SOC');
    expect(res).toEqual({ id: created._id, title: 'Ransomware on FS01', url: `${sim.url}/cases/${created._id as string}/details`, pushedDate: new Date(created._createdAt as number).toISOString() });
  });

  it('defaults severity and TLP to MEDIUM and AMBER, and leaves out null tags', async () => {
    await run(push({ title: 't', description: 'd', severity: null, tlp: null, tags: null }));
    expect(sim.requests[0].body).toEqual({ title: 't', description: 'd', severity: 2, tlp: 2 });
    await run(push({ title: 't', description: 'd', severity: '4', tlp: '0' }));
    expect(sim.requests[1].body).toEqual({ title: 't', description: 'd', severity: 4, tlp: 0 });
  });

  it('patches the same case on a second push, then adds the comments', async () => {
    const first = await run(push(incident));
    const res = await run(
      push({ ...incident, title: 'Ransomware on FS01 (contained)', externalId: first.id }, [
        { commentId: 'c1', comment: 'Isolated the host' },
        { commentId: 'c2', comment: '' },
      ]),
    );
    expect(sim.records.size).toBe(1);
    expect(res).toMatchObject({ id: first.id, title: 'Ransomware on FS01 (contained)', url: first.url });
    expect(sim.records.get(first.id as string)!.title).toBe('Ransomware on FS01 (contained)');
    expect(sim.requests[1]).toMatchObject({ method: 'PATCH', url: `/api/v1/case/${first.id as string}` });
    expect(sim.comments.get(first.id as string)).toEqual(['Isolated the host']);
    expect(sim.requests[2]).toMatchObject({ method: 'POST', url: `/api/v1/case/${first.id as string}/comment`, body: { message: 'Isolated the host' } });
    expect(res.comments).toEqual([{ commentId: 'c1', pushedDate: res.pushedDate }]);
  });

  it('leaves X-Organisation out when none is configured', async () => {
    await run(push(incident), { config: { ...config, organisation: null } });
    expect(sim.requests[0].headers['x-organisation']).toBeUndefined();
  });

  it('words TheHive errors as Kibana does, without the key', async () => {
    const e401 = (await run(push(incident), { secrets: { apiKey: 'bad-key' } }).catch((e: Error) => e)) as Error;
    expect(e401.message).toBe('Status code: 401. Message: API Error: AuthenticationError - Authentication failure');
    expect(e401.message).not.toContain('bad-key');
    await expect(run(push(incident), { config: { ...config, organisation: 'RED' } })).rejects.toThrow('Status code: 403. Message: API Error: AuthorizationError - ');
    await expect(run(push({ ...incident, severity: 9 }))).rejects.toThrow('Status code: 400. Message: API Error: AttributeCheckingError - [{"name":"case.severity"');
    await expect(run(push({ ...incident, externalId: '~1' }))).rejects.toThrow('Status code: 404. Message: API Error: NotFoundError - Case ~1 not found');
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 500, body: { type: 'InternalError', message: 'db down' } });
    await expect(run(push(incident))).rejects.toThrow('Status code: 500. Message: API Error: InternalError - db down');
  });

  it('reports a network failure and an answer that is not a v1 case', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'close' });
    await expect(run(push(incident))).rejects.toThrow('Status code: undefined. Message: Unknown API Error');
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 201, body: { id: 'x' } });
    await expect(run(push(incident))).rejects.toThrow('Response validation failed (Error: [_id]: expected value of type [string] but got [undefined])');
  });
});

describe('.thehive schemas and validation', () => {
  it('defaults the organisation to null and refuses unknown keys', () => {
    expect(decode(theHiveConnectorType.schema.config, { url: 'https://hive.example' })).toEqual({ url: 'https://hive.example', organisation: null });
    expect(isLeft(theHiveConnectorType.schema.config.decode({ url: 'https://hive.example', org: 'x' }))).toBe(true);
    expect(isLeft(theHiveConnectorType.schema.secrets.decode({ apiKey: 'k', user: 'x' }))).toBe(true);
  });

  it('refuses createAlert, a missing description and a non-numeric TLP', () => {
    expect(isLeft(theHiveConnectorType.schema.params.decode({ subAction: 'createAlert', subActionParams: {} }))).toBe(true);
    expect(isLeft(theHiveConnectorType.schema.params.decode(push({ title: 't' })))).toBe(true);
    expect(isLeft(theHiveConnectorType.schema.params.decode(push({ title: 't', description: 'd', tlp: 'red' })))).toBe(true);
  });

  it('refuses a URL outside the allowed hosts', () => {
    expect(() => theHiveConnectorType.validate!.config!(config, { egress: testEgress(['localhost']) })).toThrow(ConnectorValidationError);
    expect(() => theHiveConnectorType.validate!.config!(config, { egress: testEgress(['localhost']) })).toThrow(
      `error validating url: target url "${sim.url}" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
  });
});
