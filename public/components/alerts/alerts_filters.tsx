import { EuiFilterGroup } from '@elastic/eui';
import { ALERT_SEVERITIES, ALERT_WORKFLOW_STATUSES, type AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { SEVERITY_LABELS } from '../severity/severity_labels';
import { MultiSelectFilter } from '../all_cases/multi_select_filter';
import { AlertSeverityBadge, WORKFLOW_STATUS_LABELS } from './alert_badges';
import type { AlertSeverity } from './alert_values';
import type { AlertsPageState } from './alerts_page_state';

type FilterState = Pick<AlertsPageState, 'status' | 'rule' | 'severity'>;

interface AlertsFiltersProps {
  filters: FilterState;
  /** Rule names seen on the pages loaded so far: the store offers no list of rules to pick from. */
  knownRules: string[];
  onChange: (patch: Partial<FilterState>) => void;
}

export function AlertsFilters({ filters, knownRules, onChange }: AlertsFiltersProps) {
  return (
    <EuiFilterGroup data-test-subj="alerts-filters">
      <MultiSelectFilter
        id="status"
        label="Status"
        options={ALERT_WORKFLOW_STATUSES.map((key) => ({ key, label: WORKFLOW_STATUS_LABELS[key] }))}
        selected={filters.status}
        onChange={(status) => onChange({ status: status as AlertWorkflowStatus[] })}
      />
      <MultiSelectFilter
        id="severity"
        label="Severity"
        options={ALERT_SEVERITIES.map((key) => ({ key, label: SEVERITY_LABELS[key], render: <AlertSeverityBadge severity={key} /> }))}
        selected={filters.severity}
        onChange={(severity) => onChange({ severity: severity as AlertSeverity[] })}
      />
      <MultiSelectFilter
        id="rule"
        label="Rule"
        options={knownRules.map((key) => ({ key, label: key }))}
        selected={filters.rule}
        onChange={(rule) => onChange({ rule })}
      />
    </EuiFilterGroup>
  );
}
