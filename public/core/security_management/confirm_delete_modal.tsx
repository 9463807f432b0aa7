import { EuiConfirmModal, EuiText } from '@elastic/eui';

/** One confirmation for deleting a user or a role: neither can be undone. */
export function ConfirmDeleteModal({
  kind,
  name,
  consequence,
  isDeleting,
  onCancel,
  onConfirm,
}: {
  kind: 'user' | 'role';
  name: string;
  consequence: string;
  isDeleting: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <EuiConfirmModal
      data-test-subj={kind === 'user' ? 'deleteUserModal' : 'deleteRoleModal'}
      title={`Delete ${kind} '${name}'?`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText={`Delete ${kind}`}
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isDeleting}
    >
      <EuiText size="s">
        <p>{consequence} You cannot undo this.</p>
      </EuiText>
    </EuiConfirmModal>
  );
}
