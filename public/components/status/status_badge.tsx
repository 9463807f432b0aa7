import { EuiBadge } from '@elastic/eui';
import { type CaseStatus } from '../../../common/constants';
import { STATUS_COLORS, STATUS_LABELS } from './status_labels';

export interface StatusBadgeProps {
  status: CaseStatus;
  'data-test-subj'?: string;
}

export function StatusBadge({ status, 'data-test-subj': testSubj }: StatusBadgeProps) {
  return (
    <EuiBadge color={STATUS_COLORS[status]} data-test-subj={testSubj ?? `case-status-badge-${status}`}>
      {STATUS_LABELS[status]}
    </EuiBadge>
  );
}
