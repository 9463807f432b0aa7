import { createFakeRouter } from '../__fixtures__/fake_router';
import { testUser } from '../__fixtures__/test_users';
import { TEST_FEATURES, createMemoryRoleSource, role } from '../privileges/__fixtures__/test_features';
import { createPrivilegeEngine } from '../privileges/privilege_engine';
import { registerCapabilitiesRoute } from './capabilities_route';

const NONE = { create_cases: false, read_cases: false, update_cases: false, delete_cases: false, export_cases: false, purge_cases: false };

function setup() {
  const roles = createMemoryRoleSource([
    role('sec_l1', [{ spaces: ['soc-eu'], feature: { secCases: ['minimal_all', 'cases_delete'] } }]),
    role('viewer', [{ base: ['read'] }]),
  ]);
  const engine = createPrivilegeEngine({ features: () => TEST_FEATURES, roles, disabledFeatures: (id) => (id === 'locked' ? ['obsCases'] : []) });
  const router = createFakeRouter();
  registerCapabilitiesRoute(router, { privileges: () => engine });
  const call = (roleNames: string[] | undefined, spaceId = 'default', body: unknown = { applications: ['cases'] }) =>
    router.call('post', '/api/core/capabilities', { user: roleNames ? testUser(roleNames, { username: 'u' }) : undefined, spaceId, body });
  return { call };
}

describe('POST /api/core/capabilities', () => {
  it('answers every capability of every feature, true only where the roles grant it in the space of the URL', async () => {
    const { call } = setup();
    const res = await call(['sec_l1'], 'soc-eu');
    expect(res).toMatchObject({ status: 200 });
    expect(res.body).toEqual({
      navLinks: { cases: true },
      catalogue: {},
      management: { security: { users: false, roles: false }, kibana: { spaces: false } },
      secCases: { ...NONE, create_cases: true, read_cases: true, update_cases: true, delete_cases: true },
      obsCases: NONE,
    });
    expect((await call(['sec_l1'], 'default')).body).toMatchObject({ navLinks: { cases: false }, secCases: NONE, obsCases: NONE });
  });

  it('gives a base reader read and the read-included sub-features everywhere', async () => {
    const { call } = setup();
    expect((await call(['viewer'], 'anywhere')).body).toMatchObject({
      secCases: { ...NONE, read_cases: true, export_cases: true },
      obsCases: { ...NONE, read_cases: true, export_cases: true },
    });
  });

  it('gives the superuser everything enabled in the space and the admin pages', async () => {
    const { call } = setup();
    const all = Object.fromEntries(Object.keys(NONE).map((k) => [k, true]));
    const res = await call(['superuser'], 'locked');
    expect(res.body).toMatchObject({
      management: { security: { users: true, roles: true }, kibana: { spaces: true } },
      secCases: all,
      obsCases: NONE,
    });
  });

  it('answers 401 without a user and 400 for a bad body, as Kibana', async () => {
    const { call } = setup();
    expect((await call(undefined)).status).toBe(401);
    expect((await call(['viewer'], 'default', {})).status).toBe(400);
    expect(await call(['viewer'], 'default', { applications: ['not an id'] })).toMatchObject({ status: 400, body: { message: expect.stringContaining('Invalid application id') } });
    expect((await call(['viewer'], 'default', { applications: [], extra: 1 })).status).toBe(400);
  });
});
