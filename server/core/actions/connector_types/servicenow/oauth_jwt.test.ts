import { generateKeyPairSync } from 'node:crypto';
import { fetchHttp } from '../../../../../test/simulators/fetch_http';
import { startServiceNowSimulator, serviceNowConnectorFixture, type ServiceNowSimulator } from '../../../../../test/simulators/servicenow';
import { serviceNowItsmConnectorType as itsm } from './servicenow_itsm_type';
import { errorOf, runConnector } from './test_helpers';

let sim: ServiceNowSimulator;
beforeAll(async () => {
  sim = await startServiceNowSimulator({ oauth: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const incident = { short_description: 'Phishing', description: 'Reported by a user.', externalId: null };
const fixture = () => serviceNowConnectorFixture(sim, '.servicenow', { useOAuth: true });
const push = (secrets: Record<string, unknown> = fixture().secrets, http = fetchHttp()) =>
  runConnector(itsm, { config: fixture().config, secrets, params: { subAction: 'pushToService', subActionParams: { incident, comments: [{ commentId: 'c', comment: 'note' }] } } }, http) as Promise<{
    id: string;
  }>;
const tokenRequests = () => sim.requests.filter((r) => r.url === '/oauth_token.do');

describe('.servicenow with OAuth (JWT bearer)', () => {
  it('exchanges a signed assertion once per execution and sends the bearer token', async () => {
    const res = await push();
    expect(sim.records.get(res.id)?.short_description).toBe('Phishing');
    expect(tokenRequests()).toHaveLength(1);
    const form = new URLSearchParams(tokenRequests()[0].body as string);
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('client_id')).toBe(sim.oauth?.clientId);
    const [header, claims] = (form.get('assertion') as string).split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')));
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: sim.oauth?.jwtKeyId });
    expect(claims).toMatchObject({ iss: sim.oauth?.clientId, aud: sim.oauth?.clientId, sub: sim.oauth?.userIdentifierValue });
    expect(claims.exp - claims.iat).toBe(3600);
    const api = sim.requests.filter((r) => r.url !== '/oauth_token.do');
    expect(api.length).toBeGreaterThan(3);
    expect(api.every((r) => typeof r.headers.authorization === 'string' && r.headers.authorization.startsWith('Bearer '))).toBe(true);
    // OAuth connectors have no username: Kibana sends null as the caller.
    expect(sim.requests.find((r) => r.url.startsWith('/api/now/import/'))?.body).toMatchObject({ u_caller_id: null, u_opened_by: null });
  });

  it('signs with an encrypted private key and its password', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'key-password' },
    });
    const other = await startServiceNowSimulator({ oauth: { ...(sim.oauth as NonNullable<ServiceNowSimulator['oauth']>), publicKey, privateKey } });
    try {
      const { config, secrets } = serviceNowConnectorFixture(other, '.servicenow', { useOAuth: true });
      const res = (await runConnector(itsm, { config, secrets: { ...secrets, privateKeyPassword: 'key-password' }, params: { subAction: 'pushToService', subActionParams: { incident } } })) as { id: string };
      expect(other.records.has(res.id)).toBe(true);
      const wrong = await errorOf(runConnector(itsm, { config, secrets: { ...secrets, privateKeyPassword: 'wrong' }, params: { subAction: 'getFields', subActionParams: {} } }));
      expect(wrong).toMatch(/^\[Action\]\[ServiceNow\]: Unable to get fields\. Error: Unable to generate JWT token\. Error: .+ \[status=none\] \[method=get\] \[endpoint=table\]$/);
      expect(wrong).not.toContain('key-password');
    } finally {
      await other.close();
    }
  });

  it('reports a refused client without its secret', async () => {
    const { secrets } = fixture();
    const message = await errorOf(push({ ...secrets, clientSecret: 'wrong-client-secret' }));
    expect(message).toContain('Unable to get application version. Error: Request failed with status code 401 Reason: access_denied: Client authentication failed [status=401] [method=get] [endpoint=health]');
    expect(message).not.toContain('wrong-client-secret');
    expect(message).not.toContain(sim.oauth?.clientSecret);
    expect(sim.records.size).toBe(0);
  });

  it('reports an assertion signed with another key', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const message = await errorOf(push({ ...fixture().secrets, privateKey }));
    expect(message).toContain('Reason: invalid_grant: JWT signature is invalid [status=400]');
    expect(message).not.toContain('PRIVATE KEY');
  });

  it('refuses a token the instance did not issue', async () => {
    const http = fetchHttp();
    await expect(http.request({ method: 'GET', url: `${sim.url}/api/now/table/sys_choice`, headers: { authorization: 'Bearer forged' } })).rejects.toMatchObject({ status: 401 });
  });
});
