import { EuiBadge, EuiHealth, useEuiTheme } from '@elastic/eui';
import type { AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { SEVERITY_LABELS, SEVERITY_THEME_COLORS } from '../severity/severity_labels';
import type { AlertSeverity } from './alert_values';

/**
 * Kibana colours alert severities low green, medium yellow, high orange, critical red: EUI's
 * severity palette holds exactly those, and follows the theme into dark mode.
 */
export function AlertSeverityBadge({ severity }: { severity: AlertSeverity | undefined }) {
  const { euiTheme } = useEuiTheme();
  if (!severity) return <span data-test-subj="alert-severity-unknown">—</span>;
  return (
    <EuiHealth color={euiTheme.colors.severity[SEVERITY_THEME_COLORS[severity]]} textSize="s" data-test-subj={`alert-severity-${severity}`}>
      {SEVERITY_LABELS[severity]}
    </EuiHealth>
  );
}

export const WORKFLOW_STATUS_LABELS: Record<AlertWorkflowStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  closed: 'Closed',
};

const STATUS_COLORS: Record<AlertWorkflowStatus, string> = { open: 'primary', acknowledged: 'warning', closed: 'default' };

export function AlertStatusBadge({ status }: { status: AlertWorkflowStatus }) {
  return (
    <EuiBadge color={STATUS_COLORS[status]} data-test-subj={`alert-status-${status}`}>
      {WORKFLOW_STATUS_LABELS[status]}
    </EuiBadge>
  );
}
