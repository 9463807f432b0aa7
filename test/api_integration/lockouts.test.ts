/**
 * Issue 10, defect 6, over real HTTP: lockouts are keyed by (user or API key, client address),
 * so an attacker's failures never lock out the real user or integration on another address.
 *
 * Every client here is on this machine; Linux routes all of 127.0.0.0/8 to the loopback, so
 * binding a client socket to 127.0.0.2 or 127.0.0.3 makes it a different address to the server.
 * The passage of a delay is covered with an injected clock in server/core/security; here the
 * delay (30 s by default) is far longer than the test needs, so no assertion depends on timing.
 */
import { request } from 'node:http';
import { authHeaders, startServerProcess, type ServerProcess } from '../helpers/server_process';

jest.setTimeout(120_000);

const ATTACKER = '127.0.0.2';
const LEGIT = '127.0.0.3';
const SPRAYER = '127.0.0.4';

let server: ServerProcess;

beforeAll(async () => {
  // Info level so the audit lines (security.audit logs at info) reach the process output.
  server = await startServerProcess({ args: ['--log-level', 'info'] });
});

afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request from `localAddress`, on its own connection so no socket is shared between addresses. */
function send(localAddress: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        localAddress,
        method,
        path,
        agent: false,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const login = (from: string, username: string, password: string) =>
  send(from, 'POST', '/internal/security/login', { 'kbn-xsrf': 'true' }, {
    providerType: 'basic',
    providerName: 'basic',
    currentURL: `${server.url}/login`,
    params: { username, password },
  });

const status = (from: string, authorization: string) => send(from, 'GET', '/api/status', { authorization });
const basic = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function createUser(username: string, password: string): Promise<void> {
  const res = await fetch(`${server.url}/internal/security/users/${username}`, {
    method: 'POST',
    headers: authHeaders(server),
    body: JSON.stringify({ password, roles: ['superuser'] }),
  });
  expect(res.status).toBe(200);
}

const expectLocked = (res: Answer) => {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'message', 'statusCode']);
  expect(body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
};

const auditLines = () =>
  server
    .output()
    .split('\n')
    .filter((line) => line.includes('"security.audit"') && line.includes('_locked'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('lockouts an attacker cannot aim', () => {
  it('locks the attacking address out of one user while the user logs in from another', async () => {
    await createUser('incident_admin', 'admin-pass-1');
    const attempts: number[] = [];
    for (let i = 0; i < 5; i++) attempts.push((await login(ATTACKER, 'incident_admin', `guess-${i}`)).status);
    expect(attempts).toEqual([401, 401, 401, 401, 401]);
    expectLocked(await login(ATTACKER, 'incident_admin', 'guess-5'));
    // The right password from the locked pair is refused too: otherwise the delay would not slow guessing.
    expectLocked(await login(ATTACKER, 'incident_admin', 'admin-pass-1'));
    expectLocked(await status(ATTACKER, basic('incident_admin', 'admin-pass-1')));

    const legit = await login(LEGIT, 'incident_admin', 'admin-pass-1');
    expect(legit.status).toBe(200);
    expect(legit.headers['set-cookie']).toBeDefined();
    expect((await status(LEGIT, basic('incident_admin', 'admin-pass-1'))).status).toBe(200);
    // Another user from the attacker's address is not locked either: only the pair is.
    expect((await status(ATTACKER, authHeaders(server).authorization)).status).toBe(200);

    expect(auditLines()).toContainEqual(
      expect.objectContaining({
        event: expect.objectContaining({ action: 'user_login_locked', outcome: 'failure' }),
        user: { name: 'incident_admin' },
        source: { ip: ATTACKER },
      }),
    );
  });

  it('counts wrong API-key secrets against the address: the real key keeps working from its own', async () => {
    const res = await fetch(`${server.url}/internal/security/api_key`, {
      method: 'POST',
      headers: authHeaders(server),
      body: JSON.stringify({ name: 'soar-integration' }),
    });
    const { id, encoded } = (await res.json()) as { id: string; encoded: string };
    const guess = `ApiKey ${Buffer.from(`${id}:not-the-secret`).toString('base64')}`;
    const real = `ApiKey ${encoded}`;

    for (let i = 0; i < 5; i++) expect((await status(ATTACKER, guess)).status).toBe(401);
    expectLocked(await status(ATTACKER, guess));
    expectLocked(await status(ATTACKER, real));
    for (let i = 0; i < 3; i++) expect((await status(LEGIT, real)).status).toBe(200);

    expect(auditLines()).toContainEqual(
      expect.objectContaining({
        event: expect.objectContaining({ action: 'api_key_auth_locked', outcome: 'failure' }),
        source: { ip: ATTACKER },
      }),
    );
  });

  it('locks an address that sprays many usernames, and no other address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await login(SPRAYER, `sprayed_${i}`, 'Winter2025!')).status);
    expect(statuses).toEqual(new Array(20).fill(401));
    expectLocked(await login(SPRAYER, 'incident_admin', 'admin-pass-1'));
    expect((await login(LEGIT, 'incident_admin', 'admin-pass-1')).status).toBe(200);
    expect(auditLines()).toContainEqual(
      expect.objectContaining({ source: { ip: SPRAYER }, kibana: { authentication_lockout: expect.objectContaining({ scope: 'address' }) } }),
    );
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    // The attacker's pair for incident_admin is locked; a forged header must not make it someone else.
    const res = await send(ATTACKER, 'POST', '/internal/security/login', { 'kbn-xsrf': 'true', 'x-forwarded-for': '203.0.113.50' }, {
      providerType: 'basic',
      providerName: 'basic',
      currentURL: `${server.url}/login`,
      params: { username: 'incident_admin', password: 'admin-pass-1' },
    });
    expectLocked(res);
  });
});

describe('behind a trusted proxy', () => {
  let proxied: ServerProcess;

  beforeAll(async () => {
    proxied = await startServerProcess({ env: { SERVER_TRUSTEDPROXIES: '127.0.0.5' } });
  });

  afterAll(async () => {
    await proxied?.stop();
  });

  const viaProxy = (client: string, password: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: proxied.port,
          localAddress: '127.0.0.5',
          path: '/api/status',
          agent: false,
          headers: { authorization: basic('elastic', password), 'x-forwarded-for': client },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('counts failures against the client the proxy names, not against the proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await viaProxy('198.51.100.1', `guess-${i}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await viaProxy('198.51.100.1', proxied.password)).toBe(429);
    expect(await viaProxy('198.51.100.2', proxied.password)).toBe(200);
  });
});
