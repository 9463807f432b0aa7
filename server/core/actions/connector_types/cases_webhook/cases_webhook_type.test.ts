import { isLeft, type Either } from 'fp-ts/lib/Either';
import { fetchHttp, testEgress } from '../../../../../test/simulators/fetch_http';
import { startWebhookSimulator, webhookConnectorFixture, type WebhookSimulator } from '../../../../../test/simulators/webhook';
import { createTestLogger } from '../../../security/__fixtures__/test_logger';
import type { ConnectorHttp, ConnectorHttpRequest, EgressRules } from '../../types';
import type { SubActionParams } from '../../sub_actions';
import { casesWebhookConnectorType as type } from './cases_webhook_type';
import type { CasesWebhookConfig, CasesWebhookSecrets } from './schema';

const NAME = '[Action][Webhook - Case Management]';
let sim: WebhookSimulator;
let config: CasesWebhookConfig;
let secrets: CasesWebhookSecrets;

beforeAll(async () => {
  sim = await startWebhookSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.reset();
  const fixture = webhookConnectorFixture(sim);
  config = decode(type.schema.config, fixture.config);
  secrets = decode(type.schema.secrets, fixture.secrets);
});

function decode<A>(codec: { decode(u: unknown): Either<unknown, A> }, value: unknown): A {
  const result = codec.decode(value);
  if (isLeft(result)) throw new Error('does not decode');
  return result.right;
}

interface RunOverrides {
  config?: Partial<CasesWebhookConfig>;
  secrets?: Partial<CasesWebhookSecrets>;
  http?: ConnectorHttp;
  egress?: EgressRules;
}

function run(params: unknown, overrides: RunOverrides = {}) {
  return type.execute({
    connectorId: 'webhook-1',
    connectorName: 'Tickets',
    config: { ...config, ...overrides.config },
    secrets: { ...secrets, ...overrides.secrets },
    params: decode<SubActionParams>(type.schema.params, params),
    http: overrides.http ?? fetchHttp(),
    egress: overrides.egress ?? testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger: createTestLogger().logger,
    spaceId: 'default',
  }) as Promise<Record<string, unknown>>;
}

const push = (incident: Record<string, unknown>, comments: unknown = null) => ({ subAction: 'pushToService', subActionParams: { incident, comments } });
const incident = {
  title: 'Beacon to "evil" <c2> & co',
  description: 'Line 1\nLine 2 \\ backslash',
  tags: ['c2', 'beacon'],
  severity: 'high',
  status: 'open',
  id: 'case-123',
  externalId: null,
};

