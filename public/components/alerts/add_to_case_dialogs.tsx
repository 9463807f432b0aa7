import { lazy, Suspense, useState } from 'react';
import { EuiLoadingSpinner, EuiOverlayMask } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { useCore } from '../../core';
import type { AlertSummary } from '../../containers/alerts_api';
import { useAttachAlertsToCase } from '../../containers/use_attach_alerts_to_case';
import { toAttachments, type DocumentKind } from './alert_attachments';
import { AddToExistingCaseModal } from './add_to_existing_case_modal';
import { useAttachedToast } from './use_attached_toast';

// The create form brings the markdown editor: it downloads when the flyout first opens, never
// with the Alerts page itself.
const AddToNewCaseFlyout = lazy(() => import('./add_to_new_case_flyout').then((m) => ({ default: m.AddToNewCaseFlyout })));

export type AddToCaseRequest = { target: 'new' | 'existing'; kind: DocumentKind; documents: AlertSummary[] } | null;

interface AddToCaseDialogsProps {
  request: AddToCaseRequest;
  onClose: () => void;
  /** After the documents were attached: the page clears its selection. */
  onDone: () => void;
}

export function AddToCaseDialogs({ request, onClose, onDone }: AddToCaseDialogsProps) {
  const { toasts } = useCore();
  const attach = useAttachAlertsToCase();
  const toast = useAttachedToast();
  const [pendingCaseId, setPendingCaseId] = useState<string>();
  if (!request) return null;
  const { kind, documents } = request;

  if (request.target === 'new') {
    return (
      <Suspense fallback={<EuiOverlayMask><EuiLoadingSpinner size="xl" data-test-subj="create-case-flyout-loading" /></EuiOverlayMask>}>
        <AddToNewCaseFlyout kind={kind} documents={documents} onClose={onClose} onDone={onDone} />
      </Suspense>
    );
  }

  const onSelect = (theCase: Case) => {
    setPendingCaseId(theCase.id);
    attach.mutate(
      { caseId: theCase.id, attachments: toAttachments(kind, documents, theCase.owner) },
      {
        onSuccess: () => {
          toast(theCase, kind, documents.length);
          onDone();
        },
        onError: (error) => toasts.addError(error, { title: `The ${kind}s could not be added to "${theCase.title}"` }),
        onSettled: () => setPendingCaseId(undefined),
      },
    );
  };
  return <AddToExistingCaseModal kind={kind} documentIds={documents.map((d) => d.id)} onClose={onClose} onSelect={onSelect} pendingCaseId={pendingCaseId} />;
}
