import { EuiButton } from '@elastic/eui';
import { type CaseStatus } from '../../../common/constants';
import { caseStatuses, statusesOfStage } from '../../../common/registries/case_statuses';

/** Where the button moves a case now in `status`: closed cases reopen, the others close. */
export function statusActionTarget(status: CaseStatus): CaseStatus | undefined {
  const isClosed = caseStatuses.get(status)?.stage === 'closed';
  return statusesOfStage(isClosed ? 'open' : 'closed')[0];
}

export interface StatusActionButtonProps {
  status: CaseStatus;
  /** Text is typed in the comment box: the button sends it first and says so. */
  withComment: boolean;
  isDisabled?: boolean;
  isLoading?: boolean;
  onChange: (status: CaseStatus) => void;
}

/**
 * The one-click status change beside "Add comment", as Kibana's: a case that is not closed can be
 * closed, a closed one reopened. Stages, not ids, decide, so a registered status (say "triage" on
 * the open stage) still offers "Close case".
 */
export function StatusActionButton({ status, withComment, isDisabled = false, isLoading = false, onChange }: StatusActionButtonProps) {
  const isClosed = caseStatuses.get(status)?.stage === 'closed';
  const target = statusActionTarget(status);
  const verb = isClosed ? 'Reopen case' : 'Close case';
  return (
    <EuiButton
      iconType={isClosed ? 'folderExclamation' : 'folderCheck'}
      isDisabled={isDisabled || !target}
      isLoading={isLoading}
      onClick={() => target && onChange(target)}
      data-test-subj="case-view-status-action-button"
    >
      {withComment ? `${verb} with comment` : verb}
    </EuiButton>
  );
}
