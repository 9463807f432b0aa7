/**
 * Kibana's three owners, as its OWNER_INFO and feature registrations describe them: the app,
 * the features each turns on, and the `*CasesV3` feature privileges.
 */
import { CASES_FEATURE_IDS } from '../../common/capabilities';
import { KIBANA_OWNER_FEATURES } from '../../common/owners/kibana_owner_features';
import type { OwnerDefinition } from './owner_registry';

const privilegesOf = (feature: string) => ({ feature, read: `feature_${feature}.read`, all: `feature_${feature}.all` });

export const KIBANA_OWNERS: readonly OwnerDefinition[] = [
  {
    id: 'securitySolution',
    appId: 'securitySolutionUI',
    label: 'Security',
    features: KIBANA_OWNER_FEATURES.securitySolution,
    privileges: privilegesOf(CASES_FEATURE_IDS.securitySolution),
  },
  {
    id: 'observability',
    appId: 'observability-overview',
    label: 'Observability',
    features: KIBANA_OWNER_FEATURES.observability,
    privileges: privilegesOf(CASES_FEATURE_IDS.observability),
  },
  {
    id: 'cases',
    appId: 'management',
    label: 'Management',
    features: KIBANA_OWNER_FEATURES.cases,
    privileges: privilegesOf(CASES_FEATURE_IDS.cases),
  },
];
