import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CoreContextProvider, type CapabilitiesResponse } from '../../core';
import { allCapabilities, createTestCore } from '../../core/mocks';
import { allowedStatuses } from '../status/allowed_statuses';
import { casesCapabilitiesResponse, READ_ONLY, SOC_L1 } from './test_fixtures';
import { canChangeCase, casesCapabilitiesFor, intersectCapabilities, useCasesCapabilities } from './use_cases_capabilities';

function hookWith(capabilities: CapabilitiesResponse, owner: string) {
  const { core } = createTestCore({ capabilities });
  const wrapper = ({ children }: { children: ReactNode }) => <CoreContextProvider value={core}>{children}</CoreContextProvider>;
  return renderHook(() => useCasesCapabilities(owner), { wrapper }).result.current;
}

describe('useCasesCapabilities', () => {
  it("reads the owner's feature map of the page's capabilities", () => {
    const capabilities = casesCapabilitiesResponse({ securitySolution: SOC_L1, observability: READ_ONLY });
    expect(hookWith(capabilities, 'securitySolution')).toEqual({
      create: true, read: true, update: true, delete: false, push: true, connectors: true,
      settings: false, reopenCase: false, createComment: true, assign: true,
    });
    const observability = hookWith(capabilities, 'observability');
    expect(observability.read).toBe(true);
    expect(observability.update).toBe(false);
    // Nothing granted on the third owner: everything false.
    expect(Object.values(hookWith(capabilities, 'cases')).some(Boolean)).toBe(false);
  });

  it('grants nothing for an owner without a cases feature, even to a superuser', () => {
    expect(Object.values(casesCapabilitiesFor(allCapabilities(), 'someOtherApp')).some(Boolean)).toBe(false);
    expect(casesCapabilitiesFor(allCapabilities(), 'securitySolution').delete).toBe(true);
  });

  it('calls a case read-only only when nothing at all may be changed', () => {
    const of = (granted: Parameters<typeof casesCapabilitiesResponse>[0]) => casesCapabilitiesFor(casesCapabilitiesResponse(granted), 'securitySolution');
    expect(canChangeCase(of({ securitySolution: READ_ONLY }))).toBe(false);
    expect(canChangeCase(of({ securitySolution: [...READ_ONLY, 'createComment'] }))).toBe(true);
    expect(canChangeCase(of({}))).toBe(false);
  });

  it('intersects the owners of a selection', () => {
    const capabilities = casesCapabilitiesResponse({ securitySolution: SOC_L1, observability: READ_ONLY });
    const both = intersectCapabilities([casesCapabilitiesFor(capabilities, 'securitySolution'), casesCapabilitiesFor(capabilities, 'observability')]);
    expect(both.read).toBe(true);
    expect(both.update).toBe(false);
    expect(intersectCapabilities([]).read).toBe(false);
  });
});

describe('allowedStatuses', () => {
  const perms = (granted: Parameters<typeof casesCapabilitiesResponse>[0]['securitySolution']) =>
    casesCapabilitiesFor(casesCapabilitiesResponse({ securitySolution: granted }), 'securitySolution');

  it('offers leaving closed only with case_reopen, and any other move with update', () => {
    expect(allowedStatuses(['closed'], perms(SOC_L1))).toEqual(['closed']);
    expect(allowedStatuses(['closed'], perms([...READ_ONLY, 'reopenCase']))).toEqual(['open', 'in-progress', 'closed']);
    expect(allowedStatuses(['open'], perms(SOC_L1))).toEqual(['open', 'in-progress', 'closed']);
    expect(allowedStatuses(['open'], perms(READ_ONLY))).toEqual(['open']);
    // A selection of open and closed cases without reopen: only closing is allowed for all.
    expect(allowedStatuses(['open', 'closed'], perms(SOC_L1))).toEqual(['closed']);
  });
});
