import { useCallback, useMemo, useState } from 'react';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { CASE_COLUMNS } from './case_columns_config';

/** Kibana's key, so the choice reads the same way in both. */
export const TABLE_COLUMNS_STORAGE_KEY = 'cases.list.tableColumns';

/** Kibana's stored shape: every column in order, with whether it is shown. */
export interface StoredColumn {
  field: string;
  name: string;
  isChecked: boolean;
}

const BUILT_IN_FIELDS = new Set<string>(CASE_COLUMNS.map(({ id }) => id));

/**
 * The custom fields that can be columns. Kibana stores a custom field column under its key; a key
 * equal to a built-in column's id (a field keyed `status`) would be read as that column, so such
 * a field is not offered as a column.
 */
export const customColumnDefinitions = (definitions: readonly CustomFieldConfiguration[]) =>
  definitions.filter(({ key }) => !BUILT_IN_FIELDS.has(key));

function parseStored(raw: string | null): Map<string, boolean> {
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
  return checked;
}

function mergeColumns(checked: ReadonlyMap<string, boolean>, definitions: readonly CustomFieldConfiguration[]): StoredColumn[] {
  const builtIn = CASE_COLUMNS.map(({ id, name, canHide }) => ({ field: id as string, name, isChecked: !canHide || (checked.get(id) ?? true) }));
  // Custom field columns are hidden until picked, as in Kibana, and follow the settings' order.
  const custom = customColumnDefinitions(definitions).map(({ key, label }) => ({ field: key, name: label, isChecked: checked.get(key) ?? false }));
  return [...builtIn, ...custom];
}

/**
 * Reads what was stored, tolerating anything: a value from another release or hand-edited. Fields
 * no longer known are dropped, built-in columns added since are shown, custom field columns not
 * chosen yet are hidden, and Name is always shown.
 */
export function readStoredColumns(raw: string | null, definitions: readonly CustomFieldConfiguration[] = []): StoredColumn[] {
  return mergeColumns(parseStored(raw), definitions);
}

function load(): Map<string, boolean> {
  try {
    return parseStored(window.localStorage.getItem(TABLE_COLUMNS_STORAGE_KEY));
  } catch {
    // Storage can be disabled (private mode, policy): the picker still works for this visit.
    return new Map();
  }
}

/**
 * The analyst's column choice, kept across visits in local storage. The choice is held as read
 * and merged with the custom field definitions at each render, so a column picked on an earlier
 * visit is shown once the definitions arrive, not forgotten because they came late.
 */
export function useTableColumns(definitions: readonly CustomFieldConfiguration[] = []) {
  const [checked, setChecked] = useState<ReadonlyMap<string, boolean>>(load);
  const columns = useMemo(() => mergeColumns(checked, definitions), [checked, definitions]);

  const setVisible = useCallback(
    (field: string, isChecked: boolean) => {
      const next = mergeColumns(new Map(checked).set(field, isChecked), definitions);
      try {
        window.localStorage.setItem(TABLE_COLUMNS_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not persisted; the choice still applies until the page is left.
      }
      setChecked(new Map(next.map((column) => [column.field, column.isChecked])));
    },
    [checked, definitions],
  );

  const visible = useMemo(() => new Set(columns.filter((c) => c.isChecked).map((c) => c.field)), [columns]);
  return { columns, visible, setVisible };
}
