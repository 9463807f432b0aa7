/**
 * The case being viewed and its one conflict-safe way of saving, shared with the header, the
 * sidebar and the timeline so that every field reports its 409s to the same callout.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Case } from '../../../common/types/domain/case';
import type { CasesCapabilities } from '../capabilities/use_cases_capabilities';
import type { ConflictSafeUpdate } from './use_conflict_safe_update';

export interface CaseEditContextValue extends ConflictSafeUpdate {
  caseData: Case;
  /** What the caller may do to this case (its owner's capabilities): each control asks here. */
  permissions: CasesCapabilities;
}

const CaseEditContext = createContext<CaseEditContextValue | null>(null);

export function CaseEditProvider({ value, children }: { value: CaseEditContextValue; children: ReactNode }) {
  return <CaseEditContext.Provider value={value}>{children}</CaseEditContext.Provider>;
}

export function useCaseEdit(): CaseEditContextValue {
  const value = useContext(CaseEditContext);
  if (!value) throw new Error('useCaseEdit must be used inside the case view');
  return value;
}
