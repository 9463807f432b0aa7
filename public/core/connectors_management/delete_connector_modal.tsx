import { EuiConfirmModal, EuiText } from '@elastic/eui';
import { type ActionConnector } from './types';

/** Names the connector, and what still uses it: a case pointing at a deleted connector can no longer push. */
export function DeleteConnectorModal({ connector, isDeleting, onCancel, onConfirm }: { connector: ActionConnector; isDeleting: boolean; onCancel(): void; onConfirm(): void }) {
  const uses = connector.referenced_by_count ?? 0;
  return (
    <EuiConfirmModal
      data-test-subj="connector-delete-modal"
      title={`Delete connector '${connector.name}'?`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Delete connector"
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isDeleting}
    >
      <EuiText size="s">
        {uses > 0 && (
          <p data-test-subj="connector-delete-in-use">
            {uses === 1 ? 'One object uses' : `${uses} objects use`} this connector: they will no longer be able to run it.
          </p>
        )}
        <p>You cannot recover a deleted connector.</p>
      </EuiText>
    </EuiConfirmModal>
  );
}
