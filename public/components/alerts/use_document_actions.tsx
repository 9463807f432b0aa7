import { lazy, Suspense, useCallback, useState, type ReactElement } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { useCore } from '../../core';
import type { AlertSummary } from '../../containers/alerts_api';
import { useSetAlertsStatus } from '../../containers/use_set_alerts_status';
import { visualizationQueryKeys } from '../../containers/visualizations_api';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../create/case_form';
import { AddToCaseDialogs, type AddToCaseRequest } from './add_to_case_dialogs';
import { documentNoun, type DocumentKind } from './alert_attachments';
import { documentsSelection } from './case_attachment_selection';
import { alertStatus } from './alert_values';
import { WORKFLOW_STATUS_LABELS } from './alert_badges';
import { documentActionItems } from './document_actions';

// The JSON view brings the code highlighter: it loads when the first flyout opens.
const AlertDetailsFlyout = lazy(() => import('./alert_details_flyout').then((m) => ({ default: m.AlertDetailsFlyout })));

/**
 * What the Alerts and Events pages do with rows: the selection, the details flyout, adding to a
 * new or an existing case and (alerts) the workflow status. Returns the menus' items and the
 * overlays to render.
 */
export function useDocumentActions(kind: DocumentKind) {
  const { toasts } = useCore();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<AlertSummary[]>([]);
  const [details, setDetails] = useState<AlertSummary | null>(null);
  const [addRequest, setAddRequest] = useState<AddToCaseRequest>(null);
  const setStatus = useSetAlertsStatus();
  // Alerts go to Security's cases: adding needs create_comment (a new case create_cases too), and
  // the alert status actions update_cases, as the brief for this page maps them.
  const permissions = useCasesCapabilities(CREATE_CASE_OWNER);
  const canAddToNew = permissions.create && permissions.createComment;
  const canAddToExisting = permissions.createComment;
  const canSetStatus = permissions.update;

  const changeStatus = useCallback(
    (documents: AlertSummary[], status: AlertWorkflowStatus) =>
      setStatus.mutate(
        { alertIds: documents.map((d) => d.id), status },
        {
          onSuccess: (response) => {
            toasts.addSuccess({
              title: `${documentNoun('alert', response.updated ?? documents.length)} marked as ${WORKFLOW_STATUS_LABELS[status].toLowerCase()}`,
              'data-test-subj': 'alerts-status-success-toast',
            });
            setSelected([]);
            // The trend chart counts alerts by status too: it re-reads with the table.
            void queryClient.invalidateQueries({ queryKey: visualizationQueryKeys.all });
          },
          onError: (error) => toasts.addError(error, { title: `The alerts could not be marked as ${WORKFLOW_STATUS_LABELS[status].toLowerCase()}` }),
        },
      ),
    [setStatus, toasts, queryClient],
  );

  const itemsFor = useCallback(
    (documents: AlertSummary[], close: () => void, currentStatus?: AlertWorkflowStatus): ReactElement[] =>
      documentActionItems(
        kind,
        {
          onAddToNewCase: canAddToNew ? () => (close(), setAddRequest({ target: 'new', selection: documentsSelection(kind, documents) })) : undefined,
          onAddToExistingCase: canAddToExisting ? () => (close(), setAddRequest({ target: 'existing', selection: documentsSelection(kind, documents) })) : undefined,
          onSetStatus: canSetStatus ? (status) => (close(), changeStatus(documents, status)) : undefined,
        },
        currentStatus,
      ),
    [kind, changeStatus, canAddToNew, canAddToExisting, canSetStatus],
  );

  const rowMenuItems = useCallback(
    (item: AlertSummary, close: () => void) => itemsFor([item], close, kind === 'alert' ? alertStatus(item) : undefined),
    [itemsFor, kind],
  );
  const bulkItems = (close: () => void) => itemsFor(selected, close);

  const overlays = (
    <>
      {details && (
        <Suspense fallback={null}>
          <AlertDetailsFlyout alert={details} onClose={() => setDetails(null)} />
        </Suspense>
      )}
      <AddToCaseDialogs
        request={addRequest}
        onClose={() => setAddRequest(null)}
        onDone={() => {
          setAddRequest(null);
          setSelected([]);
        }}
      />
    </>
  );

  // A read-only caller gets no menus and no checkboxes: there would be nothing in them.
  const hasActions = canAddToNew || canAddToExisting || (kind === 'alert' && canSetStatus);
  return { selected, setSelected, openDetails: setDetails, rowMenuItems, bulkItems, overlays, isUpdatingStatus: setStatus.isPending, hasActions };
}
