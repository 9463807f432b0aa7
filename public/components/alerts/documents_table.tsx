import { useMemo, type ReactElement } from 'react';
import { EuiBasicTable, type CriteriaWithPagination, type EuiBasicTableColumn } from '@elastic/eui';
import type { AlertSummary } from '../../containers/alerts_api';
import { DocumentRowActions } from './document_row_actions';
import { PAGE_SIZE_OPTIONS, pageableTotal } from './alerts_page_state';

export interface TableView {
  page: number;
  perPage: number;
  sortField?: string;
  sortOrder: 'asc' | 'desc';
}

interface DocumentsTableProps {
  noun: string;
  items: AlertSummary[];
  total: number;
  view: TableView;
  columns: Array<EuiBasicTableColumn<AlertSummary>>;
  isLoading: boolean;
  noItemsMessage: string;
  onChange: (view: TableView) => void;
  selected: AlertSummary[];
  /** Absent when the caller can do nothing to a selection: no checkboxes then. */
  onSelectionChange?: (selected: AlertSummary[]) => void;
  onOpenDetails: (item: AlertSummary) => void;
  /** Absent when the caller can do nothing to a row: no "more actions" menu then. */
  rowMenuItems?: (item: AlertSummary, close: () => void) => ReactElement[];
}

/**
 * A server-paged, server-sorted table of alerts or events: only the page on screen is ever in
 * the browser, whatever the index holds. Selection is per page, as in Kibana's alerts table.
 */
export function DocumentsTable({ noun, items, total, view, columns, isLoading, noItemsMessage, onChange, selected, onSelectionChange, onOpenDetails, rowMenuItems }: DocumentsTableProps) {
  const allColumns = useMemo<Array<EuiBasicTableColumn<AlertSummary>>>(
    () => [
      {
        name: 'Actions',
        width: '72px',
        render: (item: AlertSummary) => <DocumentRowActions item={item} noun={noun} onOpenDetails={onOpenDetails} menuItems={rowMenuItems} />,
      },
      ...columns,
    ],
    [columns, noun, onOpenDetails, rowMenuItems],
  );

  const handleChange = ({ page, sort }: CriteriaWithPagination<AlertSummary>) => {
    const perPage = page.size;
    const sortChanged = sort && (sort.field !== view.sortField || sort.direction !== view.sortOrder);
    onChange({
      // A new page size or a new order starts over at the first page.
      page: perPage !== view.perPage || sortChanged ? 1 : page.index + 1,
      perPage,
      sortField: sort ? String(sort.field) : view.sortField,
      sortOrder: sort?.direction ?? view.sortOrder,
    });
  };

  return (
    <EuiBasicTable<AlertSummary>
      items={items}
      itemId="id"
      columns={allColumns}
      loading={isLoading}
      noItemsMessage={noItemsMessage}
      tableCaption={`${noun[0].toUpperCase()}${noun.slice(1)}s`}
      tableLayout="fixed"
      pagination={{ pageIndex: view.page - 1, pageSize: view.perPage, totalItemCount: pageableTotal(total), pageSizeOptions: PAGE_SIZE_OPTIONS }}
      sorting={view.sortField ? { sort: { field: view.sortField as keyof AlertSummary, direction: view.sortOrder } } : undefined}
      selection={onSelectionChange ? { selected, onSelectionChange, selectable: () => true } : undefined}
      onChange={handleChange}
      rowProps={(item: AlertSummary) => ({ 'data-test-subj': `alerts-table-row-${item.id}` })}
      data-test-subj={`${noun}s-table`}
    />
  );
}
