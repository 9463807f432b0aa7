import { EuiConfirmModal } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';

interface DeleteCasesModalProps {
  cases: Case[];
  isLoading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function DeleteCasesModal({ cases, isLoading, onCancel, onConfirm }: DeleteCasesModalProps) {
  const title = cases.length === 1 ? `Delete "${cases[0].title}"?` : `Delete ${cases.length} cases?`;
  return (
    <EuiConfirmModal
      title={title}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText={cases.length === 1 ? 'Delete case' : `Delete ${cases.length} cases`}
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isLoading}
      data-test-subj="confirm-delete-case-modal"
    >
      <p>
        Deleting {cases.length === 1 ? 'this case' : 'these cases'} permanently removes {cases.length === 1 ? 'its' : 'their'} comments,
        attachments and history. You cannot undo this.
      </p>
    </EuiConfirmModal>
  );
}
