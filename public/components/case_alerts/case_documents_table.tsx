/**
 * The table both tabs share: one server page of the case's alerts or events, its paging and
 * sorting driven by the server (a case may hold 100,000 alerts), a retry on failure and an
 * empty prompt when the case holds none.
 */
import type { ReactNode } from 'react';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiEmptyPrompt, EuiSpacer, type Criteria, type EuiBasicTableColumn, type EuiTableSelectionType } from '@elastic/eui';
import type { AlertSummary } from '../../containers/alerts_api';
import { getErrorMessage } from '../../core';

export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

export interface TablePage {
  pageIndex: number;
  pageSize: number;
}

export interface CaseDocumentsTableProps {
  /** "alert" or "event": names the table, its states and its data-test-subj. */
  noun: 'alert' | 'event';
  items: AlertSummary[];
  total: number;
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  columns: Array<EuiBasicTableColumn<AlertSummary>>;
  page: TablePage;
  sort: { field: string; direction: 'asc' | 'desc' };
  onChange: (criteria: Criteria<AlertSummary>) => void;
  selection?: EuiTableSelectionType<AlertSummary>;
  /** Shown when the case holds none at all (not when a filter matches none). */
  emptyPrompt: ReactNode;
  isEmpty: boolean;
}

export function CaseDocumentsTable({ noun, items, total, isLoading, error, onRetry, columns, page, sort, onChange, selection, emptyPrompt, isEmpty }: CaseDocumentsTableProps) {
  if (isEmpty) return <>{emptyPrompt}</>;
  return (
    <>
      {error != null && (
        <>
          <EuiCallOut color="danger" iconType="error" title={`The case's ${noun}s could not be loaded`} data-test-subj={`case-${noun}s-error`}>
            <p>{getErrorMessage(error)}</p>
            <EuiButton size="s" color="danger" onClick={onRetry} data-test-subj={`case-${noun}s-retry`}>
              Try again
            </EuiButton>
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      <EuiBasicTable<AlertSummary>
        tableCaption={`The case's ${noun}s`}
        items={items}
        itemId="id"
        columns={columns}
        loading={isLoading}
        noItemsMessage={isLoading ? `Loading ${noun}s…` : `No ${noun}s match`}
        pagination={{ pageIndex: page.pageIndex, pageSize: page.pageSize, totalItemCount: total, pageSizeOptions: PAGE_SIZE_OPTIONS }}
        sorting={{ sort: { field: sort.field as keyof AlertSummary, direction: sort.direction } }}
        selection={selection}
        onChange={onChange}
        rowProps={(item) => ({ 'data-test-subj': `case-${noun}s-row-${item.id}` })}
        data-test-subj={`case-${noun}s-table`}
      />
    </>
  );
}

export function EmptyDocumentsPrompt({ noun, body }: { noun: 'alert' | 'event'; body: string }) {
  return (
    <EuiEmptyPrompt
      iconType={noun === 'alert' ? 'bell' : 'table'}
      title={<h3>No {noun}s in this case</h3>}
      body={<p>{body}</p>}
      titleSize="s"
      data-test-subj={`case-${noun}s-empty`}
    />
  );
}
