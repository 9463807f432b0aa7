import { testFeature } from './__fixtures__/test_feature';
import type { KibanaPrivilegeBody } from './role_body_codec';
import { featurePrivilegeErrors, featurePrivilegeNames, kibanaPrivilegesError, metadataError, roleNameError } from './role_validation';

const feature = testFeature('securitySolutionCasesV3');

describe("Kibana's rules on kibana entries", () => {
  it('accepts the shapes Kibana accepts', () => {
    for (const entries of [
      [],
      [{ base: ['all'] }],
      [{ base: [], feature: { foo: ['foo'] } }],
      [{ base: ['all'], feature: {} }],
      [{ base: ['read'], spaces: ['soc-eu', 'soc_us'] }, { feature: { x: ['all'] }, spaces: ['*'] }],
      [{ spaces: [], base: ['read'] }],
    ]) {
      expect(kibanaPrivilegesError(entries)).toBeUndefined();
    }
  });

  it('requires either base or feature', () => {
    const entries: KibanaPrivilegeBody[] = [{}, { base: [] }, { feature: {} }, { feature: { foo: [], bar: [] } }, { base: [], feature: {} }];
    for (const entry of entries) {
      expect(kibanaPrivilegesError([entry])).toBe('[request body.kibana.0]: either [base] or [feature] is expected, but none of them specified');
    }
  });

  it('refuses base and feature together', () => {
    expect(kibanaPrivilegesError([{ base: ['read'] }, { base: ['all'], feature: { foo: ['foo'] }, spaces: ['a'] }])).toBe(
      "[request body.kibana.1]: definition of [feature] isn't allowed when non-empty [base] is defined.",
    );
  });

  it('names unknown base privileges, global or per space', () => {
    expect(kibanaPrivilegesError([{ base: ['foo'], spaces: ['*'] }])).toBe('[request body.kibana.0.base.0]: unknown global privilege "foo", must be one of [all,read]');
    expect(kibanaPrivilegesError([{ base: ['read', 'minimal_all'], spaces: ['s1'] }])).toBe(
      '[request body.kibana.0.base.1]: unknown space privilege "minimal_all", must be one of [all,read]',
    );
  });

  it('checks the characters of feature ids and privileges', () => {
    expect(kibanaPrivilegesError([{ feature: { '!foo': ['foo'] } }])).toBe(`[request body.kibana.0.feature.key("!foo")]: only a-z, A-Z, 0-9, '_', and '-' are allowed`);
    expect(kibanaPrivilegesError([{ feature: { foo: ['ok', 'no way'] } }])).toBe(`[request body.kibana.0.feature.foo]: only a-z, A-Z, 0-9, '_', and '-' are allowed`);
  });

  it("allows '*' only alone, and space ids in lower case", () => {
    expect(kibanaPrivilegesError([{ base: ['all'], spaces: ['*', 'foo-space'] }])).toBe(
      [
        '[request body.kibana.0.spaces]: types that failed validation:',
        '- [request body.kibana.0.spaces.0.1]: expected value to equal [*] but got [foo-space]',
        "- [request body.kibana.0.spaces.1.0]: must be lower case, a-z, 0-9, '_', and '-' are allowed",
      ].join('\n'),
    );
    expect(kibanaPrivilegesError([{ base: ['all'], spaces: ['Marketing'] }])).toMatch(/spaces\.1\.0\]: must be lower case/);
  });

  it('refuses two entries for one space', () => {
    expect(
      kibanaPrivilegesError([
        { feature: { foo: ['read'] }, spaces: ['marketing', 'sales'] },
        { feature: { bar: ['read'] }, spaces: ['sales', 'marketing'] },
      ]),
    ).toBe('[request body.kibana]: more than one privilege is applied to the following spaces: [marketing,sales]');
    expect(kibanaPrivilegesError([{ base: ['read'] }, { feature: { x: ['all'] } }])).toBe(
      '[request body.kibana]: more than one privilege is applied to the following spaces: [*]',
    );
  });
});

describe('the check against registered features', () => {
  it("lists a feature's privileges: primary, then sub-features", () => {
    expect(featurePrivilegeNames(feature)).toEqual(['all', 'read', 'minimal_all', 'minimal_read', 'cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign']);
  });

  it('names every privilege a registered feature lacks, and skips unknown features', () => {
    const errors = featurePrivilegeErrors(
      [feature],
      [
        { feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'manage'], someoneElsesFeature: ['anything'] }, spaces: ['a'] },
        { feature: { securitySolutionCasesV3: ['write'] }, spaces: ['b'] },
      ],
    );
    expect(errors).toEqual(['Feature [securitySolutionCasesV3] does not support privilege [manage].', 'Feature [securitySolutionCasesV3] does not support privilege [write].']);
    expect(featurePrivilegeErrors([feature], [{ feature: { securitySolutionCasesV3: featurePrivilegeNames(feature) } }])).toEqual([]);
  });
});

describe("Elasticsearch's rules", () => {
  it('accepts printable ASCII names of 1 to 507 characters without surrounding whitespace', () => {
    for (const name of ['a', 'soc lead', 'x'.repeat(507), 'team:eu/analysts (l1)']) expect(roleNameError(name)).toBeUndefined();
    for (const name of ['', ' lead', 'lead ', 'x'.repeat(508), 'rôle', 'tab\there']) expect(roleNameError(name)).toMatch(/^Validation Failed: 1: Role names must be/);
  });

  it('keeps metadata keys starting with _ for itself', () => {
    expect(metadataError({ team: 'eu' })).toBeUndefined();
    expect(metadataError(undefined)).toBeUndefined();
    expect(metadataError({ _reserved: true, ok: 1, _x: 2 })).toBe('Validation Failed: 1: role metadata keys may not start with [_] but found these keys: [_reserved, _x];');
  });
});
