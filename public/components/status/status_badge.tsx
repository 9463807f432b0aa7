import { EuiBadge } from '@elastic/eui';
import { type CaseStatus } from '../../../common/constants';
import { statusColor, statusLabel } from './status_labels';

export interface StatusBadgeProps {
  status: CaseStatus;
  'data-test-subj'?: string;
}

/**
 * Filled, not tinted: EUI's light primary tint is the very colour of a selected table row in
 * dark mode (and of a hovered selected row in light mode), so a tinted "Open" badge vanished
 * into a selected row. The filled colours stand apart from every row background.
 */
export function StatusBadge({ status, 'data-test-subj': testSubj }: StatusBadgeProps) {
  return (
    <EuiBadge color={statusColor(status)} fill data-test-subj={testSubj ?? `case-status-badge-${status}`}>
      {statusLabel(status)}
    </EuiBadge>
  );
}
