import { fakeRequest } from './__fixtures__/fake_request';
import { createSecurityHarness, ELASTIC_PASSWORD, type SecurityHarness } from './__fixtures__/security_harness';
import { SESSION_TYPE } from './saved_object_types';

const HOUR = 3_600_000;
const loginBody = (password = ELASTIC_PASSWORD, currentURL = 'http://localhost:5601/login?next=%2Fapp%2Fnotes%2Fabc') => ({
  providerType: 'basic',
  providerName: 'basic',
  currentURL,
  params: { username: 'elastic', password },
});

async function login(h: SecurityHarness, body = loginBody(), headers: Record<string, string> = {}) {
  const res = await h.router.call('post', '/internal/security/login', { body, headers, remoteAddress: '10.1.1.1' });
  const setCookie = String(res.headers['set-cookie'] ?? '');
  return { res, setCookie, cookie: setCookie.split(';')[0] };
}

const byCookie = (h: SecurityHarness, cookie: string) =>
  h.start.authenticationHandler.authenticate(fakeRequest({ headers: { cookie } }));

describe('login, sessions and logout', () => {
  it('logs in with Kibana body, answers the next location and sets the session cookie', async () => {
    const h = await createSecurityHarness();
    const { res, setCookie, cookie } = await login(h);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ location: '/app/notes/abc' });
    expect(setCookie).toMatch(/^sid=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=2592000$/);
    const user = await byCookie(h, cookie);
    expect(user).toMatchObject({ username: 'elastic', authentication_provider: { type: 'basic', name: 'basic' } });
  });

  it('stores only a digest of the session id', async () => {
    const h = await createSecurityHarness();
    const { cookie } = await login(h);
    const sessionId = cookie.split('=')[1];
    const stored = [...h.repository.objects.values()].filter((o) => o.type === SESSION_TYPE);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored[0])).not.toContain(sessionId);
  });

  it('marks the cookie Secure when configured', async () => {
    const h = await createSecurityHarness({ session: { idleTimeoutMs: 8 * HOUR, lifespanMs: HOUR, cookieName: 'kbn', secureCookies: true } });
    const { setCookie } = await login(h);
    expect(setCookie).toMatch(/^kbn=.*; Max-Age=3600; Secure$/);
  });

  it('never redirects off-site after login: the configured default route instead', async () => {
    const h = await createSecurityHarness({ defaultRoute: '/app/notes' });
    const { res } = await login(h, loginBody(ELASTIC_PASSWORD, 'http://localhost:5601/login?next=%2F%2Fevil.com'));
    expect(res.body).toEqual({ location: '/app/notes' });
  });

  it('answers 401 with Kibana error body for bad credentials and other providers', async () => {
    const h = await createSecurityHarness();
    const { res } = await login(h, loginBody('nope-nope'));
    expect(res).toMatchObject({ status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' } });
    expect(res.headers['set-cookie']).toBeUndefined();
    const saml = await login(h, { ...loginBody(), providerType: 'saml', providerName: 'saml1' });
    expect(saml.res.status).toBe(401);
  });

  it('answers 429 once the login attempts are used up', async () => {
    const h = await createSecurityHarness({ loginAttempts: { maxFailures: 2, windowMs: 60_000, initialDelayMs: 60_000, maxDelayMs: 600_000 } });
    await login(h, loginBody('wrong-1'));
    await login(h, loginBody('wrong-2'));
    const { res } = await login(h);
    expect(res).toMatchObject({ status: 429, body: { statusCode: 429, error: 'Too Many Requests' } });
    expect(res.headers['retry-after']).toBe('60');
  });

  it('rejects unknown keys in the login body with 400', async () => {
    const h = await createSecurityHarness();
    const { res } = await login(h, { ...loginBody(), extra: 1 } as ReturnType<typeof loginBody>);
    expect(res.status).toBe(400);
  });

  it('declares login as unauthenticated and logout as optional', async () => {
    const h = await createSecurityHarness();
    expect(h.router.route('post', '/internal/security/login').config.options).toMatchObject({ authRequired: false });
    expect(h.router.route('post', '/internal/security/logout').config.options).toMatchObject({ authRequired: 'optional' });
  });

  it('ends a session after the idle timeout, and extends it on use at most once a minute', async () => {
    const h = await createSecurityHarness();
    const { cookie } = await login(h);
    const updates = h.repository.calls.update ?? 0;
    h.clock.advance(30_000);
    await byCookie(h, cookie);
    expect(h.repository.calls.update ?? 0).toBe(updates);
    h.clock.advance(7 * HOUR);
    await expect(byCookie(h, cookie)).resolves.toMatchObject({ username: 'elastic' });
    expect(h.repository.calls.update).toBe(updates + 1);
    h.clock.advance(8 * HOUR - 1);
    await expect(byCookie(h, cookie)).resolves.toMatchObject({ username: 'elastic' });
    h.clock.advance(8 * HOUR);
    await expect(byCookie(h, cookie)).resolves.toBeNull();
    expect([...h.repository.objects.values()].some((o) => o.type === SESSION_TYPE)).toBe(false);
  });

  it('ends a session at its lifespan however active it is', async () => {
    const h = await createSecurityHarness({ session: { idleTimeoutMs: 8 * HOUR, lifespanMs: 24 * HOUR, cookieName: 'sid', secureCookies: false } });
    const { cookie } = await login(h);
    for (let i = 0; i < 5; i++) {
      h.clock.advance(4 * HOUR);
      await expect(byCookie(h, cookie)).resolves.not.toBeNull();
    }
    h.clock.advance(4 * HOUR);
    await expect(byCookie(h, cookie)).resolves.toBeNull();
  });

  it('sweeps expired sessions at login and replaces the session the browser already had', async () => {
    const h = await createSecurityHarness();
    const first = await login(h);
    await login(h);
    h.clock.advance(9 * HOUR);
    const third = await login(h, loginBody(), { cookie: first.cookie });
    const sessions = [...h.repository.objects.values()].filter((o) => o.type === SESSION_TYPE);
    expect(sessions).toHaveLength(1);
    await expect(byCookie(h, third.cookie)).resolves.not.toBeNull();
  });

  it('logs out: deletes the session, clears the cookie and points at the login page', async () => {
    const h = await createSecurityHarness();
    const { cookie } = await login(h);
    const res = await h.router.call('post', '/internal/security/logout', { headers: { cookie } });
    expect(res).toMatchObject({ status: 200, body: { location: '/login?msg=LOGGED_OUT' } });
    expect(res.headers['set-cookie']).toBe('sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
    await expect(byCookie(h, cookie)).resolves.toBeNull();
  });

  it('answers /me with the authenticated user', async () => {
    const h = await createSecurityHarness();
    const elastic = await h.basic('elastic', ELASTIC_PASSWORD);
    const res = await h.router.call('get', '/internal/security/me', { user: elastic });
    expect(res).toMatchObject({ status: 200, body: { username: 'elastic', roles: ['superuser'], authentication_type: 'realm' } });
    expect((await h.router.call('get', '/internal/security/me')).status).toBe(401);
  });

  it('returns null for an unknown or malformed session cookie', async () => {
    const h = await createSecurityHarness();
    await expect(byCookie(h, `sid=${'x'.repeat(43)}`)).resolves.toBeNull();
    await expect(byCookie(h, 'sid=garbage')).resolves.toBeNull();
  });
});
