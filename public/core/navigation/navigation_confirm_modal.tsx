import { useSyncExternalStore } from 'react';
import { EuiConfirmModal } from '@elastic/eui';
import { type NavigationGuards } from './navigation_guards';

/** The shell's one "leave this page?" question, asked for whichever guard objected. */
export function NavigationConfirmModal({ guards }: { guards: NavigationGuards }) {
  const pending = useSyncExternalStore(guards.subscribe, guards.getPending);
  if (!pending) return null;
  return (
    <EuiConfirmModal
      title="Leave this page?"
      onCancel={pending.cancel}
      onConfirm={pending.confirm}
      cancelButtonText="Stay"
      confirmButtonText="Leave"
      buttonColor="danger"
      // Staying is the safe answer: an Enter pressed out of habit keeps the work.
      defaultFocusedButton="cancel"
      data-test-subj="navigationGuardConfirmModal"
    >
      <p>{pending.message}</p>
    </EuiConfirmModal>
  );
}
