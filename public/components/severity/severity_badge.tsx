import { EuiHealth, useEuiTheme } from '@elastic/eui';
import { type CaseSeverity } from '../../../common/constants';
import { SEVERITY_LABELS, SEVERITY_THEME_COLORS } from './severity_labels';

export interface SeverityBadgeProps {
  severity: CaseSeverity;
  'data-test-subj'?: string;
}

export function SeverityBadge({ severity, 'data-test-subj': testSubj }: SeverityBadgeProps) {
  const { euiTheme } = useEuiTheme();
  return (
    <EuiHealth
      color={euiTheme.colors.severity[SEVERITY_THEME_COLORS[severity]]}
      textSize="s"
      data-test-subj={testSubj ?? `case-severity-badge-${severity}`}
    >
      {SEVERITY_LABELS[severity]}
    </EuiHealth>
  );
}
