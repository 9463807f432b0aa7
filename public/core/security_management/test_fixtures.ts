/** Server answers in the shapes of the role, users and features APIs (common15's wire shapes). */
import { type FeatureSummary, type ManagedUser, type Role } from './types';

const SUB_FEATURES = [
  { name: 'Delete', id: 'cases_delete', privilege: 'Delete cases and comments' },
  { name: 'Case settings', id: 'cases_settings', privilege: 'Edit case settings' },
  { name: 'Create comments & attachments', id: 'create_comment', privilege: 'Add comments to cases' },
  { name: 'Re-open', id: 'case_reopen', privilege: 'Re-open closed cases' },
  { name: 'Assign users', id: 'cases_assign', privilege: 'Assign users to cases' },
];

function casesFeature(id: string, name: string): FeatureSummary {
  return {
    id,
    name,
    subFeatures: SUB_FEATURES.map((sub) => ({
      name: sub.name,
      privilegeGroups: [{ groupType: 'independent', privileges: [{ id: sub.id, name: sub.privilege, includeIn: 'all' as const }] }],
    })),
  };
}

export const FEATURES: FeatureSummary[] = [
  casesFeature('securitySolutionCasesV3', 'Cases (Security)'),
  casesFeature('observabilityCasesV3', 'Cases (Observability)'),
  casesFeature('generalCasesV3', 'Cases (Stack Management)'),
];

const NO_ES = { cluster: [], indices: [], run_as: [] };
const reserved = (name: string, description: string, kibana: Role['kibana']): Role => ({
  name,
  description,
  metadata: { _reserved: true },
  transient_metadata: { enabled: true },
  elasticsearch: NO_ES,
  kibana,
});

export const SUPERUSER_ROLE = reserved('superuser', 'Grants every privilege', [{ base: ['all'], feature: {}, spaces: ['*'] }]);
export const VIEWER_ROLE = reserved('viewer', 'Read-only access to every feature', [{ base: ['read'], feature: {}, spaces: ['*'] }]);
export const SOC_L1_ROLE = reserved('soc_l1', 'SOC analyst, level 1', [
  { base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'] }, spaces: ['*'] },
]);
export const EU_ANALYST_ROLE: Role = {
  name: 'eu_analyst',
  description: 'Security cases in the EU space',
  metadata: { team: 'eu' },
  transient_metadata: { enabled: true },
  // Set through the API: the editor must keep it.
  elasticsearch: { cluster: ['monitor'], indices: [], run_as: [] },
  kibana: [{ base: [], feature: { securitySolutionCasesV3: ['all'], someOtherPluginFeature: ['read'] }, spaces: ['soc-eu'] }],
};

export const ROLES: Role[] = [EU_ANALYST_ROLE, SOC_L1_ROLE, SUPERUSER_ROLE, VIEWER_ROLE];

export const ELASTIC: ManagedUser = { username: 'elastic', roles: ['superuser'], full_name: 'Elastic Admin', email: 'admin@example.com', metadata: {}, enabled: true };
export const ALICE: ManagedUser = { username: 'alice', roles: ['soc_l1'], full_name: 'Alice Analyst', email: 'alice@example.com', metadata: {}, enabled: true };
export const BOB: ManagedUser = { username: 'bob', roles: ['viewer', 'eu_analyst'], full_name: null, email: null, metadata: {}, enabled: false };
export const USERS: ManagedUser[] = [ELASTIC, ALICE, BOB];
