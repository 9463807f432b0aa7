import { basicAuth, fakeRequest } from './__fixtures__/fake_request';
import { createSecurityHarness, ELASTIC_PASSWORD } from './__fixtures__/security_harness';
import { verifyPassword } from './password_hash';

jest.mock('./password_hash', () => {
  const actual = jest.requireActual('./password_hash');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});
const verify = jest.mocked(verifyPassword);

const authenticate = (h: Awaited<ReturnType<typeof createSecurityHarness>>, headers: Record<string, string | string[]>, remoteAddress = '10.0.0.1') =>
  h.start.authenticationHandler.authenticate(fakeRequest({ headers, remoteAddress }));

describe('authentication handler', () => {
  it('returns null when no credentials are given', async () => {
    const h = await createSecurityHarness();
    await expect(authenticate(h, {})).resolves.toBeNull();
  });

  it('authenticates Basic credentials as Kibana reports header users', async () => {
    const h = await createSecurityHarness();
    const user = await authenticate(h, { authorization: basicAuth('elastic', ELASTIC_PASSWORD) });
    expect(user).toMatchObject({
      username: 'elastic',
      roles: ['superuser'],
      enabled: true,
      authentication_provider: { type: 'http', name: '__http__' },
      authentication_type: 'realm',
      authentication_realm: { name: 'reserved', type: 'reserved' },
    });
    expect(user?.profile_uid).toMatch(/^u_[0-9a-f]{32}_0$/);
    expect(user).not.toHaveProperty('password_hash');
  });

  it('serves repeated Basic credentials from the cache without checking the password again', async () => {
    const h = await createSecurityHarness();
    verify.mockClear();
    const header = { authorization: basicAuth('elastic', ELASTIC_PASSWORD) };
    await authenticate(h, header);
    const gets = h.repository.calls.get;
    for (let i = 0; i < 50; i++) await authenticate(h, header);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(h.repository.calls.get).toBe(gets);
    h.clock.advance(5 * 60 * 1000);
    await authenticate(h, header);
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a wrong password', basicAuth('elastic', 'wrong-password')],
    ['an unknown user', basicAuth('nobody', 'whatever')],
    ['an unknown scheme', 'Bearer abc.def'],
    ['an unparseable header', 'Basic %%%'],
  ])('answers 401 for %s', async (_what, authorization) => {
    const h = await createSecurityHarness();
    await expect(authenticate(h, { authorization })).rejects.toMatchObject({ statusCode: 401 });
  });

  it('answers 401 for repeated Authorization headers', async () => {
    const h = await createSecurityHarness();
    const header = basicAuth('elastic', ELASTIC_PASSWORD);
    await expect(authenticate(h, { authorization: [header, header] })).rejects.toMatchObject({ statusCode: 401 });
  });

  it('rejects disabled users', async () => {
    const h = await createSecurityHarness();
    await h.createUser('carol', 'carol-pass');
    const elastic = await h.basic('elastic', ELASTIC_PASSWORD);
    await h.router.call('post', '/internal/security/users/{username}', { user: elastic, params: { username: 'carol' }, body: { roles: [], enabled: false } });
    await expect(authenticate(h, { authorization: basicAuth('carol', 'carol-pass') })).rejects.toMatchObject({ statusCode: 401 });
  });

  describe('failed attempts', () => {
    const config = { loginAttempts: { maxFailures: 3, windowMs: 60_000 } };

    it('answers 429 with Retry-After past the limit, without checking the password', async () => {
      const h = await createSecurityHarness(config);
      for (let i = 0; i < 3; i++) {
        await expect(authenticate(h, { authorization: basicAuth('elastic', `wrong${i}`) })).rejects.toMatchObject({ statusCode: 401 });
      }
      verify.mockClear();
      const locked = authenticate(h, { authorization: basicAuth('elastic', ELASTIC_PASSWORD) }, '10.0.0.2');
      await expect(locked).rejects.toMatchObject({ statusCode: 429, headers: { 'retry-after': '60' } });
      expect(verify).not.toHaveBeenCalled();
  
      h.clock.advance(60_000);
      await expect(authenticate(h, { authorization: basicAuth('elastic', ELASTIC_PASSWORD) })).resolves.toMatchObject({ username: 'elastic' });
    });

    it('resets the count on success', async () => {
      const h = await createSecurityHarness(config);
      const wrong = () => authenticate(h, { authorization: basicAuth('elastic', `wrong-${Math.random()}`) });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await h.basic('elastic', ELASTIC_PASSWORD);
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 429 });
    });

    it('counts bad API keys too', async () => {
      const h = await createSecurityHarness(config);
      const bad = { authorization: `ApiKey ${Buffer.from('someid:nope').toString('base64')}` };
      for (let i = 0; i < 3; i++) await expect(authenticate(h, bad)).rejects.toMatchObject({ statusCode: 401 });
      await expect(authenticate(h, bad)).rejects.toMatchObject({ statusCode: 429 });
    });
  });
});
