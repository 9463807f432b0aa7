import { useCore } from '../../core';
import { CaseAppLink } from './case_app_link';

/** Kibana's toast after adding to a case: what went where ("3 alerts", a visualization), and a link to the case. */
export function useAttachedToast() {
  const core = useCore();
  return (theCase: { id: string; title: string }, summary: string) =>
    core.toasts.addSuccess({
      title: `${summary} added to "${theCase.title}"`,
      text: (
        <CaseAppLink caseId={theCase.id} core={core} data-test-subj="toaster-content-case-view-link">
          View case
        </CaseAppLink>
      ),
      'data-test-subj': 'add-to-case-success-toast',
    });
}
