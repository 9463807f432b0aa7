import { useCore } from '../../core';
import { CaseAppLink } from './case_app_link';
import { documentNoun, type DocumentKind } from './alert_attachments';

/** Kibana's toast after adding to a case: what went where, and a link to the case. */
export function useAttachedToast() {
  const core = useCore();
  return (theCase: { id: string; title: string }, kind: DocumentKind, count: number) =>
    core.toasts.addSuccess({
      title: `${documentNoun(kind, count)} added to "${theCase.title}"`,
      text: (
        <CaseAppLink caseId={theCase.id} core={core} data-test-subj="toaster-content-case-view-link">
          View case
        </CaseAppLink>
      ),
      'data-test-subj': 'add-to-case-success-toast',
    });
}
