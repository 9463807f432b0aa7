import { basicAuth, fakeRequest } from './__fixtures__/fake_request';
import { createSecurityHarness, ELASTIC_PASSWORD, type SecurityHarness } from './__fixtures__/security_harness';
import type { AuthenticatedUser } from './types';

const USER = '/internal/security/users/{username}';
const PASSWORD = '/internal/security/users/{username}/_password';

async function setup() {
  const h = await createSecurityHarness();
  await h.createUser('alice', 'alice-pass', ['viewer']);
  return { h, elastic: await h.basic('elastic', ELASTIC_PASSWORD), alice: await h.basic('alice', 'alice-pass') };
}

const upsert = (h: SecurityHarness, user: AuthenticatedUser, username: string, body: Record<string, unknown>) =>
  h.router.call('post', USER, { user, params: { username }, body });

async function loginCookie(h: SecurityHarness, username: string, password: string) {
  const res = await h.router.call('post', '/internal/security/login', {
    body: { providerType: 'basic', providerName: 'basic', currentURL: '/login', params: { username, password } },
  });
  return String(res.headers['set-cookie']).split(';')[0];
}

describe('users API', () => {
  it('creates, reads, lists, updates and deletes users in Elasticsearch shape', async () => {
    const { h, elastic } = await setup();
    const created = await upsert(h, elastic, 'bob@example.com', { password: 'bob-pass', roles: ['viewer'], full_name: 'Bob', email: 'bob@example.com' });
    expect(created).toMatchObject({ status: 200, body: { username: 'bob@example.com', roles: ['viewer'], full_name: 'Bob', enabled: true, metadata: {} } });
    expect(created.body).not.toHaveProperty('password_hash');

    const got = await h.router.call('get', USER, { user: elastic, params: { username: 'bob@example.com' } });
    expect(got.body).toEqual({ username: 'bob@example.com', roles: ['viewer'], full_name: 'Bob', email: 'bob@example.com', metadata: {}, enabled: true });

    const list = await h.router.call('get', '/internal/security/users', { user: elastic });
    expect((list.body as Array<{ username: string }>).map((u) => u.username)).toEqual(['alice', 'bob@example.com', 'elastic']);

    const updated = await upsert(h, elastic, 'bob@example.com', { roles: ['editor'], full_name: null });
    expect(updated.body).toMatchObject({ roles: ['editor'], full_name: null, email: 'bob@example.com' });
    await expect(h.basic('bob@example.com', 'bob-pass')).resolves.toMatchObject({ roles: ['editor'] });

    const deleted = await h.router.call('delete', USER, { user: elastic, params: { username: 'bob@example.com' } });
    expect(deleted.status).toBe(204);
    expect((await h.router.call('get', USER, { user: elastic, params: { username: 'bob@example.com' } })).status).toBe(404);
    expect((await h.router.call('delete', USER, { user: elastic, params: { username: 'bob@example.com' } })).status).toBe(404);
  });

  it('keeps the profile uid stable across updates', async () => {
    const { h, elastic } = await setup();
    const before = (await h.basic('alice', 'alice-pass')).profile_uid;
    await upsert(h, elastic, 'alice', { roles: ['editor'], password: 'new-alice-pass' });
    expect((await h.basic('alice', 'new-alice-pass')).profile_uid).toBe(before);
  });

  it('forbids every users route to non-superusers', async () => {
    const { h, alice } = await setup();
    const calls = [
      h.router.call('get', '/internal/security/users', { user: alice }),
      h.router.call('get', USER, { user: alice, params: { username: 'alice' } }),
      upsert(h, alice, 'alice', { roles: ['superuser'] }),
      h.router.call('delete', USER, { user: alice, params: { username: 'elastic' } }),
    ];
    for (const res of await Promise.all(calls)) expect(res).toMatchObject({ status: 403, body: { error: 'Forbidden' } });
  });

  it('protects the elastic user: not deletable, only its password may change', async () => {
    const { h, elastic } = await setup();
    const del = await h.router.call('delete', USER, { user: elastic, params: { username: 'elastic' } });
    expect(del).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request' } });
    expect((await upsert(h, elastic, 'elastic', { roles: [] })).status).toBe(400);
  });

  it('validates usernames, passwords and bodies', async () => {
    const { h, elastic } = await setup();
    expect((await upsert(h, elastic, 'no spaces', { password: 'longenough', roles: [] })).status).toBe(400);
    expect((await upsert(h, elastic, 'x'.repeat(508), { password: 'longenough', roles: [] })).status).toBe(400);
    expect((await upsert(h, elastic, 'carl', { password: '12345', roles: [] })).status).toBe(400);
    expect((await upsert(h, elastic, 'carl', { roles: [] })).status).toBe(400);
    expect((await upsert(h, elastic, 'carl', { password: 'longenough', roles: [], admin: true })).status).toBe(400);
    expect((await upsert(h, elastic, 'carl', { username: 'other', password: 'longenough', roles: [] })).status).toBe(400);
  });

  it('refuses roles nobody defined, naming each once, and changes nothing', async () => {
    const { h, elastic } = await setup();
    await h.router.call('put', '/api/security/role/{name}', { user: elastic, params: { name: 'soc_lead' }, query: {}, body: { kibana: [{ base: ['read'] }] } });
    const refused = await upsert(h, elastic, 'carl', { password: 'carl-pass', roles: ['viewer', 'ghost', 'soc_lead', 'phantom', 'ghost'] });
    expect(refused).toMatchObject({ status: 400, body: { message: 'Unknown role(s): [ghost, phantom]' } });
    expect((await h.router.call('get', USER, { user: elastic, params: { username: 'carl' } })).status).toBe(404);
    expect((await upsert(h, elastic, 'alice', { roles: ['editor', 'nope'] })).status).toBe(400);
    expect((await h.router.call('get', USER, { user: elastic, params: { username: 'alice' } })).body).toMatchObject({ roles: ['viewer'] });
    expect((await upsert(h, elastic, 'carl', { password: 'carl-pass', roles: ['viewer', 'soc_lead'] })).status).toBe(200);
  });

  it('audits user creation, update and deletion', async () => {
    const { h, elastic } = await setup();
    const log = jest.spyOn(h.start.audit, 'log');
    await upsert(h, elastic, 'dora', { password: 'dora-pass', roles: ['viewer'] });
    await upsert(h, elastic, 'dora', { roles: ['editor'] });
    await h.router.call('delete', USER, { user: elastic, params: { username: 'dora' } });
    await h.router.call('delete', USER, { user: elastic, params: { username: 'dora' } });
    const events = log.mock.calls.map(([event]) => event).filter((event) => event.event.category?.includes('iam'));
    expect(events.map((event) => [event.event.action, event.event.type, event.event.outcome])).toEqual([
      ['user_create', ['creation'], 'success'],
      ['user_update', ['change'], 'success'],
      ['user_delete', ['deletion'], 'success'],
    ]);
    expect(events[0]).toMatchObject({ user: { name: 'elastic', roles: ['superuser'] }, kibana: { space_id: 'default', saved_object: { type: 'user', id: 'dora' } } });
  });

  it('ends sessions and cached credentials when a user is disabled', async () => {
    const { h, elastic } = await setup();
    const cookie = await loginCookie(h, 'alice', 'alice-pass');
    await upsert(h, elastic, 'alice', { roles: ['viewer'], enabled: false });
    const auth = h.start.authenticationHandler;
    await expect(auth.authenticate(fakeRequest({ headers: { cookie } }))).resolves.toBeNull();
    await expect(auth.authenticate(fakeRequest({ headers: { authorization: basicAuth('alice', 'alice-pass') } }))).rejects.toMatchObject({ statusCode: 401 });
  });
});

