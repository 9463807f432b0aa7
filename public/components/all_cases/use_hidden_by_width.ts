import { useMemo } from 'react';
import { useIsWithinMinBreakpoint } from '@elastic/eui';
import { CASE_COLUMNS, type CaseColumnId } from './case_columns_config';

const WIDE_ONLY = CASE_COLUMNS.filter((c) => c.priority !== 'always').map((c) => c.id);
const NOT_ON_CARDS = CASE_COLUMNS.filter((c) => c.priority === 'wide').map((c) => c.id);

/**
 * The columns the window is too narrow for. From EUI's `xl` breakpoint (1200 px) none; below it,
 * down to `l` (992 px, where the table's rows become cards, see CasesTable), the low-priority
 * columns go, so the rest keep a width their content fits in; on the cards, only those a card
 * has no line to spare for.
 */
export function useHiddenByWidth(): Set<CaseColumnId> {
  const isWide = useIsWithinMinBreakpoint('xl');
  const isTable = useIsWithinMinBreakpoint('l');
  return useMemo(() => new Set<CaseColumnId>(isWide ? [] : isTable ? WIDE_ONLY : NOT_ON_CARDS), [isWide, isTable]);
}
