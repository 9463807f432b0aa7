import { useMemo } from 'react';
import { useIsWithinMinBreakpoint } from '@elastic/eui';
import { CASE_COLUMNS, CUSTOM_FIELD_COLUMN_PRIORITY } from './case_columns_config';

const WIDE_ONLY: string[] = CASE_COLUMNS.filter((c) => c.priority !== 'always').map((c) => c.id);
const NOT_ON_CARDS: string[] = CASE_COLUMNS.filter((c) => c.priority === 'wide').map((c) => c.id);

/**
 * The columns the window is too narrow for. From EUI's `xl` breakpoint (1200 px) none; below it,
 * down to `l` (992 px, where the table's rows become cards, see CasesTable), the low-priority
 * columns go, so the rest keep a width their content fits in; on the cards, only those a card
 * has no line to spare for. Custom field columns (by key) rank as CUSTOM_FIELD_COLUMN_PRIORITY.
 */
export function useHiddenByWidth(customColumnKeys: readonly string[] = []): Set<string> {
  const isWide = useIsWithinMinBreakpoint('xl');
  const isTable = useIsWithinMinBreakpoint('l');
  const keys = customColumnKeys.join('\n');
  return useMemo(() => {
    if (isWide) return new Set<string>();
    const custom = keys === '' ? [] : keys.split('\n');
    const priority = CUSTOM_FIELD_COLUMN_PRIORITY;
    const customHidden = priority === 'wide' || (priority === 'wideOrCards' && isTable) ? custom : [];
    return new Set<string>([...(isTable ? WIDE_ONLY : NOT_ON_CARDS), ...customHidden]);
  }, [isWide, isTable, keys]);
}
