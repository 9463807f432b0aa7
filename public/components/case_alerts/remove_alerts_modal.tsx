/** Confirms taking alerts off the case: the documents stay, only the link to this case goes. */
import { EuiConfirmModal } from '@elastic/eui';

export function RemoveAlertsModal({ count, isLoading, onCancel, onConfirm }: { count: number; isLoading: boolean; onCancel: () => void; onConfirm: () => void }) {
  const what = count === 1 ? 'this alert' : `${count.toLocaleString()} alerts`;
  return (
    <EuiConfirmModal
      title={`Remove ${what} from the case?`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Remove"
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isLoading}
      data-test-subj="case-alerts-remove-modal"
    >
      <p>
        {count === 1 ? 'The alert stays in the alerts index' : 'The alerts stay in the alerts index'}; the case no longer holds{' '}
        {count === 1 ? 'it' : 'them'}, and {count === 1 ? 'its status is' : 'their statuses are'} no longer synced with the case. The
        activity keeps a record of the removal.
      </p>
    </EuiConfirmModal>
  );
}
