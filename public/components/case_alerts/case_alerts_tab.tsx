/**
 * The case's Alerts tab: its alerts as they are now in the alert documents (status included),
 * one server page at a time however many the case holds, each openable in the details flyout
 * and removable from the case.
 */
import { useMemo, useState } from 'react';
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, type DefaultItemAction, type EuiBasicTableColumn } from '@elastic/eui';
import type { AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import type { Case } from '../../../common/types/domain/case';
import type { AlertSortField, AlertSummary } from '../../containers/alerts_api';
import { useCaseAlerts, useRemoveCaseAlerts } from '../../containers/use_case_alerts';
import { useCore } from '../../core';
import { AlertDetailsFlyout } from '../alerts/alert_details_flyout';
import { AlertStatusFilter } from './alert_status_filter';
import { CaseDocumentsTable, EmptyDocumentsPrompt } from './case_documents_table';
import { ALERT_WIDE_ONLY_FIELDS } from '../alerts/alerts_columns';
import { useColumnsForWidth } from '../alerts/use_columns_for_width';
import { alertColumns } from './document_columns';
import { RemoveAlertsModal } from './remove_alerts_modal';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { useClampPage, useResetPageOn, useTableState } from './use_table_state';

function useRemoval(caseId: string, onRemoved: () => void) {
  const { toasts } = useCore();
  const remove = useRemoveCaseAlerts(caseId);
  const [pending, setPending] = useState<string[] | null>(null);
  const confirm = async () => {
    if (!pending) return;
    try {
      await remove.mutateAsync(pending);
      toasts.addSuccess({ title: pending.length === 1 ? 'Removed an alert from the case' : `Removed ${pending.length.toLocaleString()} alerts from the case`, 'data-test-subj': 'case-alerts-removed-toast' });
      onRemoved();
    } catch (error) {
      toasts.addError(error, { title: 'Could not remove the alerts from the case' });
    } finally {
      setPending(null);
    }
  };
  const modal = pending && <RemoveAlertsModal count={pending.length} isLoading={remove.isPending} onCancel={() => setPending(null)} onConfirm={() => void confirm()} />;
  return { ask: setPending, modal };
}

/** `search`: the Attachments tab's search; alerts whose id starts with it (matched by the server). */
export function CaseAlertsTab({ caseData, search = '' }: { caseData: Case; search?: string }) {
  const table = useTableState<AlertSortField>({ field: '@timestamp', direction: 'desc' });
  const [status, setStatus] = useState<AlertWorkflowStatus[]>([]);
  const [selected, setSelected] = useState<AlertSummary[]>([]);
  const [shown, setShown] = useState<AlertSummary | null>(null);
  const needle = search.trim();
  const alerts = useCaseAlerts(caseData.id, { ...table.query, ...(status.length > 0 ? { status } : {}), ...(needle ? { search: needle } : {}) });
  useResetPageOn(needle, table.resetPage);
  const removal = useRemoval(caseData.id, () => setSelected([]));
  // Removing an alert deletes its attachment: Kibana's deleteComment (delete_cases).
  const canRemove = useCasesCapabilities(caseData.owner).delete;
  useClampPage(alerts.data?.total, table.page, table.onChange);

  const shownColumns = useColumnsForWidth(alertColumns, ALERT_WIDE_ONLY_FIELDS);
  const columns = useMemo<Array<EuiBasicTableColumn<AlertSummary>>>(() => {
    const actions: Array<DefaultItemAction<AlertSummary>> = [
      { name: 'View details', description: 'Open the alert details', icon: 'inspect', type: 'icon', onClick: (item: AlertSummary) => setShown(item), 'data-test-subj': 'case-alerts-view-details' },
    ];
    if (canRemove) {
      actions.push({ name: 'Remove from case', description: 'Remove the alert from this case', icon: 'trash', type: 'icon', color: 'danger', onClick: (alert: AlertSummary) => removal.ask([alert.id]), 'data-test-subj': 'case-alerts-remove' });
    }
    return [...shownColumns, { name: 'Actions', width: '80px', actions }];
  }, [removal, shownColumns, canRemove]);

  const total = alerts.data?.total ?? 0;
  const isEmpty = caseData.totalAlerts === 0 && status.length === 0 && !needle && !alerts.isPending && total === 0;
  return (
    <section aria-label="Alerts in this case">
      {!isEmpty && (
        <>
          <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="m" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <AlertStatusFilter selected={status} onChange={(next) => { setStatus(next); table.resetPage(); }} />
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiFlexGroup alignItems="center" gutterSize="m" responsive={false}>
                <EuiText size="xs" color="subdued" data-test-subj="case-alerts-count">
                  {alerts.data ? `${total.toLocaleString()} ${total === 1 ? 'alert' : 'alerts'}` : ''}
                </EuiText>
                {selected.length > 0 && (
                  <EuiButton size="s" color="danger" iconType="trash" onClick={() => removal.ask(selected.map((alert) => alert.id))} data-test-subj="case-alerts-remove-selected">
                    Remove {selected.length} from case
                  </EuiButton>
                )}
              </EuiFlexGroup>
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="s" />
        </>
      )}
      <CaseDocumentsTable
        noun="alert"
        items={alerts.data?.alerts ?? []}
        total={total}
        isLoading={alerts.isFetching}
        error={alerts.error}
        onRetry={() => void alerts.refetch()}
        columns={columns}
        page={table.page}
        sort={table.sort}
        onChange={table.onChange}
        // Selection only serves the bulk remove.
        selection={canRemove ? { onSelectionChange: setSelected, selected } : undefined}
        isEmpty={isEmpty}
        emptyPrompt={<EmptyDocumentsPrompt noun="alert" body="Add alerts to this case from the Alerts page: select them and choose “Add to existing case”." />}
      />
      {shown && <AlertDetailsFlyout alert={shown} onClose={() => setShown(null)} />}
      {removal.modal}
    </section>
  );
}
