/**
 * The two built-in roles a SOC starts from, registered by the cases plugin as reserved (read-only
 * through the role API). Both act in every space on Security's cases only; what separates them
 * is what an L1 analyst must not do alone: delete evidence or reopen what an L2 closed. Neither
 * edits the case settings (custom fields, templates, closure): that stays an admin's.
 */
import type { ReservedRoleDefinition } from '../core';
import { CASES_FEATURE_IDS, CASES_SUB_FEATURES } from '../../common/capabilities';

const SECURITY_CASES = CASES_FEATURE_IDS.securitySolution;
/**
 * The platform's "Actions and Connectors" feature, read: the case form fills a connector's
 * fields (Jira issue types, ServiceNow choices) by running its lookups, which needs `execute`.
 * Managing connectors (create, edit, delete) stays an admin's.
 */
const CONNECTORS_READ = { actions: ['read'] };
const { createComment, assign, reopenCase, delete: deleteCases } = CASES_SUB_FEATURES;

/** Triage: read, create, update, push, comment and assign Security cases; no delete, no reopen, no settings. */
export const SOC_L1_ROLE: ReservedRoleDefinition = {
  name: 'soc_l1',
  description: 'SOC L1 analyst: reads, creates, updates, pushes, comments on and assigns Security cases. Cannot delete, reopen or change case settings.',
  kibana: [{ base: [], feature: { [SECURITY_CASES]: ['minimal_all', createComment, assign], ...CONNECTORS_READ }, spaces: ['*'] }],
};

/** Response: everything L1 may, plus reopening closed cases and deleting cases and comments; no settings. */
export const SOC_L2_ROLE: ReservedRoleDefinition = {
  name: 'soc_l2',
  description: 'SOC L2 responder: everything on Security cases (including delete and reopen) except changing case settings.',
  kibana: [{ base: [], feature: { [SECURITY_CASES]: ['minimal_all', createComment, assign, reopenCase, deleteCases], ...CONNECTORS_READ }, spaces: ['*'] }],
};

export const SOC_ROLES: readonly ReservedRoleDefinition[] = [SOC_L1_ROLE, SOC_L2_ROLE];
