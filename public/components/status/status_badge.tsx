import { EuiBadge } from '@elastic/eui';
import { type CaseStatus } from '../../../common/constants';
import { statusColor, statusLabel } from './status_labels';

export interface StatusBadgeProps {
  status: CaseStatus;
  'data-test-subj'?: string;
}

export function StatusBadge({ status, 'data-test-subj': testSubj }: StatusBadgeProps) {
  return (
    <EuiBadge color={statusColor(status)} data-test-subj={testSubj ?? `case-status-badge-${status}`}>
      {statusLabel(status)}
    </EuiBadge>
  );
}
