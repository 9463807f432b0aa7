/**
 * The plugin's setup declares what roles grant: one cases feature per owner (Kibana's three and
 * any owner another plugin registers during setup) and the SOC's built-in roles.
 */
import { createFakeRouter, createTestLogger } from '../core/mocks';
import { privilegeAction, type CoreSetup, type KibanaFeature, type ReservedRoleDefinition } from '../core';
import { CasesServerPlugin } from '../plugin';
import { KIBANA_OWNERS } from '../registries/kibana_owners';
import { createCasesRegistries, freezeRegistries, registriesSetup } from '../registries/cases_registries';
import { withOwnerFeatures } from './owner_features';

function setUpPlugin() {
  const features: KibanaFeature[] = [];
  const reservedRoles: ReservedRoleDefinition[] = [];
  const { logger } = createTestLogger();
  const core = {
    http: { createRouter: createFakeRouter },
    savedObjects: { registerType: () => undefined, getTypeRegistry: () => undefined as never },
    data: { registerIndex: () => undefined },
    security: { registerFeature: (f: KibanaFeature) => void features.push(f), registerReservedRole: (r: ReservedRoleDefinition) => void reservedRoles.push(r) },
    actions: { registerType: () => undefined },
    logger,
  } as CoreSetup;
  const plugin = new CasesServerPlugin({
    manifest: { id: 'cases', version: '9.0.0', configPath: ['xpack', 'cases'], requiredPlugins: [], optionalPlugins: [] },
    config: { get: () => ({}) },
    logger,
  });
  return { contract: plugin.setup(core), features, reservedRoles };
}

describe('the cases plugin setup', () => {
  it("registers Kibana's three cases features, each granting its own owner's actions", () => {
    const { features } = setUpPlugin();
    expect(features.map((f) => f.id)).toEqual(['securitySolutionCasesV3', 'observabilityCasesV3', 'generalCasesV3']);
    const general = features[2];
    expect(general.privileges.read.actions).toContain('cases:cases/getCase');
    expect(general.privileges.read.actions).not.toContain('cases:cases/createCase');
    expect(general.privileges.all.actions).toContain('cases:cases/createCase');
    expect(general.subFeatures.map((s) => [s.id, s.includeIn])).toEqual([
      ['cases_delete', 'all'],
      ['cases_settings', 'all'],
      ['create_comment', 'all'],
      ['case_reopen', 'all'],
      ['cases_assign', 'all'],
    ]);
  });

  it('registers soc_l1 and soc_l2 exactly as documented', () => {
    const { reservedRoles } = setUpPlugin();
    expect(reservedRoles.map((r) => [r.name, r.kibana])).toEqual([
      ['soc_l1', [{ base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'], actions: ['read'] }, spaces: ['*'] }]],
      [
        'soc_l2',
        [{ base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign', 'case_reopen', 'cases_delete'], actions: ['read'] }, spaces: ['*'] }],
      ],
    ]);
  });

  it('gives an owner another plugin registers during setup a feature of its own', () => {
    const { contract, features } = setUpPlugin();
    contract.registerOwner({ ...KIBANA_OWNERS[2], id: 'threatIntel', label: 'Threat intel', privileges: { feature: 'threatIntelCasesV3', read: '', all: '' } });
    const added = features.at(-1)!;
    expect(added.id).toBe('threatIntelCasesV3');
    expect(added.privileges.all.actions).toContain(privilegeAction({ namespace: 'cases', name: 'createCase' }, 'threatIntel'));
  });
});

describe('withOwnerFeatures', () => {
  it('registers no feature for an owner the registry refuses', () => {
    const registries = createCasesRegistries();
    const registered: string[] = [];
    const setup = withOwnerFeatures(registriesSetup(registries), {
      registerFeature: (f) => void registered.push(f.id),
      registerReservedRole: () => undefined,
    });
    expect(() => setup.registerOwner({ ...KIBANA_OWNERS[2], id: '' })).toThrow(/Invalid owner id/);
    freezeRegistries(registries);
    expect(() => setup.registerOwner({ ...KIBANA_OWNERS[2], id: 'late' })).toThrow(/frozen/);
    expect(registered).toEqual([]);
  });
});
