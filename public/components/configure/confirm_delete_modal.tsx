import type { ReactNode } from 'react';
import { EuiConfirmModal } from '@elastic/eui';

interface ConfirmDeleteModalProps {
  title: string;
  /** What the deletion means for the cases, said in the modal's body. */
  children: ReactNode;
  isDeleting: boolean;
  /** While what the body says is still being read (a count, say). */
  isConfirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
  'data-test-subj': string;
}

/** The confirmation before a custom field, a template or an observable type goes. */
export function ConfirmDeleteModal({ title, children, isDeleting, isConfirmDisabled, onConfirm, onCancel, 'data-test-subj': testSubj }: ConfirmDeleteModalProps) {
  return (
    <EuiConfirmModal
      title={title}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Delete"
      buttonColor="danger"
      isLoading={isDeleting}
      confirmButtonDisabled={isConfirmDisabled}
      data-test-subj={testSubj}
    >
      {children}
    </EuiConfirmModal>
  );
}
