/** Narrows the case's alerts to some workflow statuses (none chosen: all of them). */
import { EuiFilterButton, EuiFilterGroup } from '@elastic/eui';
import { ALERT_WORKFLOW_STATUSES, type AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { WORKFLOW_STATUS_LABELS } from '../alerts/alert_badges';

export function AlertStatusFilter({ selected, onChange }: { selected: AlertWorkflowStatus[]; onChange: (next: AlertWorkflowStatus[]) => void }) {
  const toggle = (status: AlertWorkflowStatus) =>
    onChange(selected.includes(status) ? selected.filter((s) => s !== status) : ALERT_WORKFLOW_STATUSES.filter((s) => s === status || selected.includes(s)));
  return (
    <EuiFilterGroup compressed aria-label="Filter by alert status" data-test-subj="case-alerts-status-filter">
      {ALERT_WORKFLOW_STATUSES.map((status) => (
        <EuiFilterButton
          key={status}
          withNext={status !== 'closed'}
          hasActiveFilters={selected.includes(status)}
          isToggle
          isSelected={selected.includes(status)}
          onClick={() => toggle(status)}
          data-test-subj={`case-alerts-status-filter-${status}`}
        >
          {WORKFLOW_STATUS_LABELS[status]}
        </EuiFilterButton>
      ))}
    </EuiFilterGroup>
  );
}
