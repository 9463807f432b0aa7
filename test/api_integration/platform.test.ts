/**
 * The platform as a user meets it: a real server process, real HTTP. Covers the issue's
 * "done when": status with and without credentials, kbn-xsrf, spaces, sessions, API keys,
 * failed-login limits, error bodies, restart durability and graceful stop.
 */
import { authHeaders, startServerProcess, type ServerProcess } from '../helpers/server_process';

jest.setTimeout(60_000);

let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
});

afterAll(async () => {
  await server?.stop();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { ...authHeaders(server), ...(init.headers as Record<string, string>) } });

const expectKibanaError = async (res: Response, statusCode: number, message?: RegExp) => {
  expect(res.status).toBe(statusCode);
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['error', 'message', 'statusCode']);
  expect(body.statusCode).toBe(statusCode);
  if (message) expect(body.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(js|ts):\d+/);
};

describe('status and the HTTP edge', () => {
  it('answers /api/status with credentials, reporting the embedded store', async () => {
    const res = await api('/api/status');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status.overall.level).toBe('available');
    expect(body.status.core.savedObjects.meta.backend).toBe('sqlite');
  });

  it('answers 401 without credentials, and with wrong ones', async () => {
    await expectKibanaError(await fetch(`${server.url}/api/status`), 401);
    await expectKibanaError(
      await fetch(`${server.url}/api/status`, { headers: { authorization: `Basic ${Buffer.from('elastic:wrong').toString('base64')}` } }),
      401,
    );
  });

  it('refuses a mutating request without kbn-xsrf', async () => {
    const res = await fetch(`${server.url}/api/spaces/space`, {
      method: 'POST',
      headers: { authorization: authHeaders(server).authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'no-xsrf', name: 'No xsrf' }),
    });
    await expectKibanaError(res, 400, /kbn-xsrf/);
    expect((await api('/api/spaces/space/no-xsrf')).status).toBe(404);
  });

  it('answers unknown routes and malformed JSON with Kibana error bodies', async () => {
    await expectKibanaError(await api('/api/nothing-here'), 404);
    await expectKibanaError(await api('/api/spaces/space', { method: 'POST', body: '{"id": ' }), 400);
  });
});

describe('spaces', () => {
  it('creates a space, lists it, scopes URLs to it and refuses to delete the default one', async () => {
    const created = await api('/api/spaces/space', { method: 'POST', body: JSON.stringify({ id: 'soc-eu', name: 'SOC Europe' }) });
    expect(created.status).toBe(200);
    const list = (await (await api('/api/spaces/space')).json()) as Array<{ id: string }>;
    expect(list.map((s) => s.id)).toEqual(expect.arrayContaining(['default', 'soc-eu']));
    expect((await api('/s/soc-eu/api/status')).status).toBe(200);
    const active = await (await api('/s/soc-eu/internal/spaces/_active_space')).json();
    expect(active.id).toBe('soc-eu');
    await expectKibanaError(await api('/s/no-such-space/api/status'), 404);
    await expectKibanaError(await api('/api/spaces/space', { method: 'POST', body: JSON.stringify({ id: 'soc-eu', name: 'again' }) }), 409);
    await expectKibanaError(await api('/api/spaces/space/default', { method: 'DELETE' }), 400);
    await expectKibanaError(await api('/api/spaces/space', { method: 'POST', body: JSON.stringify({ id: 'Bad Id', name: 'x' }) }), 400);
    await expectKibanaError(await api('/api/spaces/space', { method: 'POST', body: JSON.stringify({ id: 'x', name: 'x', color2: 1 }) }), 400);
  });
});

describe('sessions, API keys and failed logins', () => {
  const login = (username: string, password: string) =>
    fetch(`${server.url}/internal/security/login`, {
      method: 'POST',
      headers: { 'kbn-xsrf': 'true', 'content-type': 'application/json' },
      body: JSON.stringify({
        providerType: 'basic',
        providerName: 'basic',
        currentURL: `${server.url}/login?next=%2Fs%2Fsoc-eu%2Fapp%2Fcases`,
        params: { username, password },
      }),
    });

  it('logs in with a session cookie, serves requests with it, and logs out', async () => {
    const res = await login('elastic', server.password);
    expect(res.status).toBe(200);
    expect((await res.json()).location).toBe('/s/soc-eu/app/cases');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0];
    const me = await fetch(`${server.url}/internal/security/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).username).toBe('elastic');
    const out = await fetch(`${server.url}/internal/security/logout`, { method: 'POST', headers: { cookie, 'kbn-xsrf': 'true' } });
    expect(out.status).toBe(200);
    expect((await fetch(`${server.url}/internal/security/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('authenticates with an API key until it is invalidated', async () => {
    const created = await (await api('/internal/security/api_key', { method: 'POST', body: JSON.stringify({ name: 'soar' }) })).json();
    const withKey = { authorization: `ApiKey ${created.encoded}` };
    expect((await fetch(`${server.url}/api/status`, { headers: withKey })).status).toBe(200);
    const invalidated = await api('/internal/security/api_key/invalidate', {
      method: 'POST',
      body: JSON.stringify({ apiKeys: [{ id: created.id, name: 'soar' }], isAdmin: true }),
    });
    expect(invalidated.status).toBe(200);
    expect((await fetch(`${server.url}/api/status`, { headers: withKey })).status).toBe(401);
  });

  it('refuses further attempts after repeated failed logins, even with the right password', async () => {
    const created = await api('/internal/security/users/analyst1', {
      method: 'POST',
      body: JSON.stringify({ password: 'analyst-pass', roles: ['superuser'] }),
    });
    expect(created.status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login('analyst1', 'wrong-pass')).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const locked = await login('analyst1', 'analyst-pass');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('process lifecycle', () => {
  it('keeps acknowledged writes through kill -9 and a restart on the same data folder', async () => {
    const first = await startServerProcess();
    const res = await fetch(`${first.url}/api/spaces/space`, {
      method: 'POST',
      headers: authHeaders(first),
      body: JSON.stringify({ id: 'durable', name: 'Durable' }),
    });
    expect(res.status).toBe(200);
    await first.kill('SIGKILL');
    const second = await startServerProcess({ dataDir: first.dataDir });
    try {
      const got = await fetch(`${second.url}/api/spaces/space/durable`, { headers: authHeaders(second) });
      expect(got.status).toBe(200);
      expect((await got.json()).name).toBe('Durable');
    } finally {
      await second.stop();
    }
  });

  it('stops gracefully on SIGTERM and SIGINT', async () => {
    const a = await startServerProcess();
    expect(await a.kill('SIGTERM')).toBe(0);
    const b = await startServerProcess();
    expect(await b.kill('SIGINT')).toBe(0);
  });

  it('refuses to start on an unknown setting, naming it', async () => {
    await expect(startServerProcess({ args: ['--server.prot=1'], timeoutMs: 10_000 })).rejects.toThrow(/server\.prot/);
  });
});
