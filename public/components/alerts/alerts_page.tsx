import { useMemo, useRef } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiSpacer } from '@elastic/eui';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import type { AlertSortField } from '../../containers/alerts_api';
import { useFindAlerts } from '../../containers/use_find_alerts';
import { ALERT_COLUMNS, ALERT_WIDE_ONLY_FIELDS } from './alerts_columns';
import { AlertsEmptyPrompt } from './alerts_empty_prompt';
import { AlertsHistogram } from './alerts_histogram';
import { AlertsFilters } from './alerts_filters';
import { AlertsPageLayout } from './alerts_page_layout';
import { DEFAULT_ALERTS_STATE, toFindAlertsRequest, type AlertsPageState } from './alerts_page_state';
import { AlertsSearch } from './alerts_search';
import { fieldText } from './alert_values';
import { DocumentsResults, usePageView } from './documents_results';
import type { TableView } from './documents_table';
import { AlertsTimePicker } from './lazy_alerts_time_picker';
import { useColumnsForWidth } from './use_columns_for_width';
import { useDocumentActions } from './use_document_actions';
import { useTimeRange } from './use_time_range';

/** Rule names seen on the pages loaded so far, for the Rule filter. */
function useKnownRules(names: Array<string | undefined>) {
  const seen = useRef(new Set<string>());
  for (const name of names) if (name) seen.current.add(name);
  return [...seen.current].sort((a, b) => a.localeCompare(b));
}

/**
 * `/alerts`: the space's alerts, newest first, filtered and paged by the server. The first
 * render asks for one page and nothing else; only an empty answer asks whether the space holds
 * any alert at all (the empty page with sample data) or merely none that match. The trend chart
 * above the table waits for that first page before it loads or asks anything.
 */
export function AlertsPage() {
  const actions = useDocumentActions('alert');
  const [state, update] = usePageView<AlertsPageState>(DEFAULT_ALERTS_STATE, actions.setSelected);
  const time = useTimeRange();
  const request = useMemo(() => toFindAlertsRequest(state, time.bounds), [state, time.bounds]);
  const find = useFindAlerts(request);
  const noMatch = find.data?.total === 0;
  const anyAlert = useFindAlerts({ page: 1, perPage: 1 }, { enabled: noMatch });
  const spaceIsEmpty = noMatch && anyAlert.data?.total === 0;
  const columns = useColumnsForWidth(ALERT_COLUMNS, ALERT_WIDE_ONLY_FIELDS);
  const knownRules = useKnownRules((find.data?.alerts ?? []).map((alert) => fieldText(alert, ALERT_FIELDS.ruleName)));

  const onTableChange = (view: TableView) => update({ ...view, sortField: view.sortField as AlertSortField });
  const refresh = () => {
    time.refresh();
    void find.refetch();
  };

  return (
    <AlertsPageLayout
      active="alerts"
      rightSideItems={[<AlertsTimePicker key="time" range={time.range} onChange={(range) => (time.setRange(range), update({}))} onRefresh={refresh} isLoading={find.isFetching} />]}
    >
      {spaceIsEmpty ? (
        <AlertsEmptyPrompt />
      ) : (
        <>
          <EuiFlexGroup gutterSize="s" alignItems="center" wrap>
            <EuiFlexItem grow style={{ minWidth: 280 }}>
              <AlertsSearch value={state.search} onSearch={(search) => update({ search })} placeholder="Search alerts: rule, reason, host, user, IP, hash…" />
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <AlertsFilters filters={state} knownRules={knownRules} onChange={update} />
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="m" />
          <AlertsHistogram filters={state} range={time.range} bounds={time.bounds} ready={find.data !== undefined || find.isError} />
          <EuiSpacer size="m" />
          <DocumentsResults
            noun="alert"
            find={find}
            items={find.data?.alerts ?? []}
            total={find.data?.total ?? 0}
            view={state}
            columns={columns}
            noItemsMessage="No alerts match these filters and time range."
            onChange={onTableChange}
            onRefresh={refresh}
            actions={actions}
            isBusy={find.isFetching || actions.isUpdatingStatus}
          />
        </>
      )}
      {actions.overlays}
    </AlertsPageLayout>
  );
}
