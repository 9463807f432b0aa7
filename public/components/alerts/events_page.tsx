import { useMemo } from 'react';
import { EuiSpacer } from '@elastic/eui';
import type { EventSortField } from '../../containers/alerts_api';
import { useFindEvents } from '../../containers/use_find_events';
import { EVENT_COLUMNS, EVENT_WIDE_ONLY_FIELDS } from './alerts_columns';
import { useColumnsForWidth } from './use_columns_for_width';
import { AlertsPageLayout } from './alerts_page_layout';
import { DEFAULT_EVENTS_STATE, toFindEventsRequest, type EventsPageState } from './alerts_page_state';
import { AlertsSearch } from './alerts_search';
import { DocumentsResults, usePageView } from './documents_results';
import type { TableView } from './documents_table';
import { AlertsTimePicker } from './lazy_alerts_time_picker';
import { useDocumentActions } from './use_document_actions';
import { useTimeRange } from './use_time_range';

/** `/events`: the space's raw events, the same table and add-to-case actions as the alerts. */
export function EventsPage() {
  const actions = useDocumentActions('event');
  const [state, update] = usePageView<EventsPageState>(DEFAULT_EVENTS_STATE, actions.setSelected);
  const time = useTimeRange();
  const request = useMemo(() => toFindEventsRequest(state, time.bounds), [state, time.bounds]);
  const find = useFindEvents(request);
  const columns = useColumnsForWidth(EVENT_COLUMNS, EVENT_WIDE_ONLY_FIELDS);

  const refresh = () => {
    time.refresh();
    void find.refetch();
  };

  return (
    <AlertsPageLayout
      active="events"
      rightSideItems={[<AlertsTimePicker key="time" range={time.range} onChange={(range) => (time.setRange(range), update({}))} onRefresh={refresh} isLoading={find.isFetching} />]}
    >
      <AlertsSearch value={state.search} onSearch={(search) => update({ search })} placeholder="Search events: message, command line…" />
      <EuiSpacer size="m" />
      <DocumentsResults
        noun="event"
        find={find}
        items={find.data?.events ?? []}
        total={find.data?.total ?? 0}
        view={state}
        columns={columns}
        noItemsMessage="No events in this time range. Load sample data from the Alerts tab, or send events to POST /api/events/_ingest."
        onChange={(view: TableView) => update({ ...view, sortField: view.sortField as EventSortField })}
        onRefresh={refresh}
        actions={actions}
        isBusy={find.isFetching}
      />
      {actions.overlays}
    </AlertsPageLayout>
  );
}
