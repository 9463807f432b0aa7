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
    const config = { loginAttempts: { maxFailures: 3, windowMs: 60_000, initialDelayMs: 60_000, maxDelayMs: 600_000 } };
    const attacker = '10.6.6.6';
    const wrongBasic = (i: number) => ({ authorization: basicAuth('elastic', `wrong${i}`) });
    const right = () => ({ authorization: basicAuth('elastic', ELASTIC_PASSWORD) });
    const auditLines = (h: Awaited<ReturnType<typeof createSecurityHarness>>) => h.log.lines.filter((l) => l['log.logger'] === 'security.audit');

    async function failFrom(h: Awaited<ReturnType<typeof createSecurityHarness>>, address: string, times = 3) {
      for (let i = 0; i < times; i++) await expect(authenticate(h, wrongBasic(i), address)).rejects.toMatchObject({ statusCode: 401 });
    }

    it('refuses the attacking address with 429 and Retry-After, even with the right password, until the delay passes', async () => {
      const h = await createSecurityHarness(config);
      await failFrom(h, attacker);
      verify.mockClear();
      await expect(authenticate(h, right(), attacker)).rejects.toMatchObject({ statusCode: 429, headers: { 'retry-after': '60' } });
      expect(verify).not.toHaveBeenCalled();
      h.clock.advance(60_000);
      await expect(authenticate(h, right(), attacker)).resolves.toMatchObject({ username: 'elastic' });
    });

    it('never locks the same user out on another address', async () => {
      const h = await createSecurityHarness(config);
      await failFrom(h, attacker);
      await expect(authenticate(h, right(), '10.0.0.2')).resolves.toMatchObject({ username: 'elastic' });
      const login = await h.router.call('post', '/internal/security/login', {
        remoteAddress: '10.0.0.3',
        body: { providerType: 'basic', providerName: 'basic', currentURL: 'http://localhost:5601/login', params: { username: 'elastic', password: ELASTIC_PASSWORD } },
      });
      expect(login.status).toBe(200);
    });

    it('does not let a locked address learn from the cache that a guess was right', async () => {
      const h = await createSecurityHarness(config);
      await expect(authenticate(h, right(), '10.0.0.2')).resolves.toMatchObject({ username: 'elastic' });
      await failFrom(h, attacker);
      await expect(authenticate(h, right(), attacker)).rejects.toMatchObject({ statusCode: 429 });
    });

    it('resets the pair on success', async () => {
      const h = await createSecurityHarness(config);
      const wrong = () => authenticate(h, { authorization: basicAuth('elastic', `wrong-${Math.random()}`) });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(authenticate(h, right())).resolves.toMatchObject({ username: 'elastic' });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 401 });
      await expect(wrong()).rejects.toMatchObject({ statusCode: 429 });
    });

    it('audits the lockout with the user, the address and the outcome', async () => {
      const h = await createSecurityHarness(config);
      await failFrom(h, attacker);
      expect(auditLines(h)).toEqual([
        expect.objectContaining({
          event: { action: 'user_login_locked', category: ['authentication'], type: ['info'], outcome: 'failure' },
          user: { name: 'elastic' },
          source: { ip: attacker },
          kibana: { authentication_lockout: { scope: 'user_and_address', failures: 3, locked_until: '2025-01-01T00:01:00.000Z' } },
        }),
      ]);
    });

    it('counts a wrong API-key secret against the address: the real key keeps working from its own', async () => {
      const h = await createSecurityHarness(config);
      const elastic = await h.basic('elastic', ELASTIC_PASSWORD);
      const created = await h.router.call('post', '/internal/security/api_key', { user: elastic, body: { name: 'soar' } });
      const { id, encoded } = created.body as { id: string; encoded: string };
      const guess = { authorization: `ApiKey ${Buffer.from(`${id}:not-the-secret`).toString('base64')}` };
      const real = { authorization: `ApiKey ${encoded}` };
      for (let i = 0; i < 3; i++) await expect(authenticate(h, guess, attacker)).rejects.toMatchObject({ statusCode: 401 });
      await expect(authenticate(h, guess, attacker)).rejects.toMatchObject({ statusCode: 429 });
      await expect(authenticate(h, real, attacker)).rejects.toMatchObject({ statusCode: 429 });
      for (let i = 0; i < 5; i++) await expect(authenticate(h, real, '10.0.0.2')).resolves.toMatchObject({ api_key: { id } });
      expect(auditLines(h)).toEqual([
        expect.objectContaining({
          event: expect.objectContaining({ action: 'api_key_auth_locked', outcome: 'failure' }),
          source: { ip: attacker },
          kibana: { authentication_lockout: expect.objectContaining({ api_key_id: id, scope: 'user_and_address' }) },
        }),
      ]);
    });

    it('locks an address that sprays many users, and only that address', async () => {
      // One free failure per pair makes the address limit 4: few password checks, a quick test.
      const h = await createSecurityHarness({ loginAttempts: { ...config.loginAttempts, maxFailures: 1 } });
      for (let i = 0; i < 4; i++) {
        await expect(authenticate(h, { authorization: basicAuth(`user${i}`, 'guess') }, attacker)).rejects.toMatchObject({ statusCode: 401 });
      }
      await expect(authenticate(h, right(), attacker)).rejects.toMatchObject({ statusCode: 429 });
      await expect(authenticate(h, right(), '10.0.0.2')).resolves.toMatchObject({ username: 'elastic' });
      expect(auditLines(h).map((l) => (l.kibana as { authentication_lockout: { scope: string } }).authentication_lockout.scope)).toEqual([
        ...new Array(4).fill('user_and_address'),
        'address',
      ]);
    });

    describe('behind a proxy', () => {
      const proxy = '10.0.0.1';
      const viaProxy = (client: string, authorization: string) =>
        h2.start.authenticationHandler.authenticate(fakeRequest({ headers: { authorization, 'x-forwarded-for': client }, remoteAddress: proxy }));
      let h2: Awaited<ReturnType<typeof createSecurityHarness>>;

      it('ignores X-Forwarded-For unless the peer is a trusted proxy', async () => {
        h2 = await createSecurityHarness(config);
        for (let i = 0; i < 3; i++) await expect(viaProxy(`198.51.100.${i}`, basicAuth('elastic', `w${i}`))).rejects.toMatchObject({ statusCode: 401 });
        await expect(viaProxy('203.0.113.9', basicAuth('elastic', ELASTIC_PASSWORD))).rejects.toMatchObject({ statusCode: 429 });
      });

      it('counts failures against the client a trusted proxy names', async () => {
        h2 = await createSecurityHarness({ ...config, trustedProxies: [proxy] });
        for (let i = 0; i < 3; i++) await expect(viaProxy('198.51.100.1', basicAuth('elastic', `w${i}`))).rejects.toMatchObject({ statusCode: 401 });
        await expect(viaProxy('198.51.100.1', basicAuth('elastic', ELASTIC_PASSWORD))).rejects.toMatchObject({ statusCode: 429 });
        await expect(viaProxy('203.0.113.9', basicAuth('elastic', ELASTIC_PASSWORD))).resolves.toMatchObject({ username: 'elastic' });
        expect(h2.log.lines.find((l) => l['log.logger'] === 'security.audit')).toMatchObject({ source: { ip: '198.51.100.1' } });
      });
    });
  });
});
