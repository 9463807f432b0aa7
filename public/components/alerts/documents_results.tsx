import { useCallback, useState, type ReactElement } from 'react';
import { EuiButton, EuiCallOut, type EuiBasicTableColumn } from '@elastic/eui';
import { getErrorMessage } from '../../core';
import type { AlertSummary } from '../../containers/alerts_api';
import { DocumentsTable, type TableView } from './documents_table';
import { DocumentsUtilityBar } from './documents_utility_bar';
import type { useDocumentActions } from './use_document_actions';

/**
 * A page's view (filters, sort, page). Any change clears the selection, which is per page, and
 * starts over at page 1 unless the change itself names a page (the table's paging does).
 */
export function usePageView<S extends { page: number }>(initial: S, setSelected: (selected: AlertSummary[]) => void) {
  const [view, setView] = useState<S>(initial);
  const update = useCallback(
    (patch: Partial<S>) => {
      setSelected([]);
      setView((current) => ({ ...current, page: 1, ...patch }));
    },
    [setSelected],
  );
  return [view, update] as const;
}

interface DocumentsResultsProps {
  noun: 'alert' | 'event';
  find: { error: unknown; isFetching: boolean; isLoading: boolean };
  items: AlertSummary[];
  total: number;
  view: TableView;
  columns: Array<EuiBasicTableColumn<AlertSummary>>;
  /** What an empty answer says once loaded. */
  noItemsMessage: string;
  onChange: (view: TableView) => void;
  onRefresh: () => void;
  actions: ReturnType<typeof useDocumentActions>;
  /** Whether the refresh button spins: a fetch, or a status change under way. */
  isBusy: boolean;
}

/** The Alerts and Events pages' results: why they failed to load, or the count bar and the page of documents. */
export function DocumentsResults({ noun, find, items, total, view, columns, noItemsMessage, onChange, onRefresh, actions, isBusy }: DocumentsResultsProps): ReactElement {
  if (find.error) {
    return (
      <EuiCallOut color="danger" iconType="error" title={`The ${noun}s could not be loaded`} data-test-subj={`${noun}s-load-error`}>
        <p>{getErrorMessage(find.error)}</p>
        <EuiButton color="danger" size="s" onClick={onRefresh} isLoading={find.isFetching} data-test-subj={`${noun}s-load-retry`}>
          Try again
        </EuiButton>
      </EuiCallOut>
    );
  }
  const first = total === 0 ? 0 : (view.page - 1) * view.perPage + 1;
  return (
    <>
      <DocumentsUtilityBar
        noun={noun}
        first={first}
        last={first === 0 ? 0 : first + items.length - 1}
        total={total}
        selectedCount={actions.selected.length}
        bulkItems={actions.bulkItems}
        onRefresh={onRefresh}
        isFetching={isBusy}
      />
      <DocumentsTable
        noun={noun}
        items={items}
        total={total}
        view={view}
        columns={columns}
        isLoading={find.isFetching}
        noItemsMessage={find.isLoading ? `Loading ${noun}s…` : noItemsMessage}
        onChange={onChange}
        selected={actions.selected}
        onSelectionChange={actions.hasActions ? actions.setSelected : undefined}
        onOpenDetails={actions.openDetails}
        rowMenuItems={actions.hasActions ? actions.rowMenuItems : undefined}
      />
    </>
  );
}
