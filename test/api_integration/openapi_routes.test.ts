/**
 * Our OpenAPI document (docs/openapi.yaml) against the server itself:
 * - it lists exactly the routes the server registers, no more and no fewer (the platform's own
 *   route table, read from a server started in this process);
 * - the server serves it at `GET /api/cases/_openapi`;
 * - every route the cases suites do not reach (the platform's, the deprecated ones) answers what
 *   the document says. `api.call` validates each answer against the document as it arrives.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { addComment, contract, createCase, expectStatus, RUN, startCasesServer, type CasesTestServer } from './cases/cases_api';
import { CONTRACT_PATH, type JsonObject } from './cases/openapi_validator';
import { startInProcessServer } from './fuzz/in_process_server';

jest.setTimeout(60_000);

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
const document = parse(readFileSync(CONTRACT_PATH, 'utf8')) as JsonObject;

/** `GET /api/cases/{}`: parameter names and wildcards do not matter, their places do. */
const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;

const documented = () =>
  Object.entries(document.paths as JsonObject).flatMap(([path, item]) =>
    Object.keys(item as JsonObject)
      .filter((method) => HTTP_METHODS.has(method))
      .map((method) => routeKey(method, path)),
  );

/** Every route the platform and the plugin registered, from the server's route table. */
async function registered(): Promise<string[]> {
  const inProcess = await startInProcessServer();
  try {
    return inProcess.root.routes.map((route) => routeKey(route.method, route.path));
  } finally {
    await inProcess.stop();
  }
}

let api: CasesTestServer;

beforeAll(async () => {
  api = await startCasesServer();
});

afterAll(async () => {
  await api?.server.stop();
});

describe('the document and the server', () => {
  it('lists every route the server registers, and only those', async () => {
    const routes = await registered();
    expect(routes.length).toBeGreaterThan(30);
    expect(new Set(routes).size).toBe(routes.length);
    expect([...routes].sort()).toEqual([...documented()].sort());
  });

  it('is served as JSON at GET /api/cases/_openapi, in every space', async () => {
    const res = await api.call('GET', '/api/cases/_openapi');
    expectStatus(res, 200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body).toEqual(document);
    expect((await api.call('GET', '/api/cases/_openapi', { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } })).status).toBe(401);
  });

  it('gives every operation a unique operationId, a summary and an error answer', () => {
    const operations = Object.values(document.paths as JsonObject).flatMap((item) =>
      Object.entries(item as JsonObject).filter(([method]) => HTTP_METHODS.has(method)),
    );
    const ids = operations.map(([, op]) => (op as JsonObject).operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, op] of operations) {
      expect(typeof (op as JsonObject).summary).toBe('string');
    }
    const apis = Object.entries(document.paths as JsonObject).filter(([path]) => /^\/(api|internal)\//.test(path));
    for (const [path, item] of apis) {
      for (const [method, op] of Object.entries(item as JsonObject)) {
        expect([`${method} ${path}`, Object.keys((op as JsonObject).responses as JsonObject)]).toEqual([`${method} ${path}`, expect.arrayContaining(['4XX'])]);
      }
    }
  });
});

