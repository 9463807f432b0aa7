import { EuiConfirmModal } from '@elastic/eui';

interface ConfirmDeleteModalProps {
  title: string;
  message: string;
  isDeleting: boolean;
  onConfirm(): void;
  onCancel(): void;
  'data-test-subj': string;
}

/** The confirmation before a template or an observable type goes. */
export function ConfirmDeleteModal({ title, message, isDeleting, onConfirm, onCancel, 'data-test-subj': testSubj }: ConfirmDeleteModalProps) {
  return (
    <EuiConfirmModal
      title={title}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Delete"
      buttonColor="danger"
      isLoading={isDeleting}
      data-test-subj={testSubj}
    >
      <p>{message}</p>
    </EuiConfirmModal>
  );
}
