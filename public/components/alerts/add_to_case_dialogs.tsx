import { lazy, Suspense, useState } from 'react';
import { EuiLoadingSpinner, EuiOverlayMask } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { useCore } from '../../core';
import { useAttachAlertsToCase } from '../../containers/use_attach_alerts_to_case';
import { AddToExistingCaseModal } from './add_to_existing_case_modal';
import type { CaseAttachmentSelection } from './case_attachment_selection';
import { useAttachedToast } from './use_attached_toast';

// The create form brings the markdown editor: it downloads when the flyout first opens, never
// with the Alerts page itself.
const AddToNewCaseFlyout = lazy(() => import('./add_to_new_case_flyout').then((m) => ({ default: m.AddToNewCaseFlyout })));

/** Selected alerts or events (case_attachment_selection.ts' documentsSelection), or a chart (visualizationSelection). */
export type AddToCaseRequest = { target: 'new' | 'existing'; selection: CaseAttachmentSelection } | null;

interface AddToCaseDialogsProps {
  request: AddToCaseRequest;
  onClose: () => void;
  /** After the attachments were added: the page clears its selection. */
  onDone: () => void;
}

export function AddToCaseDialogs({ request, onClose, onDone }: AddToCaseDialogsProps) {
  const { toasts } = useCore();
  const attach = useAttachAlertsToCase();
  const toast = useAttachedToast();
  const [pendingCaseId, setPendingCaseId] = useState<string>();
  if (!request) return null;
  const { selection } = request;

  if (request.target === 'new') {
    return (
      <Suspense fallback={<EuiOverlayMask><EuiLoadingSpinner size="xl" data-test-subj="create-case-flyout-loading" /></EuiOverlayMask>}>
        <AddToNewCaseFlyout selection={selection} onClose={onClose} onDone={onDone} />
      </Suspense>
    );
  }

  const onSelect = (theCase: Case) => {
    setPendingCaseId(theCase.id);
    attach.mutate(
      { caseId: theCase.id, attachments: selection.attachments(theCase.owner) },
      {
        onSuccess: () => {
          toast(theCase, selection.summary);
          onDone();
        },
        onError: (error) => toasts.addError(error, { title: `The ${selection.noun} could not be added to "${theCase.title}"` }),
        onSettled: () => setPendingCaseId(undefined),
      },
    );
  };
  return <AddToExistingCaseModal selection={selection} onClose={onClose} onSelect={onSelect} pendingCaseId={pendingCaseId} />;
}
