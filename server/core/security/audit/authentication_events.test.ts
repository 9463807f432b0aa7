/** Logins, logouts and API keys in the audit file, through the security routes. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeRequest } from '../__fixtures__/fake_request';
import { createSecurityHarness, ELASTIC_PASSWORD, type SecurityHarness } from '../__fixtures__/security_harness';
import { DEFAULT_AUDIT_ROTATION } from '../config';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'auth-audit-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const auditFile = () => join(dir, 'audit.log');
const harness = (enabled = true) => createSecurityHarness({ audit: { enabled, filePath: auditFile(), rotation: DEFAULT_AUDIT_ROTATION } });
const events = (action?: string): Array<Record<string, unknown>> =>
  existsSync(auditFile())
    ? readFileSync(auditFile(), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((e) => action === undefined || (e.event as { action: string }).action === action)
    : [];

const loginBody = (username: string, password: string) => ({
  providerType: 'basic',
  providerName: 'basic',
  currentURL: 'http://localhost:5601/login',
  params: { username, password },
});
const login = (h: SecurityHarness, username: string, password: string) =>
  h.router.call('post', '/internal/security/login', { body: loginBody(username, password), remoteAddress: '10.1.1.1' });

describe('authentication audit events', () => {
  it('records a login with the user, roles, provider and address', async () => {
    const h = await harness();
    expect((await login(h, 'elastic', ELASTIC_PASSWORD)).status).toBe(200);
    expect(events('user_login')).toEqual([
      expect.objectContaining({
        message: 'User [elastic] has logged in using basic provider [name=basic]',
        event: { action: 'user_login', category: ['authentication'], outcome: 'success' },
        user: { name: 'elastic', roles: ['superuser'] },
        source: { ip: '10.1.1.1' },
        kibana: { authentication_provider: 'basic', authentication_type: 'basic' },
        'log.logger': 'security.audit',
      }),
    ]);
  });

  it('records a failed login, even with the audit log disabled, naming who was tried', async () => {
    const h = await harness(false);
    expect((await login(h, 'elastic', 'wrong')).status).toBe(401);
    expect((await login(h, 'elastic', ELASTIC_PASSWORD)).status).toBe(200);
    expect(events()).toEqual([
      expect.objectContaining({
        message: 'Failed attempt to login using basic provider [name=basic]',
        event: { action: 'user_login', category: ['authentication'], outcome: 'failure' },
        user: { name: 'elastic' },
        source: { ip: '10.1.1.1' },
        error: { code: 'HttpError', message: 'Unauthorized' },
      }),
    ]);
  });

  it('records a login refused during a lockout as a failed login', async () => {
    const h = await createSecurityHarness({
      audit: { enabled: true, filePath: auditFile(), rotation: DEFAULT_AUDIT_ROTATION },
      loginAttempts: { maxFailures: 1, windowMs: 60_000, initialDelayMs: 60_000, maxDelayMs: 60_000 },
    });
    await login(h, 'elastic', 'wrong');
    expect((await login(h, 'elastic', ELASTIC_PASSWORD)).status).toBe(429);
    expect(events().map((e) => [(e.event as { action: string }).action, (e.error as { message: string } | undefined)?.message])).toEqual([
      ['user_login_locked', undefined],
      ['user_login', 'Unauthorized'],
      ['user_login', expect.stringMatching(/^Too many failed login attempts/)],
    ]);
  });

  it('records the logout of a live session, and nothing for a stale cookie', async () => {
    const h = await harness();
    const res = await login(h, 'elastic', ELASTIC_PASSWORD);
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const user = await h.start.authenticationHandler.authenticate(fakeRequest({ headers: { cookie } }));
    await h.router.call('post', '/internal/security/logout', { user: user ?? undefined, headers: { cookie }, remoteAddress: '10.1.1.2' });
    await h.router.call('post', '/internal/security/logout', { headers: { cookie }, remoteAddress: '10.1.1.2' });
    expect(events('user_logout')).toEqual([
      expect.objectContaining({
        message: 'User [elastic] is logging out using basic provider [name=basic]',
        event: { action: 'user_logout', category: ['authentication'], outcome: 'unknown' },
        user: { name: 'elastic' },
        source: { ip: '10.1.1.2' },
      }),
    ]);
  });

  it('records API key creation and invalidation, and the refusals', async () => {
    const h = await harness();
    const elastic = await h.basic('elastic', ELASTIC_PASSWORD);
    const created = await h.router.call('post', '/internal/security/api_key', { user: elastic, body: { name: 'soar' } });
    const { id, encoded } = created.body as { id: string; encoded: string };
    const viaKey = await h.start.authenticationHandler.authenticate(fakeRequest({ headers: { authorization: `ApiKey ${encoded}` } }));
    expect((await h.router.call('post', '/internal/security/api_key', { user: viaKey ?? undefined, body: { name: 'child' } })).status).toBe(403);
    const invalidate = (ids: string[]) =>
      h.router.call('post', '/internal/security/api_key/invalidate', { user: elastic, body: { apiKeys: ids.map((i) => ({ id: i, name: 'soar' })), isAdmin: true } });
    expect((await invalidate([id, 'no-such-key'])).status).toBe(200);

    expect(events('api_key_create')).toEqual([
      expect.objectContaining({
        message: `User has created API key [id=${id}, name=soar]`,
        event: { action: 'api_key_create', category: ['iam'], type: ['creation'], outcome: 'success' },
        user: { name: 'elastic', roles: ['superuser'] },
        kibana: { saved_object: { type: 'api_key', id, name: 'soar' } },
      }),
      expect.objectContaining({
        message: 'Failed attempt to create an API key',
        event: expect.objectContaining({ outcome: 'failure' }),
        error: { code: 'HttpError', message: 'API keys cannot be created with API key credentials' },
      }),
    ]);
    expect(events('api_key_invalidate')).toEqual([
      expect.objectContaining({
        message: `User has invalidated API key [id=${id}, name=soar]`,
        event: { action: 'api_key_invalidate', category: ['iam'], type: ['deletion'], outcome: 'success' },
        kibana: { saved_object: { type: 'api_key', id, name: 'soar' } },
      }),
      expect.objectContaining({
        message: 'Failed attempt to invalidate API key [id=no-such-key, name=soar]',
        event: expect.objectContaining({ outcome: 'failure' }),
        error: { code: 'HttpError', message: expect.any(String) },
      }),
    ]);
  });
});
