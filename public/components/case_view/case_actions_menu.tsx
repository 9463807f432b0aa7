/** The case's "more actions": copy its id, export it, delete it (after confirmation, then back to the list). */
import { useState } from 'react';
import { copyToClipboard, EuiConfirmModal } from '@elastic/eui';
import { useNavigate } from 'react-router-dom';
import type { Case } from '../../../common/types/domain/case';
import { useDeleteCases } from '../../containers/use_delete_cases';
import { useCore, useExportSavedObjects } from '../../core';
import { useCaseEdit } from './case_edit_context';
import { PropertyActions, type PropertyAction } from './property_actions';

export function CaseActionsMenu({ caseData }: { caseData: Case }) {
  const { toasts } = useCore();
  const { permissions } = useCaseEdit();
  const navigate = useNavigate();
  const deleteCases = useDeleteCases();
  const exporter = useExportSavedObjects();
  const [confirming, setConfirming] = useState(false);

  const copyId = () => {
    if (copyToClipboard(caseData.id)) toasts.addSuccess({ title: 'Copied the case ID to the clipboard', 'data-test-subj': 'copy-case-id-toast' });
    else toasts.addDanger(`Could not copy the case ID; it is ${caseData.id}`);
  };

  const confirmDelete = async () => {
    try {
      await deleteCases.mutateAsync([caseData.id]);
      setConfirming(false);
      toasts.addSuccess({ title: `Deleted case "${caseData.title}"`, 'data-test-subj': 'case-deleted-toast' });
      navigate('/');
    } catch (error) {
      setConfirming(false);
      toasts.addError(error, { title: 'Could not delete the case' });
    }
  };

  return (
    <>
      <PropertyActions
        scope="case"
        ariaLabel="More actions"
        actions={[
          { iconType: 'copy', subject: 'copyClipboard', label: 'Copy case ID', onClick: copyId },
          // Whoever reads the case may export it: with its comments, activity and connector.
          {
            iconType: 'download',
            label: 'Export case',
            disabled: exporter.isPending,
            onClick: () => exporter.mutate({ objects: [{ type: 'cases', id: caseData.id }], includeReferencesDeep: true }),
          },
          ...(permissions.delete ? [{ iconType: 'trash', label: 'Delete case', color: 'danger', onClick: () => setConfirming(true) } satisfies PropertyAction] : []),
        ]}
      />
      {confirming && (
        <EuiConfirmModal
          title={`Delete "${caseData.title}"?`}
          onCancel={() => setConfirming(false)}
          onConfirm={confirmDelete}
          cancelButtonText="Cancel"
          confirmButtonText="Delete"
          buttonColor="danger"
          defaultFocusedButton="cancel"
          isLoading={deleteCases.isPending}
          data-test-subj="delete-case-confirm-modal"
        >
          <p>The case, its comments and its activity will be deleted for everyone. This cannot be undone.</p>
        </EuiConfirmModal>
      )}
    </>
  );
}
