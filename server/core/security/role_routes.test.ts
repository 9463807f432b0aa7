import { createFakeRouter } from './__fixtures__/fake_router';
import { basicAuth, fakeRequest } from './__fixtures__/fake_request';
import { createMemoryRepository } from './__fixtures__/memory_repository';
import { createTestLogger } from './__fixtures__/test_logger';
import { DEFAULT_SECURITY_CONFIG } from './config';
import { testFeature } from './roles/__fixtures__/test_feature';
import { createSecurityService } from './security_service';

const ROLE = '/api/security/role/{name}';
const PASSWORD = 'changeme-elastic';

/** A started service with one feature and one plugin role registered, as the cases plugin does. */
async function setup() {
  const service = createSecurityService({
    config: { ...DEFAULT_SECURITY_CONFIG, elasticPassword: PASSWORD },
    logger: createTestLogger().logger,
    writeStdout: () => undefined,
  });
  service.featureRegistration.registerFeature(testFeature('securitySolutionCasesV3'));
  service.featureRegistration.registerReservedRole({
    name: 'soc_l1',
    kibana: [{ base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'] }, spaces: ['*'] }],
  });
  const router = createFakeRouter();
  service.setup({ router, registerType: () => undefined });
  const start = await service.start({ repository: createMemoryRepository() });
  const login = async (username: string, password: string) => {
    const user = await start.authenticationHandler.authenticate(fakeRequest({ headers: { authorization: basicAuth(username, password) } }));
    if (!user) throw new Error('expected a user');
    return user;
  };
  const elastic = await login('elastic', PASSWORD);
  const put = (name: string, body: unknown, query: Record<string, string> = {}, user = elastic) =>
    router.call('put', ROLE, { user, params: { name }, query, body });
  const get = (name: string, user = elastic) => router.call('get', ROLE, { user, params: { name } });
  return { router, start, elastic, login, put, get };
}

const euAnalyst = { description: 'EU analysts', kibana: [{ base: [], feature: { securitySolutionCasesV3: ['all'] }, spaces: ['soc-eu'] }] };

describe('role API', () => {
  it('creates (204), reads in Kibana shape, lists by name, replaces and deletes a role', async () => {
    const { router, elastic, put, get } = await setup();
    expect(await put('eu_analyst', euAnalyst)).toMatchObject({ status: 204, body: undefined });
    expect((await get('eu_analyst')).body).toEqual({
      name: 'eu_analyst',
      description: 'EU analysts',
      metadata: {},
      transient_metadata: { enabled: true },
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: [{ base: [], feature: { securitySolutionCasesV3: ['all'] }, spaces: ['soc-eu'] }],
    });
    const list = await router.call('get', '/api/security/role', { user: elastic, query: {} });
    expect((list.body as Array<{ name: string }>).map((r) => r.name)).toEqual(['editor', 'eu_analyst', 'soc_l1', 'superuser', 'viewer']);

    expect((await put('eu_analyst', { kibana: [{ base: ['read'] }] })).status).toBe(204);
    expect((await get('eu_analyst')).body).toMatchObject({ kibana: [{ base: ['read'], feature: {}, spaces: ['*'] }] });
    expect((await router.call('delete', ROLE, { user: elastic, params: { name: 'eu_analyst' } })).status).toBe(204);
    expect(await get('eu_analyst')).toMatchObject({ status: 404, body: { statusCode: 404, error: 'Not Found' } });
    expect((await router.call('delete', ROLE, { user: elastic, params: { name: 'eu_analyst' } })).status).toBe(404);
  });

  it('refuses to overwrite with createOnly (409), and keeps the role', async () => {
    const { put, get } = await setup();
    expect((await put('eu_analyst', euAnalyst, { createOnly: 'true' })).status).toBe(204);
    const again = await put('eu_analyst', { kibana: [{ base: ['all'] }] }, { createOnly: 'true' });
    expect(again).toMatchObject({ status: 409, body: { message: 'Role already exists and cannot be created: eu_analyst' } });
    expect((await get('eu_analyst')).body).toMatchObject({ description: 'EU analysts' });
  });

  it('serves built-in roles read-only, marked reserved', async () => {
    const { router, elastic, put, get } = await setup();
    expect((await get('soc_l1')).body).toMatchObject({ metadata: { _reserved: true }, kibana: [{ feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'] } }] });
    expect((await get('superuser')).body).toMatchObject({ metadata: { _reserved: true }, kibana: [{ base: ['all'], spaces: ['*'] }] });
    expect((await put('viewer', euAnalyst)).status).toBe(400);
    expect((await router.call('delete', ROLE, { user: elastic, params: { name: 'soc_l1' } })).status).toBe(400);
    expect((await get('viewer')).body).toMatchObject({ kibana: [{ base: ['read'] }] });
  });

  it("refuses bad bodies with Kibana's messages", async () => {
    const { put, get } = await setup();
    const cases: Array<[unknown, RegExp]> = [
      [{ kibana: [{ feature: { securitySolutionCasesV3: ['read', 'delete_everything'] } }] }, /^Role cannot be updated due to validation errors: \["Feature \[securitySolutionCasesV3\] does not support privilege \[delete_everything\]\."\]$/],
      [{ kibana: [{ base: ['all'], feature: { securitySolutionCasesV3: ['read'] } }] }, /definition of \[feature\] isn't allowed/],
      [{ kibana: [{ base: ['read'], spaces: ['a'] }, { base: ['all'], spaces: ['a'] }] }, /more than one privilege is applied to the following spaces: \[a\]/],
      [{ kibana: [{ base: ['read'] }], _reserved: [] }, /invalid keys "_reserved"/],
      [{ name: 'other', kibana: [{ base: ['read'] }] }, /must match the name in the path/],
      [{ elasticsearch: { indices: [{ names: [], privileges: ['read'] }] } }, /names/],
    ];
    for (const [body, message] of cases) {
      const res = await put('bad_role', body);
      expect(res.status).toBe(400);
      expect((res.body as { message: string }).message).toMatch(message);
    }
    expect((await put('x'.repeat(508), { kibana: [{ base: ['read'] }] })).status).toBe(400);
    expect((await get('bad_role')).status).toBe(404);
  });

  it('accepts a role read back from GET, name included', async () => {
    const { put, get } = await setup();
    await put('eu_analyst', { ...euAnalyst, elasticsearch: { cluster: ['monitor'], indices: [{ names: ['logs-*'], privileges: ['read'] }], run_as: [] } });
    const { transient_metadata: _transient, ...readBack } = (await get('eu_analyst')).body as Record<string, unknown>;
    expect((await put('eu_analyst', readBack)).status).toBe(204);
    expect((await get('eu_analyst')).body).toMatchObject({ elasticsearch: { cluster: ['monitor'], indices: [{ names: ['logs-*'], privileges: ['read'] }] } });
  });

  it('is for the superuser only: 403 to anyone else, 401 to nobody', async () => {
    const { router, elastic, login, put } = await setup();
    await router.call('post', '/internal/security/users/{username}', { user: elastic, params: { username: 'vic' }, body: { password: 'vic-pass', roles: ['viewer', 'editor'] } });
    const vic = await login('vic', 'vic-pass');
    const calls = [
      router.call('get', '/api/security/role', { user: vic, query: {} }),
      router.call('get', ROLE, { user: vic, params: { name: 'viewer' } }),
      put('vic_role', euAnalyst, {}, vic),
      router.call('delete', ROLE, { user: vic, params: { name: 'viewer' } }),
      router.call('get', '/api/security/privileges', { user: vic }),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res).toMatchObject({ status: 403, body: { message: 'action [manage_security] is unauthorized for user [vic]' } });
    }
    expect((await router.call('get', '/api/security/role', { query: {} })).status).toBe(401);
    expect((await router.call('get', ROLE, { user: elastic, params: { name: 'vic_role' } })).status).toBe(404);
  });

  it('audits role creation, update and deletion, and nothing for a refusal', async () => {
    const { router, start, elastic, put } = await setup();
    const log = jest.spyOn(start.audit, 'log');
    await put('eu_analyst', euAnalyst);
    await put('eu_analyst', euAnalyst);
    await put('viewer', euAnalyst);
    await router.call('delete', ROLE, { user: elastic, params: { name: 'eu_analyst' }, spaceId: 'soc-eu' });
    const events = log.mock.calls.map(([event]) => event).filter((event) => event.event.category?.includes('iam'));
    expect(events.map((event) => [event.event.action, event.event.type?.[0], event.kibana?.saved_object])).toEqual([
      ['role_create', 'creation', { type: 'role', id: 'eu_analyst' }],
      ['role_update', 'change', { type: 'role', id: 'eu_analyst' }],
      ['role_delete', 'deletion', { type: 'role', id: 'eu_analyst' }],
    ]);
    expect(events[2]).toMatchObject({ event: { outcome: 'success' }, user: { name: 'elastic', roles: ['superuser'] }, kibana: { space_id: 'soc-eu' } });
  });
});

describe('features and privileges listings', () => {
  it("lists registered features in Kibana's shape to any signed-in user", async () => {
    const { router, elastic, login } = await setup();
    await router.call('post', '/internal/security/users/{username}', { user: elastic, params: { username: 'vic' }, body: { password: 'vic-pass', roles: ['viewer'] } });
    const res = await router.call('get', '/api/features', { user: await login('vic', 'vic-pass') });
    expect(res.status).toBe(200);
    const [feature] = res.body as Array<Record<string, unknown>>;
    expect(feature).toMatchObject({ id: 'securitySolutionCasesV3', privileges: { all: { ui: ['read_cases', 'create_cases'] }, read: { ui: ['read_cases'] } } });
    expect((feature.subFeatures as unknown[])[0]).toEqual({
      name: 'Sub cases_delete',
      privilegeGroups: [{ groupType: 'independent', privileges: [{ id: 'cases_delete', name: 'Sub cases_delete', includeIn: 'all', ui: ['cases_delete'] }] }],
    });
    expect(JSON.stringify(res.body)).not.toContain('cases:');
    expect((await router.call('get', '/api/features', {})).status).toBe(401);
  });

  it('lists every privilege name a role may use', async () => {
    const { router, elastic } = await setup();
    const res = await router.call('get', '/api/security/privileges', { user: elastic });
    expect(res.body).toEqual({
      global: ['all', 'read'],
      space: ['all', 'read'],
      features: { securitySolutionCasesV3: ['all', 'read', 'minimal_all', 'minimal_read', 'cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'] },
      reserved: [],
    });
  });
});
