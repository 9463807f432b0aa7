import { useCallback, useState } from 'react';
import { CASE_COLUMNS, type CaseColumnId } from './case_columns_config';

/** Kibana's key, so the choice reads the same way in both. */
export const TABLE_COLUMNS_STORAGE_KEY = 'cases.list.tableColumns';

/** Kibana's stored shape: every column in order, with whether it is shown. */
export interface StoredColumn {
  field: string;
  name: string;
  isChecked: boolean;
}

const defaults = (): StoredColumn[] => CASE_COLUMNS.map(({ id, name }) => ({ field: id, name, isChecked: true }));

/**
 * Reads what was stored, tolerating anything: a value from another release or hand-edited. Fields
 * no longer known are dropped, columns added since are shown, and Name is always shown.
 */
export function readStoredColumns(raw: string | null): StoredColumn[] {
  let stored: unknown;
  try {
    stored = raw === null ? null : JSON.parse(raw);
  } catch {
    stored = null;
  }
  const checked = new Map<string, boolean>();
  if (Array.isArray(stored)) {
    for (const entry of stored) {
      if (entry && typeof entry.field === 'string' && typeof entry.isChecked === 'boolean') checked.set(entry.field, entry.isChecked);
    }
  }
  return CASE_COLUMNS.map(({ id, name, canHide }) => ({ field: id, name, isChecked: !canHide || (checked.get(id) ?? true) }));
}

function load(): StoredColumn[] {
  try {
    return readStoredColumns(window.localStorage.getItem(TABLE_COLUMNS_STORAGE_KEY));
  } catch {
    // Storage can be disabled (private mode, policy): the picker still works for this visit.
    return defaults();
  }
}

/** The analyst's column choice, kept across visits in local storage. */
export function useTableColumns() {
  const [columns, setColumns] = useState<StoredColumn[]>(load);

  const setVisible = useCallback((field: CaseColumnId, isChecked: boolean) => {
    setColumns((current) => {
      const next = readStoredColumns(JSON.stringify(current.map((c) => (c.field === field ? { ...c, isChecked } : c))));
      try {
        window.localStorage.setItem(TABLE_COLUMNS_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not persisted; the choice still applies until the page is left.
      }
      return next;
    });
  }, []);

  const visible = new Set(columns.filter((c) => c.isChecked).map((c) => c.field as CaseColumnId));
  return { columns, visible, setVisible };
}
