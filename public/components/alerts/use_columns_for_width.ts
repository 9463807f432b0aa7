import { useMemo, useSyncExternalStore } from 'react';
import type { EuiBasicTableColumn } from '@elastic/eui';

/** Below this window width the free-text columns no longer get a readable share of the table. */
export const WIDE_TABLE_MIN_WIDTH = 1400;

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

/**
 * The columns the window has room for. A fixed-layout table whose fixed widths add up past the
 * page squeezes its flexible columns to nothing and pushes the page sideways (a 1024 px laptop
 * lost the rule, host and user that way); below WIDE_TABLE_MIN_WIDTH the long free-text columns
 * go instead (the details flyout shows them), so what is left stays legible.
 */
export function useColumnsForWidth<T extends object>(columns: Array<EuiBasicTableColumn<T>>, wideOnlyFields: ReadonlySet<string>): Array<EuiBasicTableColumn<T>> {
  const isWide = useSyncExternalStore(subscribe, () => window.innerWidth >= WIDE_TABLE_MIN_WIDTH);
  return useMemo(
    () => (isWide ? columns : columns.filter((column) => !('field' in column) || !wideOnlyFields.has(String(column.field)))),
    [isWide, columns, wideOnlyFields],
  );
}
