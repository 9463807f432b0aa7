/**
 * Capabilities as the server answers them for Kibana's privileges on the cases features, so a
 * test renders a page as a given role sees it. The maps follow common15's resolution rules.
 */
import { CASES_FEATURE_IDS, CASES_UI_CAPABILITIES, type CasesCapability } from '../../../common/capabilities';
import type { KnownOwner } from '../../../common/constants';
import type { CapabilitiesResponse } from '../../core';
import { noCapabilities } from '../../core/mocks';

/** `read` / `minimal_read`. */
export const READ_ONLY: CasesCapability[] = ['read', 'connectors'];
/** `minimal_all`: the primary `all` without any sub-feature. */
export const MINIMAL_ALL: CasesCapability[] = ['create', 'read', 'update', 'push', 'connectors'];
/** The built-in `soc_l1`: minimal_all + create_comment + cases_assign. */
export const SOC_L1: CasesCapability[] = [...MINIMAL_ALL, 'createComment', 'assign'];
/** The built-in `soc_l2`: everything but settings. */
export const SOC_L2: CasesCapability[] = [...SOC_L1, 'reopenCase', 'delete'];
/** `all`. */
export const ALL: CasesCapability[] = [...SOC_L2, 'settings'];

/** The capabilities response of a caller holding `granted` per owner, and nothing else. */
export function casesCapabilitiesResponse(granted: Partial<Record<KnownOwner, CasesCapability[]>>): CapabilitiesResponse {
  const response = noCapabilities();
  for (const [owner, featureId] of Object.entries(CASES_FEATURE_IDS)) {
    const held = new Set(granted[owner as KnownOwner] ?? []);
    response[featureId] = Object.fromEntries(
      (Object.entries(CASES_UI_CAPABILITIES) as Array<[CasesCapability, string]>).map(([key, name]) => [name, held.has(key)]),
    );
  }
  return response;
}
