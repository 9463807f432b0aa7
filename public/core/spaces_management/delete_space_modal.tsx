import { EuiConfirmModal, EuiText } from '@elastic/eui';
import { type Space } from '../containers/types';

export function DeleteSpaceModal({
  space,
  isDeleting,
  onCancel,
  onConfirm,
}: {
  space: Space;
  isDeleting: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <EuiConfirmModal
      data-test-subj="deleteSpaceModal"
      title={`Delete space '${space.name}'?`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Delete space"
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isDeleting}
    >
      <EuiText size="s">
        <p>This permanently deletes the space and every case and saved object in it. You cannot undo this.</p>
      </EuiText>
    </EuiConfirmModal>
  );
}
