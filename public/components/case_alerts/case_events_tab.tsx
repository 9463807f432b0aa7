/** The case's Events tab: the events attached to it, read from the events index, a server page at a time. */
import { useMemo, useState } from 'react';
import type { EuiBasicTableColumn } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { AlertSummary } from '../../containers/alerts_api';
import { useCaseEvents } from '../../containers/use_case_events';
import { AlertDetailsFlyout } from '../alerts/alert_details_flyout';
import { totalEventsOf } from '../case_view/case_view_tabs';
import { CaseDocumentsTable, EmptyDocumentsPrompt } from './case_documents_table';
import { eventColumns } from './document_columns';
import { useClampPage, useResetPageOn, useTableState } from './use_table_state';

/** `search`: the Attachments tab's search; events whose id starts with it (matched by the server). */
export function CaseEventsTab({ caseData, search = '' }: { caseData: Case; search?: string }) {
  const table = useTableState<'@timestamp'>({ field: '@timestamp', direction: 'desc' });
  const [shown, setShown] = useState<AlertSummary | null>(null);
  const needle = search.trim();
  const events = useCaseEvents(caseData.id, { ...table.query, ...(needle ? { search: needle } : {}) });
  useResetPageOn(needle, table.resetPage);
  useClampPage(events.data?.total, table.page, table.onChange);

  const columns = useMemo<Array<EuiBasicTableColumn<AlertSummary>>>(
    () => [
      ...eventColumns,
      {
        name: 'Actions',
        width: '60px',
        actions: [{ name: 'View details', description: 'Open the event details', icon: 'inspect', type: 'icon', onClick: (item: AlertSummary) => setShown(item), 'data-test-subj': 'case-events-view-details' }],
      },
    ],
    [],
  );

  const total = events.data?.total ?? 0;
  return (
    <section aria-label="Events in this case">
      <CaseDocumentsTable
        noun="event"
        items={events.data?.events ?? []}
        total={total}
        isLoading={events.isFetching}
        error={events.error}
        onRetry={() => void events.refetch()}
        columns={columns}
        page={table.page}
        sort={table.sort}
        onChange={table.onChange}
        isEmpty={totalEventsOf(caseData) === 0 && !needle && !events.isPending && total === 0}
        emptyPrompt={<EmptyDocumentsPrompt noun="event" body="Events added to this case from the Events page are listed here." />}
      />
      {shown && <AlertDetailsFlyout alert={shown} onClose={() => setShown(null)} />}
    </section>
  );
}