describe('platform routes answer what the document says', () => {
  it('status', async () => {
    expectStatus(await api.call('GET', '/api/status'), 200);
    expectStatus(await api.call('GET', '/api/status', { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } }), 401);
  });

  it('spaces: create, list, get, update, active space, delete', async () => {
    const id = `oa-${RUN}`;
    expectStatus(await api.call('POST', '/api/spaces/space', { body: { id, name: 'OpenAPI', color: '#aabbcc' } }), 200);
    expectStatus(await api.call('GET', '/api/spaces/space?include_authorized_purposes=true'), 200);
    expectStatus(await api.call('GET', `/api/spaces/space/${id}`), 200);
    expectStatus(await api.call('PUT', `/api/spaces/space/${id}`, { body: { id, name: 'OpenAPI 2', disabledFeatures: [] } }), 200);
    const active = await api.call('GET', `/s/${id}/internal/spaces/_active_space`);
    expectStatus(active, 200);
    expect(active.body.id).toBe(id);
    expectStatus(await api.call('DELETE', `/api/spaces/space/${id}`), 204);
    expectStatus(await api.call('GET', `/api/spaces/space/${id}`), 404);
  });

  it('sessions: login, me, logout', async () => {
    const { password } = api.server;
    const login = await api.call('POST', '/internal/security/login', {
      body: { providerType: 'basic', providerName: 'basic', currentURL: '/login', params: { username: 'elastic', password } },
    });
    expectStatus(login, 200);
    expect(login.headers.get('set-cookie')).toBeTruthy();
    expectStatus(await api.call('GET', '/internal/security/me'), 200);
    expectStatus(await api.call('POST', '/internal/security/logout'), 200);
  });

  it('users: create, list, get, change password under both names, delete', async () => {
    const username = `oa_user_${RUN}`;
    const body = { password: 'first-password', roles: ['viewer'], full_name: 'Open Api', email: null };
    expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body }), 200);
    expectStatus(await api.call('GET', '/internal/security/users'), 200);
    expectStatus(await api.call('GET', `/internal/security/users/${username}`), 200);
    expectStatus(await api.call('POST', `/internal/security/users/${username}/_password`, { body: { newPassword: 'second-password' } }), 204);
    expectStatus(await api.call('POST', `/internal/security/users/${username}/password`, { body: { newPassword: 'third-password' } }), 204);
    expectStatus(await api.call('DELETE', `/internal/security/users/${username}`), 204);
    expectStatus(await api.call('GET', `/internal/security/users/${username}`), 404);
  });

  it('API keys: create, list, invalidate', async () => {
    const created = await api.call('POST', '/internal/security/api_key', { body: { name: 'openapi', expiration: '1d' } });
    expectStatus(created, 200);
    expectStatus(await api.call('GET', '/internal/security/api_key'), 200);
    const invalidated = await api.call('POST', '/internal/security/api_key/invalidate', {
      body: { apiKeys: [{ id: created.body.id, name: 'openapi' }, { id: 'missing', name: 'gone' }], isAdmin: true },
    });
    expectStatus(invalidated, 200);
    expect(invalidated.body.errors).toHaveLength(1);
  });

  it('user profiles by uid', async () => {
    const me = await api.call('GET', '/internal/security/me');
    const profiles = await api.call('POST', '/internal/security/user_profile/_bulk_get', { body: { uids: [me.body.profile_uid, 'u_nobody'] } });
    expectStatus(profiles, 200);
    expect(profiles.body).toHaveLength(1);
  });

  it('pages: a visitor is sent to the login page, a signed-in user from the login page to the app', async () => {
    const page = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${api.server.url}${path}`, { redirect: 'manual', headers });
      const text = await res.text();
      contract.expectResponseToMatch('GET', path, res.status, res.status === 302 ? text || undefined : text);
      return res;
    };
    for (const path of ['/', '/app', '/app/cases']) {
      const res = await page(path);
      expect([path, res.status]).toEqual([path, 302]);
    }
    expect((await page('/app/cases')).headers.get('location')).toMatch(/^\/login\?next=/);
    const signedIn = await page('/login?next=/app/cases', { authorization: `Basic ${Buffer.from(`elastic:${api.server.password}`).toString('base64')}` });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('location')).toBe('/app/cases');
  });
});

describe('cases routes the other suites leave out', () => {
  it('resolve, and the deprecated comment and activity lists', async () => {
    const created = await createCase(api);
    await addComment(api, created.id, 'checked the proxy logs');
    const resolved = await api.call('GET', `/api/cases/${created.id}/resolve`);
    expectStatus(resolved, 200);
    expect(resolved.body).toMatchObject({ outcome: 'exactMatch', case: { id: created.id } });
    expectStatus(await api.call('GET', `/api/cases/${created.id}/comments`), 200);
    expectStatus(await api.call('GET', `/api/cases/${created.id}/user_actions`), 200);
    expectStatus(await api.call('DELETE', `/api/cases/${created.id}/comments`), 204);
  });
});
