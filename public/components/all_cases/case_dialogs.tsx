import type { Case } from '../../../common/types/domain/case';
import { DeleteCasesModal } from './delete_cases_modal';
import { EditAssigneesFlyout } from './edit_assignees_flyout';
import { EditTagsFlyout } from './edit_tags_flyout';
import { type useCaseActions } from './use_case_actions';

export type CaseDialog = { kind: 'delete' | 'tags' | 'assignees'; cases: Case[] } | null;

interface CaseDialogsProps {
  dialog: CaseDialog;
  actions: ReturnType<typeof useCaseActions>;
  onClose: () => void;
  /** Called after a successful delete or edit, so the selection can be cleared. */
  onDone: () => void;
}

/** The confirm modal and edit flyouts that row and bulk actions open. */
export function CaseDialogs({ dialog, actions, onClose, onDone }: CaseDialogsProps) {
  if (!dialog) return null;
  const finish = (ok: boolean) => {
    // On failure the dialog closes too: the list was refreshed and the toast says what to do.
    onClose();
    if (ok) onDone();
  };
  if (dialog.kind === 'delete') {
    return (
      <DeleteCasesModal
        cases={dialog.cases}
        isLoading={actions.isDeleting}
        onCancel={onClose}
        onConfirm={() => actions.deleteCases(dialog.cases).then(finish)}
      />
    );
  }
  const Flyout = dialog.kind === 'tags' ? EditTagsFlyout : EditAssigneesFlyout;
  return (
    <Flyout
      cases={dialog.cases}
      isLoading={actions.isUpdating}
      onClose={onClose}
      onSave={(change, summary) => actions.applyChange(dialog.cases, change, summary).then(finish)}
    />
  );
}
