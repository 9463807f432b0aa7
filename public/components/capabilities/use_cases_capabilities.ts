/**
 * What the browser may offer on cases of one owner, from the page's capabilities: the plugin's
 * reading of core's `useCapabilities()` (core knows no feature by name). The server still checks
 * every request; this only keeps controls it would refuse off the screen.
 */
import { useCallback, useMemo } from 'react';
import { CASES_FEATURE_IDS, casesCapabilitiesOf, type CasesCapabilities } from '../../../common/capabilities';
import type { Owner } from '../../../common/constants';
import { useCapabilities, type CapabilitiesResponse } from '../../core';

export type { CasesCapabilities };

export function casesCapabilitiesFor(capabilities: CapabilitiesResponse, owner: Owner): CasesCapabilities {
  // An owner without a cases feature grants nothing: casesCapabilitiesOf(undefined) is all false.
  const featureId = (CASES_FEATURE_IDS as Record<string, string>)[owner];
  return casesCapabilitiesOf(featureId === undefined ? undefined : capabilities[featureId]);
}

export function useCasesCapabilities(owner: Owner): CasesCapabilities {
  const capabilities = useCapabilities();
  // One object per owner and page, so contexts and memos that hold it stay stable.
  return useMemo(() => casesCapabilitiesFor(capabilities, owner), [capabilities, owner]);
}

/** For lists of cases of several owners: each row asks for its own owner's. */
export function useCasesCapabilitiesByOwner(): (owner: Owner) => CasesCapabilities {
  const capabilities = useCapabilities();
  return useCallback((owner: Owner) => casesCapabilitiesFor(capabilities, owner), [capabilities]);
}

/** Whether the caller may change anything at all on a case: else the case view is read-only. */
export function canChangeCase(permissions: CasesCapabilities): boolean {
  return permissions.update || permissions.createComment || permissions.delete || permissions.assign || permissions.reopenCase;
}

/** What may be done to all of several cases at once: only what every one's owner allows. */
export function intersectCapabilities(list: readonly CasesCapabilities[]): CasesCapabilities {
  return combine(list, (held) => held.length > 0 && held.every(Boolean));
}

/** What may be done to at least one of several cases. */
export function unionCapabilities(list: readonly CasesCapabilities[]): CasesCapabilities {
  return combine(list, (held) => held.some(Boolean));
}

function combine(list: readonly CasesCapabilities[], rule: (held: boolean[]) => boolean): CasesCapabilities {
  const keys = Object.keys(casesCapabilitiesOf(undefined)) as Array<keyof CasesCapabilities>;
  return Object.fromEntries(keys.map((key) => [key, rule(list.map((permissions) => permissions[key]))])) as CasesCapabilities;
}

/** Whether a list's bulk actions (status, severity, tags, assignees, delete) offer anything. */
export function canBulkEdit(permissions: CasesCapabilities): boolean {
  return permissions.update || permissions.reopenCase || permissions.assign || permissions.delete;
}
