import * as t from 'io-ts';
import { caseStatuses } from '../../common/registries/case_statuses';
import { createCasesRegistries, freezeRegistries, registriesSetup } from './cases_registries';
import { KIBANA_OWNERS } from './kibana_owners';

describe('the plugin registries', () => {
  it("hold Kibana's owners, with their apps, features and privileges", () => {
    const { owners } = createCasesRegistries();
    expect(owners.list().map((o) => [o.id, o.appId, o.features.alerts.syncDefault, o.features.observables.enabled])).toEqual([
      ['securitySolution', 'securitySolutionUI', true, true],
      ['observability', 'observability-overview', false, false],
      ['cases', 'management', false, true],
    ]);
    expect(owners.get('cases')?.privileges).toEqual({
      feature: 'generalCasesV3',
      read: 'feature_generalCasesV3.read',
      all: 'feature_generalCasesV3.all',
    });
  });

  it('refuses an owner id the API could never be asked for', () => {
    const { owners } = createCasesRegistries();
    expect(() => owners.register({ ...KIBANA_OWNERS[0], id: 'o'.repeat(257) })).toThrow(/Invalid owner id/);
    expect(() => owners.register({ ...KIBANA_OWNERS[0], id: '' })).toThrow(/Invalid owner id/);
  });

  it('take registrations through the setup contract until start, and refuse them after', () => {
    const registries = createCasesRegistries();
    const setup = registriesSetup(registries);
    setup.registerOwner({ ...KIBANA_OWNERS[2], id: 'extra' });
    setup.registerCaseStatus({ id: 'waiting', stage: 'in-progress', label: 'Waiting', sortRank: 4, color: 'hollow' });
    setup.registerUserActionType('escalation', t.type({ level: t.number }));
    expect(() => registries.userActions.validate({ type: 'escalation', payload: { level: 'two' } } as never)).toThrow();
    expect(registries.owners.has('extra')).toBe(true);
    expect(caseStatuses.has('waiting')).toBe(true);

    freezeRegistries(registries);
    expect(() => setup.registerOwner({ ...KIBANA_OWNERS[2], id: 'late' })).toThrow('The owner registry is frozen: "late" must be registered during setup');
    expect(() => setup.registerCasesMetric({ id: 'late', compute: async () => ({}) })).toThrow(/frozen/);
    expect(() => setup.registerCaseStatus({ id: 'late', stage: 'open', label: 'Late', sortRank: 5, color: 'hollow' })).toThrow(/frozen/);
    expect(() => setup.registerUserActionType('late', t.type({}))).toThrow(/frozen/);
  });
});