describe('.cases-webhook pushToService', () => {
  it('renders the create template with JSON-stringified values, reads the key back and builds the view URL', async () => {
    const res = await run(push(incident));
    const [create, get] = sim.requests;
    expect(create).toMatchObject({ method: 'POST', url: '/api/tickets' });
    expect(create.body).toEqual({ title: incident.title, description: incident.description, tags: ['c2', 'beacon'], severity: 'high', status: 'open', caseId: 'case-123' });
    expect(create.headers['x-client']).toBe('elastic-cases');
    expect(create.headers['content-type']).toBe('application/json');
    expect(create.headers.authorization).toBe(`Basic ${Buffer.from(`${sim.user}:${sim.password}`).toString('base64')}`);
    expect(get).toMatchObject({ method: 'GET', url: '/api/tickets/1001' });
    expect(res).toEqual({ id: '1001', title: 'SEC-1', url: `${sim.url}/browse/SEC-1`, pushedDate: expect.any(String) });
  });

  it('sends "" and [] for missing values, and never HTML-escapes (double braces included)', async () => {
    await run(push({ title: 'a <b> & "c"' }), { config: { createIncidentJson: '{"title":{{case.title}},"description":{{{case.description}}},"tags":{{{case.tags}}}}' } });
    expect(sim.requests[0].body).toEqual({ title: 'a <b> & "c"', description: '', tags: [] });
  });

  it('updates the same ticket on a second push, then posts each non-empty comment', async () => {
    const first = await run(push(incident));
    const res = await run(
      push({ ...incident, title: 'Beacon (blocked)', externalId: first.id }, [
        { commentId: 'c1', comment: 'Blocked at the proxy "now"' },
        { commentId: 'c2', comment: '' },
      ]),
    );
    expect(sim.records.size).toBe(1);
    const put = sim.requests.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe('/api/tickets/1001');
    expect(put.body).toEqual({ title: 'Beacon (blocked)', description: incident.description, tags: ['c2', 'beacon'], severity: 'high', status: 'open' });
    expect(sim.records.get('1001')!.title).toBe('Beacon (blocked)');
    expect(sim.comments.get('1001')).toEqual(['Blocked at the proxy "now"']);
    expect(sim.requests.filter((r) => r.url === '/api/tickets/1001/comments').map((r) => r.body)).toEqual([{ body: 'Blocked at the proxy "now"' }]);
    expect(res).toEqual({ id: '1001', title: 'SEC-1', url: `${sim.url}/browse/SEC-1`, pushedDate: expect.any(String), comments: [{ commentId: 'c1', pushedDate: res.pushedDate }] });
  });

  it('puts the quoted external id in bodies and the encoded one in URLs', async () => {
    await run(push(incident));
    await run(push({ ...incident, externalId: '1001' }), { config: { updateIncidentJson: '{"title":{{{case.title}}},"caseId":{{{external.system.id}}}}' } });
    expect(sim.requests.find((r) => r.method === 'PUT')!.body).toEqual({ title: incident.title, caseId: '1001' });
    const error = (await run(push({ ...incident, externalId: 'a/b c' })).catch((e: Error) => e)) as Error;
    expect(sim.requests.at(-1)!.url).toBe('/api/tickets/a%2Fb%20c');
    expect(error.message).toBe(`${NAME}: Unable to update case with id a/b c. Error: Request failed with status code 404. {"error":"Not Found","message":"Ticket a/b c not found"} Reason: Not Found`);
  });

  it('skips comments when the comment request is not fully configured', async () => {
    const res = await run(push(incident, [{ commentId: 'c1', comment: 'hello' }]), { config: { createCommentUrl: null } });
    expect(sim.requests.some((r) => r.url.endsWith('/comments'))).toBe(false);
    expect(res.comments).toEqual([{ commentId: 'c1', pushedDate: res.pushedDate }]);
  });

  it('gets the ticket by POST with the get template when configured', async () => {
    await run(push(incident), { config: { getIncidentMethod: 'post', getIncidentUrl: `${sim.url}/api/tickets/_get`, getIncidentJson: '{"id":{{{external.system.id}}}}' } });
    expect(sim.requests[1]).toMatchObject({ method: 'POST', url: '/api/tickets/_get', body: { id: '1001' } });
  });

  it('sends secret headers over the config headers', async () => {
    await run(push(incident), { secrets: { secretHeaders: { 'X-Client': 'secret-client', 'X-Api-Key': 'key-123' } } });
    expect(sim.requests[0].headers['x-client']).toBe('secret-client');
    expect(sim.requests[0].headers['x-api-key']).toBe('key-123');
  });

  it('reports a refused login with the answer and reason, never the password', async () => {
    const error = (await run(push(incident), { secrets: { password: 'wrong-password-1' } }).catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`${NAME}: Unable to create case. Error: Request failed with status code 401. {"error":"Unauthorized","message":"Invalid credentials"} Reason: Unauthorized`);
    expect(error.message).not.toContain('wrong-password-1');
    await expect(run(push(incident), { config: { hasAuth: false } })).rejects.toThrow('Request failed with status code 401');
    expect(sim.requests.at(-1)!.headers.authorization).toBeUndefined();
  });

  it('blanks a secret that the answer echoes', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 400, body: { message: `bad key ${sim.password}` } });
    const error = (await run(push(incident)).catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`${NAME}: Unable to create case. Error: Request failed with status code 400. {"message":"bad key [REDACTED]"} Reason: Bad Request`);
  });

  it('reports a body the API refuses (400)', async () => {
    await expect(run(push(incident), { config: { createIncidentJson: '{"title":{{{case.title}}},"priority":"P1"}' } })).rejects.toThrow(
      `${NAME}: Unable to create case. Error: Request failed with status code 400. {"error":"Bad Request","message":"Unknown field \\"priority\\""} Reason: Bad Request`,
    );
  });

  it('refuses a template that does not render JSON, before any request', async () => {
    const error = (await run(push(incident), { config: { createIncidentJson: '{"title":"{{{case.title}}}"}' } }).catch((e: Error) => e)) as Error;
    expect(error.message).toBe(`${NAME}: Unable to create case. Error: JSON Error: Create case JSON body must be valid JSON.  `);
    expect(sim.requests).toHaveLength(0);
  });

  it('checks the answers: JSON content type, the id key, the title key', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 201, body: 'created' });
    await expect(run(push(incident))).rejects.toThrow(`Error: Unsupported content type: text/plain in post ${sim.url}/api/tickets. Supported content types: application/json`);
    await expect(run(push(incident), { config: { createIncidentResponseKey: 'data.ticketId' } })).rejects.toThrow(`${NAME}: Unable to create case. Error: Response is missing the expected field: data.ticketId`);
    await expect(run(push(incident), { config: { getIncidentResponseExternalTitleKey: 'data.summary' } })).rejects.toThrow(
      `${NAME}: Unable to create case. Error: ${NAME}: Unable to get case with id`,
    );
  });

  it('accepts an empty 204 from the update', async () => {
    await run(push(incident));
    sim.failNext({ method: 'PUT' }, { kind: 'error', status: 204 });
    const res = await run(push({ ...incident, externalId: '1001' }));
    expect(res).toMatchObject({ id: '1001', title: 'SEC-1' });
  });

  it('reports a failing get after create inside the create error, as Kibana nests them', async () => {
    sim.failNext({ method: 'GET' }, { kind: 'error', status: 500, body: { error: 'boom' } });
    await expect(run(push(incident))).rejects.toThrow(
      `${NAME}: Unable to create case. Error: ${NAME}: Unable to get case with id 1001. Error: Request failed with status code 500. {"error":"boom"} Reason: Internal Server Error. {"error":"boom"} Reason: Internal Server Error`,
    );
  });

  it('reports a network failure and a URL outside the allowed hosts', async () => {
    sim.failNext({ method: 'POST' }, { kind: 'close' });
    await expect(run(push(incident))).rejects.toThrow(`${NAME}: Unable to create case. Error: `);
    await expect(run(push(incident), { egress: testEgress(['localhost']) })).rejects.toThrow(
      `${NAME}: Unable to create case. Error: Invalid Create case URL: Error: error configuring connector action: target url "${sim.url}/api/tickets" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
    expect(sim.requests).toHaveLength(1);
  });

  it('refuses basic authentication without a password, and certificate authentication without a certificate', async () => {
    await expect(run(push(incident), { secrets: { password: null } })).rejects.toThrow('[Action]Webhook - Case Management: Wrong configuration.');
    await expect(run(push(incident), { config: { authType: 'webhook-authentication-ssl' }, secrets: { user: null, password: null } })).rejects.toThrow(
      '[Action]Webhook - Case Management: Wrong configuration.',
    );
  });

  it('hands the client certificate, passphrase, CA and verification mode to the HTTP client', async () => {
    const sent: ConnectorHttpRequest[] = [];
    const real = fetchHttp();
    const http: ConnectorHttp = { request: (r) => (sent.push(r), real.request({ ...r, headers: { ...r.headers, authorization: `Basic ${Buffer.from(`${sim.user}:${sim.password}`).toString('base64')}` } })) };
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
    const key = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n';
    await run(push(incident), {
      http,
      config: { authType: 'webhook-authentication-ssl', certType: 'ssl-crt-key', verificationMode: 'certificate', ca: Buffer.from(pem).toString('base64') },
      secrets: { user: null, password: 'pass-phrase', crt: Buffer.from(pem).toString('base64'), key: Buffer.from(key).toString('base64') },
    });
    expect(sent[0].tls).toEqual({ cert: pem, key, passphrase: 'pass-phrase', verificationMode: 'certificate', ca: pem });
    expect(sent[0].headers?.Authorization).toBeUndefined();
  });
});

describe('.cases-webhook schemas and validation', () => {
  it("fills Kibana's defaults and refuses unknown keys", () => {
    const { createIncidentMethod: _c, updateIncidentMethod: _u, createCommentMethod: _m, hasAuth: _h, ...minimal } = webhookConnectorFixture(sim).config;
    expect(decode(type.schema.config, minimal)).toMatchObject({ createIncidentMethod: 'post', getIncidentMethod: 'get', updateIncidentMethod: 'put', createCommentMethod: 'put', getIncidentJson: null, hasAuth: true });
    expect(isLeft(type.schema.config.decode({ ...minimal, extra: 1 }))).toBe(true);
    expect(isLeft(type.schema.config.decode({ ...minimal, createIncidentMethod: 'get' }))).toBe(true);
    expect(isLeft(type.schema.config.decode({ ...minimal, createIncidentUrl: undefined }))).toBe(true);
    expect(decode(type.schema.secrets, {})).toEqual({ user: null, password: null, crt: null, key: null, pfx: null, clientSecret: null, secretHeaders: null });
  });

  it('refuses a push without a title or with an unknown sub-action', () => {
    expect(isLeft(type.schema.params.decode(push({ description: 'x' })))).toBe(true);
    expect(isLeft(type.schema.params.decode({ subAction: 'getIncident', subActionParams: {} }))).toBe(true);
  });

  it('checks every URL of the config: parse, then allowed hosts; refuses OAuth2', () => {
    const egress = testEgress();
    expect(() => type.validate!.config!({ ...config, createCommentUrl: 'not a url' }, { egress })).toThrow(
      'error configuring cases webhook action: unable to parse not a url: TypeError: Invalid URL',
    );
    expect(() => type.validate!.config!(config, { egress: testEgress(['localhost']) })).toThrow(
      `error configuring cases webhook action: target url "${sim.url}/api/tickets" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
    expect(() => type.validate!.config!({ ...config, authType: 'webhook-oauth2-client-credentials' }, { egress })).toThrow('OAuth2 authentication is not supported for cases webhook connector');
    expect(() => type.validate!.config!(config, { egress })).not.toThrow();
  });

  it('accepts only the secret combinations Kibana accepts, and asks for secrets when authentication is on', () => {
    const none = decode(type.schema.secrets, {});
    expect(() => type.validate!.secrets!({ ...none, user: 'u', password: 'p' }, { egress: testEgress() })).not.toThrow();
    expect(() => type.validate!.secrets!({ ...none, user: 'u' }, { egress: testEgress() })).toThrow('must specify one of the following schemas');
    expect(() => type.validate!.secrets!({ ...none, user: 'u', password: 'p', pfx: 'x' }, { egress: testEgress() })).toThrow('must specify one of the following schemas');
    expect(type.validate!.connector!(config, none)).toBe('must specify a secrets configuration');
    expect(type.validate!.connector!({ ...config, hasAuth: false }, none)).toBeNull();
  });
});
