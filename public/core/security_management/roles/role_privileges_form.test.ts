import { EU_ANALYST_ROLE, FEATURES } from '../test_fixtures';
import { choiceForLevel, entryFrom, featureChoiceFrom, featurePrivilegesOf, nextSpaces, toKibanaEntry } from './role_privileges_form';
import { initialRoleValues, toRoleInput, validateRoleForm } from './role_validation';

const SECURITY = FEATURES[0];
const ALL_SUBS = ['cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'];

describe('feature privileges as the editor reads them', () => {
  it('reads all, read and none as those levels', () => {
    expect(featureChoiceFrom(['all'], SECURITY)).toEqual({ level: 'all', primary: 'minimal_all', subFeatures: ALL_SUBS });
    expect(featureChoiceFrom(['read'], SECURITY)).toEqual({ level: 'read', primary: 'minimal_read', subFeatures: [] });
    expect(featureChoiceFrom([], SECURITY).level).toBe('none');
  });

  it('reads minimal privileges and sub-features as custom, in the feature order', () => {
    expect(featureChoiceFrom(['cases_assign', 'minimal_all', 'create_comment'], SECURITY)).toEqual({
      level: 'custom',
      primary: 'minimal_all',
      subFeatures: ['create_comment', 'cases_assign'],
    });
    expect(featureChoiceFrom(['cases_delete'], SECURITY)).toEqual({ level: 'custom', primary: 'none', subFeatures: ['cases_delete'] });
    // read plus a sub-feature is more than read.
    expect(featureChoiceFrom(['read', 'cases_delete'], SECURITY)).toMatchObject({ level: 'custom', primary: 'minimal_read', subFeatures: ['cases_delete'] });
  });

  it('reads minimal_all with every sub-feature as all', () => {
    expect(featureChoiceFrom(['minimal_all', ...ALL_SUBS], SECURITY).level).toBe('all');
  });

  it('writes each level back in Kibana terms', () => {
    for (const privileges of [['all'], ['read'], [], ['minimal_all', 'create_comment'], ['minimal_read', 'cases_delete'], ['case_reopen']]) {
      expect(featurePrivilegesOf(featureChoiceFrom(privileges, SECURITY), SECURITY)).toEqual(privileges);
    }
  });

  it('starts custom from what the previous level granted', () => {
    const custom = choiceForLevel('custom', choiceForLevel('all', featureChoiceFrom([], SECURITY), SECURITY), SECURITY);
    expect(featurePrivilegesOf(custom, SECURITY)).toEqual(['minimal_all', ...ALL_SUBS]);
  });
});

describe('privilege entries', () => {
  it('sends a base privilege with no feature privileges, as Kibana requires', () => {
    const entry = entryFrom({ base: [], feature: { securitySolutionCasesV3: ['read'] }, spaces: ['default'] }, FEATURES);
    expect(toKibanaEntry({ ...entry, base: 'all' }, FEATURES)).toEqual({ base: ['all'], feature: {}, spaces: ['default'] });
  });

  it('keeps the privileges of features this server does not list', () => {
    const entry = entryFrom(EU_ANALYST_ROLE.kibana[0], FEATURES);
    expect(toKibanaEntry(entry, FEATURES)).toEqual(EU_ANALYST_ROLE.kibana[0]);
  });

  it('treats "*" as a space list of its own', () => {
    expect(nextSpaces(['default'], ['default', '*'])).toEqual(['*']);
    expect(nextSpaces(['*'], ['*', 'soc-eu'])).toEqual(['soc-eu']);
    expect(nextSpaces(['default'], ['default', 'soc-eu'])).toEqual(['default', 'soc-eu']);
  });
});

describe('role form validation', () => {
  const valid = () => {
    const values = initialRoleValues(undefined, FEATURES);
    values.name = 'analyst';
    values.entries[0] = { ...values.entries[0], spaces: ['*'], base: 'read' };
    return values;
  };

  it('accepts a named role that grants something somewhere', () => {
    expect(validateRoleForm(valid(), { isEdit: false, existing: [] })).toEqual({ entries: {} });
  });

  it('refuses a missing, taken or padded name', () => {
    expect(validateRoleForm({ ...valid(), name: '' }, { isEdit: false, existing: [] }).name).toBeDefined();
    expect(validateRoleForm(valid(), { isEdit: false, existing: ['analyst'] }).name).toMatch(/already exists/);
    expect(validateRoleForm({ ...valid(), name: ' analyst' }, { isEdit: false, existing: [] }).name).toBeDefined();
  });

  it('refuses an entry with no space, no privilege, or a space another entry has', () => {
    const values = valid();
    const [entry] = values.entries;
    const errors = validateRoleForm(
      {
        ...values,
        entries: [entry, { ...entry, key: 'second', base: 'none' }, { ...entry, key: 'third', spaces: [] }],
      },
      { isEdit: false, existing: [] },
    );
    expect(errors.entries[entry.key]).toBeUndefined();
    expect(errors.entries.second).toEqual({ spaces: 'Already granted in another entry: All spaces.', privileges: expect.any(String) });
    expect(errors.entries.third.spaces).toBe('Select at least one space.');
  });

  it('keeps the Elasticsearch part and metadata of an edited role', () => {
    const values = initialRoleValues(EU_ANALYST_ROLE, FEATURES);
    expect(toRoleInput(values, FEATURES, EU_ANALYST_ROLE)).toEqual({
      description: EU_ANALYST_ROLE.description,
      metadata: EU_ANALYST_ROLE.metadata,
      elasticsearch: EU_ANALYST_ROLE.elasticsearch,
      kibana: EU_ANALYST_ROLE.kibana,
    });
  });
});
