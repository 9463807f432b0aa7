import { OBS, SEC, TEST_FEATURES, createMemoryRoleSource, obsAction, role, secAction } from './__fixtures__/test_features';
import { createPrivilegeEngine, PRIVILEGE_CACHE_TTL_MS } from './privilege_engine';

function setup(disabled: Record<string, string[]> = {}) {
  const roles = createMemoryRoleSource([role('sec_reader', [{ feature: { secCases: ['read'] } }]), role('eu_writer', [{ spaces: ['soc-eu'], feature: { secCases: ['all'] } }])]);
  const clock = { now: 0 };
  const engine = createPrivilegeEngine({ features: () => TEST_FEATURES, roles, disabledFeatures: (id) => disabled[id] ?? [], now: () => clock.now });
  return { roles, clock, engine, disabled };
}

describe('privilege engine', () => {
  it('resolves a role set once and answers repeats from memory, whatever the order of the names', async () => {
    const { engine, roles } = setup();
    const first = await engine.forRoles(['sec_reader', 'eu_writer'], 'default');
    expect(first.actions.has(secAction('getCase'))).toBe(true);
    expect(first.actions.has(secAction('createCase'))).toBe(false);
    await engine.forRoles(['eu_writer', 'sec_reader'], 'default');
    expect(roles.calls).toBe(1);
    expect((await engine.forRoles(['sec_reader', 'eu_writer'], 'soc-eu')).actions.has(secAction('createCase'))).toBe(true);
    expect(roles.calls).toBe(2);
  });

  it('shares one lookup between concurrent requests', async () => {
    const { engine, roles } = setup();
    await Promise.all([engine.forRoles(['sec_reader'], 'default'), engine.forRoles(['sec_reader'], 'default')]);
    expect(roles.calls).toBe(1);
  });

  it('forgets everything when the role store changes (its generation moves)', async () => {
    const { engine, roles } = setup();
    expect((await engine.forRoles(['sec_reader'], 'default')).actions.has(secAction('deleteCase'))).toBe(false);
    roles.put(role('sec_reader', [{ feature: { secCases: ['minimal_read', 'cases_delete'] } }]));
    expect((await engine.forRoles(['sec_reader'], 'default')).actions.has(secAction('deleteCase'))).toBe(true);
    expect(roles.calls).toBe(2);
  });

  it('re-reads roles after the time to live, for changes another process made', async () => {
    const { engine, roles, clock } = setup();
    await engine.forRoles(['sec_reader'], 'default');
    clock.now = PRIVILEGE_CACHE_TTL_MS - 1;
    await engine.forRoles(['sec_reader'], 'default');
    expect(roles.calls).toBe(1);
    clock.now = PRIVILEGE_CACHE_TTL_MS;
    await engine.forRoles(['sec_reader'], 'default');
    expect(roles.calls).toBe(2);
  });

  it('keys on the features a space disables, so switching one off applies at once', async () => {
    const { engine, disabled } = setup();
    expect((await engine.forRoles(['sec_reader'], 'default')).actions.has(secAction('getCase'))).toBe(true);
    disabled.default = [SEC.id];
    const after = await engine.forRoles(['sec_reader'], 'default');
    expect(after.actions.has(secAction('getCase'))).toBe(false);
    expect(after.hasAnyPrivilege).toBe(false);
  });

  it('does not remember a failed lookup', async () => {
    const { engine, roles } = setup();
    const getMany = roles.getMany;
    roles.getMany = async () => {
      throw new Error('store down');
    };
    await expect(engine.forRoles(['sec_reader'], 'default')).rejects.toThrow('store down');
    roles.getMany = getMany;
    await expect(engine.forRoles(['sec_reader'], 'default')).resolves.toMatchObject({ hasAnyPrivilege: true });
  });

  it('gives the superuser every enabled feature and every action no feature grants, without reading roles', async () => {
    const { engine, roles } = setup({ locked: [OBS.id] });
    const su = await engine.forRoles(['superuser'], 'default');
    expect(roles.calls).toBe(0);
    expect(su.superuser).toBe(true);
    expect(engine.holds(su, secAction('purgeCase'))).toBe(true);
    expect(engine.holds(su, 'cases:securitySolution/ingestAlerts')).toBe(true);

    const locked = await engine.forRoles(['superuser', 'sec_reader'], 'locked');
    expect(engine.holds(locked, obsAction('getCase'))).toBe(false);
    expect(engine.holds(locked, secAction('createCase'))).toBe(true);
    expect(engine.holds(locked, 'cases:securitySolution/ingestAlerts')).toBe(true);
    // The same answer object for every superuser request in a space without disabled features.
    expect(await engine.forRoles(['superuser'], 'other')).toBe(su);
  });

  it('holds only what was granted for anybody else', async () => {
    const { engine } = setup();
    const p = await engine.forRoles(['sec_reader'], 'default');
    expect(engine.holds(p, secAction('getCase'))).toBe(true);
    expect(engine.holds(p, secAction('updateCase'))).toBe(false);
    expect(engine.holds(p, 'cases:securitySolution/ingestAlerts')).toBe(false);
    expect((await engine.forRoles(['unknown_role'], 'default')).hasAnyPrivilege).toBe(false);
  });
});
