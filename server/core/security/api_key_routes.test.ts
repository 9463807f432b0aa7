import { fakeRequest } from './__fixtures__/fake_request';
import { createSecurityHarness, ELASTIC_PASSWORD, type SecurityHarness } from './__fixtures__/security_harness';
import { API_KEY_TYPE } from './saved_object_types';
import type { AuthenticatedUser } from './types';

const DAY = 86_400_000;

async function setup() {
  const h = await createSecurityHarness();
  await h.createUser('alice', 'alice-pass', ['viewer']);
  return { h, elastic: await h.basic('elastic', ELASTIC_PASSWORD), alice: await h.basic('alice', 'alice-pass') };
}

const createKey = (h: SecurityHarness, user: AuthenticatedUser, body: Record<string, unknown>) =>
  h.router.call('post', '/internal/security/api_key', { user, body });

const withKey = (h: SecurityHarness, encoded: string) =>
  h.start.authenticationHandler.authenticate(fakeRequest({ headers: { authorization: `ApiKey ${encoded}` } }));

describe('API keys', () => {
  it('creates a key in Elasticsearch shape and authenticates with it', async () => {
    const { h, alice } = await setup();
    const res = await createKey(h, alice, { name: 'ci', metadata: { team: 'soc' }, role_descriptors: {} });
    expect(res.status).toBe(200);
    const body = res.body as { id: string; name: string; api_key: string; encoded: string };
    expect(body).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/), name: 'ci', api_key: expect.any(String), encoded: expect.any(String) });
    expect(Buffer.from(body.encoded, 'base64').toString()).toBe(`${body.id}:${body.api_key}`);
    expect(Buffer.from(body.api_key, 'base64url')).toHaveLength(32);
    expect(JSON.stringify(h.repository.objects.get(`${API_KEY_TYPE}:${body.id}`))).not.toContain(body.api_key);

    const user = await withKey(h, body.encoded);
    expect(user).toMatchObject({
      username: 'alice',
      authentication_type: 'api_key',
      api_key: { id: body.id, name: 'ci' },
      authentication_realm: { name: '_es_api_key', type: '_es_api_key' },
      lookup_realm: { name: 'native', type: 'native' },
    });
  });

  it('sets an expiration from Elasticsearch durations, and rejects the key once expired', async () => {
    const { h, alice } = await setup();
    const res = await createKey(h, alice, { name: 'short', expiration: '12h' });
    const body = res.body as { encoded: string; expiration: number };
    expect(body.expiration).toBe(h.clock.now + DAY / 2);
    await expect(withKey(h, body.encoded)).resolves.not.toBeNull();
    h.clock.advance(DAY / 2);
    await expect(withKey(h, body.encoded)).rejects.toMatchObject({ statusCode: 401 });
    expect((await createKey(h, alice, { name: 'x', expiration: '3 weeks' })).status).toBe(400);
  });

  it('rejects a wrong secret for an existing id', async () => {
    const { h, alice } = await setup();
    const { id } = (await createKey(h, alice, { name: 'k' })).body as { id: string };
    await expect(withKey(h, Buffer.from(`${id}:not-the-secret`).toString('base64'))).rejects.toMatchObject({ statusCode: 401 });
  });

  it('does not let an API key mint API keys', async () => {
    const { h, alice } = await setup();
    const { encoded } = (await createKey(h, alice, { name: 'k' })).body as { encoded: string };
    const viaKey = (await withKey(h, encoded))!;
    expect((await createKey(h, viaKey, { name: 'child' })).status).toBe(403);
  });

  it('lists own keys, and every key for the superuser', async () => {
    const { h, alice, elastic } = await setup();
    await createKey(h, alice, { name: 'a1', expiration: '30d' });
    await createKey(h, elastic, { name: 'e1' });
    const mine = await h.router.call('get', '/internal/security/api_key', { user: alice });
    expect(mine.body).toEqual({
      apiKeys: [
        {
          id: expect.any(String),
          name: 'a1',
          creation: h.clock.now,
          expiration: h.clock.now + 30 * DAY,
          invalidated: false,
          username: 'alice',
          realm: 'native',
          metadata: {},
        },
      ],
    });
    const all = await h.router.call('get', '/internal/security/api_key', { user: elastic, query: { isAdmin: 'true' } });
    expect((all.body as { apiKeys: Array<{ name: string }> }).apiKeys.map((k) => k.name).sort()).toEqual(['a1', 'e1']);
  });

  it('invalidates keys, reporting per-key errors for missing or foreign keys', async () => {
    const { h, alice, elastic } = await setup();
    const own = (await createKey(h, alice, { name: 'own' })).body as { id: string; encoded: string };
    const foreign = (await createKey(h, elastic, { name: 'foreign' })).body as { id: string };
    await expect(withKey(h, own.encoded)).resolves.not.toBeNull();

    const res = await h.router.call('post', '/internal/security/api_key/invalidate', {
      user: alice,
      body: { apiKeys: [{ id: own.id, name: 'own' }, { id: foreign.id, name: 'foreign' }, { id: 'missing', name: 'm' }], isAdmin: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      itemsInvalidated: [{ id: own.id, name: 'own' }],
      errors: [
        { id: foreign.id, name: 'foreign', error: expect.objectContaining({ statusCode: 404 }) },
        { id: 'missing', name: 'm', error: expect.objectContaining({ statusCode: 404 }) },
      ],
    });
    // The key was cached by the first use; invalidation must still take effect at once.
    await expect(withKey(h, own.encoded)).rejects.toMatchObject({ statusCode: 401 });
    const listed = await h.router.call('get', '/internal/security/api_key', { user: alice });
    expect((listed.body as { apiKeys: Array<{ invalidated: boolean }> }).apiKeys[0].invalidated).toBe(true);

    const admin = await h.router.call('post', '/internal/security/api_key/invalidate', {
      user: elastic,
      body: { apiKeys: [{ id: foreign.id, name: 'foreign' }], isAdmin: true },
    });
    expect(admin.body).toEqual({ itemsInvalidated: [{ id: foreign.id, name: 'foreign' }], errors: [] });
  });

  it('rejects keys of a deleted user', async () => {
    const { h, alice, elastic } = await setup();
    const { encoded } = (await createKey(h, alice, { name: 'k' })).body as { encoded: string };
    await h.router.call('delete', '/internal/security/users/{username}', { user: elastic, params: { username: 'alice' } });
    await expect(withKey(h, encoded)).rejects.toMatchObject({ statusCode: 401 });
  });
});
