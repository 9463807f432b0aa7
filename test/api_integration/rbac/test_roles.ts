/**
 * The roles the matrix runs as: the built-in ones (as the issue documents them) and, in the
 * granted space only, one role per sub-feature of `securitySolutionCasesV3` next to
 * `minimal_read`, the primary privileges, and an owner-mismatch role that holds everything on
 * Observability's cases. Every role has one user of the same name.
 */
import type { KibanaPrivilegeEntry, TestRole } from './privilege_oracle';

/** The space the custom roles are granted in, and one they are not. */
export const GRANTED_SPACE = 'soc-eu';
export const OTHER_SPACE = 'soc-us';
export const SPACES = [GRANTED_SPACE, OTHER_SPACE] as const;

const everywhere = (entry: Partial<KibanaPrivilegeEntry>): KibanaPrivilegeEntry[] => [{ base: [], feature: {}, spaces: ['*'], ...entry }];
const securityInGranted = (privileges: string[]): KibanaPrivilegeEntry[] => [
  { base: [], feature: { securitySolutionCasesV3: privileges }, spaces: [GRANTED_SPACE] },
];

export const SUPERUSER: TestRole = { name: 'superuser', superuser: true, reserved: true, kibana: everywhere({ base: ['all'] }) };

/** Built in: the test reads them back and fails if the server's definitions differ from these. */
export const BUILT_IN_ROLES: TestRole[] = [
  { name: 'viewer', reserved: true, kibana: everywhere({ base: ['read'] }) },
  { name: 'editor', reserved: true, kibana: everywhere({ base: ['all'] }) },
  { name: 'soc_l1', reserved: true, kibana: everywhere({ feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'], actions: ['read'] } }) },
  {
    name: 'soc_l2',
    reserved: true,
    kibana: everywhere({ feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign', 'case_reopen', 'cases_delete'], actions: ['read'] } }),
  },
];

/** Written through `PUT /api/security/role/{name}` by the test. */
export const CUSTOM_ROLES: TestRole[] = [
  ...['cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'].map((sub) => ({
    name: `rbac_read_${sub}`,
    kibana: securityInGranted(['minimal_read', sub]),
  })),
  { name: 'rbac_minimal_all', kibana: securityInGranted(['minimal_all']) },
  { name: 'rbac_read', kibana: securityInGranted(['read']) },
  { name: 'rbac_all', kibana: securityInGranted(['all']) },
  { name: 'rbac_obs_all', kibana: [{ base: [], feature: { observabilityCasesV3: ['all'] }, spaces: [GRANTED_SPACE] }] },
];

/** Every role of the matrix; the superuser first, so its answers are known before anyone else's. */
export const MATRIX_ROLES: TestRole[] = [SUPERUSER, ...BUILT_IN_ROLES, ...CUSTOM_ROLES];

/** Kibana's role body for a custom role. */
export const roleBody = (role: TestRole) => ({
  description: `RBAC matrix: ${role.name}`,
  elasticsearch: { cluster: [], indices: [], run_as: [] },
  kibana: role.kibana,
});

/** One user per role; the superuser runs as the bootstrap user `elastic`. */
export const userNameOf = (role: TestRole) => (role.superuser ? 'elastic' : `u_${role.name}`);
export const passwordOf = (role: TestRole) => `rbac-${role.name}-pass`;
