/**
 * Kibana's Cases privileges and UI capabilities, shared by the server (which grants them) and
 * the browser (which shows only what they allow). The names are Kibana's, so a role body or a
 * capabilities check written for Kibana reads the same here.
 */

/** The feature id each of Kibana's owners registers its cases privileges under. */
export const CASES_FEATURE_IDS = {
  securitySolution: 'securitySolutionCasesV3',
  observability: 'observabilityCasesV3',
  cases: 'generalCasesV3',
} as const;

/** Kibana's sub-feature privilege ids, each granted on its own or by `all`. */
export const CASES_SUB_FEATURES = {
  delete: 'cases_delete',
  settings: 'cases_settings',
  createComment: 'create_comment',
  reopenCase: 'case_reopen',
  assign: 'cases_assign',
} as const;

/** Kibana's UI capabilities of a cases feature (`capabilities[featureId][name]`). */
export const CASES_UI_CAPABILITIES = {
  create: 'create_cases',
  read: 'read_cases',
  update: 'update_cases',
  delete: 'delete_cases',
  push: 'push_cases',
  connectors: 'cases_connectors',
  settings: 'cases_settings',
  reopenCase: 'case_reopen',
  createComment: 'create_comment',
  assign: 'cases_assign',
} as const;

export type CasesCapability = keyof typeof CASES_UI_CAPABILITIES;
/** What the browser may show for one owner in the current space. */
export type CasesCapabilities = Record<CasesCapability, boolean>;

/** Reads one feature's capabilities out of the capabilities response; anything missing is false. */
export function casesCapabilitiesOf(feature: Readonly<Record<string, unknown>> | undefined): CasesCapabilities {
  const entries = Object.entries(CASES_UI_CAPABILITIES).map(([key, name]) => [key, feature?.[name] === true]);
  return Object.fromEntries(entries) as CasesCapabilities;
}
