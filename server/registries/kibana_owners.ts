/**
 * Kibana's three owners, as its OWNER_INFO and feature registrations describe them: the app,
 * the features each turns on, and the `*CasesV3` feature privileges.
 */
import { CASES_FEATURE_IDS } from '../../common/capabilities';
import type { OwnerDefinition } from './owner_registry';

const privilegesOf = (feature: string) => ({ feature, read: `feature_${feature}.read`, all: `feature_${feature}.all` });

export const KIBANA_OWNERS: readonly OwnerDefinition[] = [
  {
    id: 'securitySolution',
    appId: 'securitySolutionUI',
    label: 'Security',
    features: { alerts: { syncDefault: true }, observables: { enabled: true, autoExtractDefault: true } },
    privileges: privilegesOf(CASES_FEATURE_IDS.securitySolution),
  },
  {
    id: 'observability',
    appId: 'observability-overview',
    label: 'Observability',
    features: { alerts: { syncDefault: false }, observables: { enabled: false, autoExtractDefault: false } },
    privileges: privilegesOf(CASES_FEATURE_IDS.observability),
  },
  {
    id: 'cases',
    appId: 'management',
    label: 'Management',
    features: { alerts: { syncDefault: false }, observables: { enabled: true, autoExtractDefault: false } },
    privileges: privilegesOf(CASES_FEATURE_IDS.cases),
  },
];
