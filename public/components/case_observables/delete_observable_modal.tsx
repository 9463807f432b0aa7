/** The confirmation before an observable leaves the case; the modal stays up until the server answers. */
import { EuiConfirmModal, EuiText } from '@elastic/eui';
import type { CaseObservable } from '../../../common/types/domain/observable';
import { useDeleteObservable } from '../../containers/use_observable_mutations';
import { useCore } from '../../core';

interface DeleteObservableModalProps {
  caseId: string;
  observable: CaseObservable;
  typeLabel: string;
  onClose(): void;
}

export function DeleteObservableModal({ caseId, observable, typeLabel, onClose }: DeleteObservableModalProps) {
  const { toasts } = useCore();
  const remove = useDeleteObservable(caseId);

  const onConfirm = async () => {
    try {
      await remove.mutateAsync(observable.id);
      toasts.addSuccess('Observable deleted');
    } catch (error) {
      toasts.addError(error, { title: 'Could not delete the observable' });
    }
    onClose();
  };

  return (
    <EuiConfirmModal
      title="Delete this observable?"
      onCancel={onClose}
      onConfirm={() => void onConfirm()}
      cancelButtonText="Cancel"
      confirmButtonText="Delete"
      buttonColor="danger"
      isLoading={remove.isPending}
      data-test-subj="case-observable-delete-modal"
    >
      <EuiText size="s">
        <p>
          The {typeLabel} <code>{observable.value}</code> leaves this case. Cases that share it stop showing this one as similar.
        </p>
      </EuiText>
    </EuiConfirmModal>
  );
}