describe('change password', () => {
  it('lets users change their own password with the current one, and re-issues their session', async () => {
    const { h } = await setup();
    const cookie = await loginCookie(h, 'alice', 'alice-pass');
    const viaSession = (await h.start.authenticationHandler.authenticate(fakeRequest({ headers: { cookie } })))!;
    const res = await h.router.call('post', PASSWORD, {
      user: viaSession,
      headers: { cookie },
      params: { username: 'alice' },
      body: { password: 'alice-pass', newPassword: 'alice-new' },
    });
    expect(res.status).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/^sid=[A-Za-z0-9_-]{43};/);
    await expect(h.start.authenticationHandler.authenticate(fakeRequest({ headers: { cookie } }))).resolves.toBeNull();
    await expect(h.basic('alice', 'alice-new')).resolves.toMatchObject({ username: 'alice' });
    await expect(h.basic('alice', 'alice-pass')).rejects.toMatchObject({ statusCode: 401 });
  });

  it('refuses a wrong or missing current password with 403', async () => {
    const { h, alice } = await setup();
    for (const body of [{ password: 'wrong-one', newPassword: 'alice-new' }, { newPassword: 'alice-new' }]) {
      const res = await h.router.call('post', PASSWORD, { user: alice, params: { username: 'alice' }, body });
      expect(res.status).toBe(403);
    }
  });

  it('lets the superuser reset anyone, and nobody else reset others', async () => {
    const { h, elastic, alice } = await setup();
    await h.basic('alice', 'alice-pass'); // cached: the reset must still take effect at once
    const reset = await h.router.call('post', PASSWORD, { user: elastic, params: { username: 'alice' }, body: { newPassword: 'reset-pass' } });
    expect(reset.status).toBe(204);
    expect(reset.headers['set-cookie']).toBeUndefined();
    await expect(h.basic('alice', 'alice-pass')).rejects.toMatchObject({ statusCode: 401 });
    const other = await h.router.call('post', PASSWORD, { user: alice, params: { username: 'elastic' }, body: { newPassword: 'hijacked!' } });
    expect(other.status).toBe(403);
  });

  it('is also served at Kibana UI path', async () => {
    const { h, elastic } = await setup();
    const res = await h.router.call('post', '/internal/security/users/{username}/password', { user: elastic, params: { username: 'alice' }, body: { newPassword: 'via-kibana' } });
    expect(res.status).toBe(204);
  });
});
