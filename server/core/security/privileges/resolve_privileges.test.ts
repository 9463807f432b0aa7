import { OBS, SEC, TEST_FEATURES, obsAction, role, secAction } from './__fixtures__/test_features';
import { resolveSpacePrivileges, type ResolveInput } from './resolve_privileges';
import type { RoleKibanaPrivilege } from './types';

const resolve = (kibana: Array<Partial<RoleKibanaPrivilege>>, overrides: Partial<ResolveInput> = {}) =>
  resolveSpacePrivileges({ roles: [role('r', kibana)], superuser: false, features: TEST_FEATURES, spaceId: 'default', disabledFeatures: [], ...overrides });

const actionsOf = (kibana: Array<Partial<RoleKibanaPrivilege>>, overrides: Partial<ResolveInput> = {}) => [...resolve(kibana, overrides).actions].sort();

const SEC_ALL = [secAction('createCase'), secAction('deleteCase'), secAction('exportCase'), secAction('getCase'), secAction('updateCase')];
const SEC_READ = [secAction('exportCase'), secAction('getCase')];

describe('resolveSpacePrivileges', () => {
  it('base all grants every feature all (sub-features included in all or read), not those included in neither', () => {
    const p = resolve([{ base: ['all'] }]);
    expect([...p.actions].filter((a) => a.startsWith('cases:sec/')).sort()).toEqual(SEC_ALL);
    expect(p.actions.has(obsAction('deleteCase'))).toBe(true);
    expect(p.actions.has(secAction('purgeCase'))).toBe(false);
    expect(p.ui.secCases).toEqual({ create_cases: true, read_cases: true, update_cases: true, delete_cases: true, export_cases: true });
    expect(p).toMatchObject({ superuser: false, hasAnyPrivilege: true });
  });

  it('base read grants every feature read with the sub-features included in read', () => {
    expect(actionsOf([{ base: ['read'] }])).toEqual([obsAction('exportCase'), obsAction('getCase'), ...SEC_READ].sort());
    expect(resolve([{ base: ['read'] }]).ui.obsCases).toEqual({ read_cases: true, export_cases: true });
  });

  it.each([
    ['all', SEC_ALL],
    ['read', SEC_READ],
    ['minimal_all', [secAction('createCase'), secAction('getCase'), secAction('updateCase')]],
    ['minimal_read', [secAction('getCase')]],
    ['cases_delete', [secAction('deleteCase')]],
    ['cases_purge', [secAction('purgeCase')]],
  ])('feature privilege %s grants exactly its part', (privilege, expected) => {
    expect(actionsOf([{ feature: { secCases: [privilege] } }])).toEqual([...expected].sort());
  });

  it('combines minimal privileges with sub-feature ids', () => {
    const p = resolve([{ feature: { secCases: ['minimal_read', 'cases_delete'] } }]);
    expect([...p.actions].sort()).toEqual([secAction('deleteCase'), secAction('getCase')]);
    expect(p.ui.secCases).toEqual({ read_cases: true, delete_cases: true });
    expect(p.ui.obsCases).toBeUndefined();
  });

  it('grants nothing for unknown features, privileges or base privileges', () => {
    const p = resolve([{ base: ['superpowers'] }, { feature: { nope: ['all'], secCases: ['everything', 'constructor', 'toString'] } }]);
    expect(p.actions.size).toBe(0);
    expect(p.ui).toEqual({});
    expect(p.hasAnyPrivilege).toBe(false);
  });

  it("applies an entry in the spaces it names or in '*', and nowhere else", () => {
    const kibana = [{ spaces: ['soc-eu'], feature: { secCases: ['all'] } }];
    expect(resolve(kibana, { spaceId: 'soc-eu' }).hasAnyPrivilege).toBe(true);
    const elsewhere = resolve(kibana, { spaceId: 'default' });
    expect(elsewhere.actions.size).toBe(0);
    expect(elsewhere.hasAnyPrivilege).toBe(false);
    expect(resolve([{ spaces: ['*'], feature: { obsCases: ['read'] } }], { spaceId: 'anything' }).actions.has(obsAction('getCase'))).toBe(true);
  });

  it('unions several roles and several entries', () => {
    const p = resolveSpacePrivileges({
      roles: [role('a', [{ feature: { secCases: ['minimal_read'] } }]), role('b', [{ spaces: ['default'], feature: { obsCases: ['cases_delete'] } }, { spaces: ['other'], base: ['all'] }])],
      superuser: false,
      features: TEST_FEATURES,
      spaceId: 'default',
      disabledFeatures: [],
    });
    expect([...p.actions].sort()).toEqual([obsAction('deleteCase'), secAction('getCase')]);
  });

  it('grants nothing of a feature the space disables, to roles and to the superuser', () => {
    const p = resolve([{ base: ['all'] }], { disabledFeatures: [SEC.id] });
    expect([...p.actions].some((a) => a.startsWith('cases:sec/'))).toBe(false);
    expect(p.actions.has(obsAction('createCase'))).toBe(true);
    expect(p.ui.secCases).toBeUndefined();

    expect(resolve([{ feature: { secCases: ['all'] } }], { disabledFeatures: [SEC.id] }).actions.size).toBe(0);

    const su = resolveSpacePrivileges({ roles: [], superuser: true, features: TEST_FEATURES, spaceId: 'x', disabledFeatures: [OBS.id] });
    expect(su.actions.has(secAction('purgeCase'))).toBe(true);
    expect([...su.actions].some((a) => a.startsWith('cases:obs/'))).toBe(false);
    expect(su.ui.obsCases).toBeUndefined();
    expect(su.ui.secCases).toEqual(Object.fromEntries(SEC.uiCapabilities.map((c) => [c, true])));
    expect(su).toMatchObject({ superuser: true, hasAnyPrivilege: true });
  });

  it('lets a base privilege open a space whose features are all switched off', () => {
    const p = resolve([{ base: ['read'] }], { disabledFeatures: [SEC.id, OBS.id] });
    expect(p.actions.size).toBe(0);
    expect(p.hasAnyPrivilege).toBe(true);
  });
});
