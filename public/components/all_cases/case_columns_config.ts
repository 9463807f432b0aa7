/**
 * The list's data columns: their ids (the find API's sort field where sortable), header names,
 * whether the analyst may hide them, and the narrowest width at which they are worth their space.
 * One table drives the column picker, the width-based hiding and the column renderers.
 */
export type CaseColumnId =
  | 'incremental_id'
  | 'title'
  | 'assignees'
  | 'tags'
  | 'totalComment'
  | 'category'
  | 'createdAt'
  | 'updatedAt'
  | 'closedAt'
  | 'severity'
  | 'status';

export interface CaseColumnInfo {
  id: CaseColumnId;
  name: string;
  /** The Name column is how a row is recognised and opened: it cannot be hidden. */
  canHide: boolean;
  /**
   * Which widths a column is worth its space at, so the title and the columns an analyst triages
   * by (number, severity, status, owner) keep a readable width instead of being crushed:
   * - 'always': every width;
   * - 'wide': from EUI's `xl` breakpoint (1200 px) only, in the table and on the cards alike
   *   (on a card every field costs a line);
   * - 'wideOrCards': from `xl` in the table, and on the cards (below `l`, 992 px), which have the
   *   room a table row of 992 to 1200 px lacks. Tags are this: at 168 px they would cost the
   *   title some 23 characters, and the filter bar still narrows by them.
   */
  priority: ColumnPriority;
}

export type ColumnPriority = 'always' | 'wide' | 'wideOrCards';

/**
 * Custom field columns are extras an analyst picks: at 992 to 1200 px each would take its width
 * from the title, so there they wait for a wider window, as tags do; a card has room for them.
 */
export const CUSTOM_FIELD_COLUMN_PRIORITY: ColumnPriority = 'wideOrCards';

export const CASE_COLUMNS: readonly CaseColumnInfo[] = [
  { id: 'incremental_id', name: '#', canHide: true, priority: 'always' },
  { id: 'title', name: 'Name', canHide: false, priority: 'always' },
  { id: 'assignees', name: 'Assignees', canHide: true, priority: 'always' },
  { id: 'tags', name: 'Tags', canHide: true, priority: 'wideOrCards' },
  { id: 'totalComment', name: 'Comments', canHide: true, priority: 'wide' },
  { id: 'category', name: 'Category', canHide: true, priority: 'wide' },
  { id: 'createdAt', name: 'Created on', canHide: true, priority: 'always' },
  { id: 'updatedAt', name: 'Updated on', canHide: true, priority: 'wide' },
  { id: 'closedAt', name: 'Closed on', canHide: true, priority: 'wide' },
  { id: 'severity', name: 'Severity', canHide: true, priority: 'always' },
  { id: 'status', name: 'Status', canHide: true, priority: 'always' },
];
