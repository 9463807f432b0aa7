import { EuiText, EuiToolTip } from '@elastic/eui';
import { CaseAppLink } from './case_app_link';

/** How many cases hold the alert; with one, a link to it (Kibana's alerts table links its case too). */
export function AlertCasesCell({ caseIds }: { caseIds: string[] }) {
  if (caseIds.length === 0) return <span data-test-subj="alert-cases-none">—</span>;
  if (caseIds.length === 1) {
    return (
      <CaseAppLink caseId={caseIds[0]} data-test-subj="alert-cases-link">
        1 case
      </CaseAppLink>
    );
  }
  return (
    <EuiToolTip content="Open the alert's details to see every case id (kibana.alert.case_ids).">
      <EuiText size="s" tabIndex={0} data-test-subj="alert-cases-count">
        {caseIds.length} cases
      </EuiText>
    </EuiToolTip>
  );
}
