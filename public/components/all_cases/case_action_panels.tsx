import { type EuiContextMenuPanelDescriptor, type EuiContextMenuPanelItemDescriptor } from '@elastic/eui';
import { CASE_SEVERITIES, type CaseSeverity, type CaseStatus } from '../../../common/constants';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';

interface StatusSeverityPanelsArgs {
  /** Keeps panel ids unique when several menus are on screen (one per row). */
  idPrefix: string;
  /** `case-action` for a row, `cases-bulk-action` for the selection. */
  testPrefix: string;
  /** For one case, its current values are marked and not offered again. */
  current?: { status: CaseStatus; severity: CaseSeverity };
  onStatus: (status: CaseStatus) => void;
  onSeverity: (severity: CaseSeverity) => void;
  disabled?: boolean;
  /** The statuses the caller may set (see allowedStatuses); none hides the "Status" entry. */
  statuses: CaseStatus[];
  /** Whether the caller may change the severity (update_cases); false hides the "Severity" entry. */
  canSetSeverity: boolean;
}

/** The "Status" and "Severity" sub-menus shared by a row's actions and the bulk actions. */
export function statusSeverityPanels({ idPrefix, testPrefix, current, onStatus, onSeverity, disabled, statuses, canSetSeverity }: StatusSeverityPanelsArgs) {
  const statusPanel = `${idPrefix}-status`;
  const severityPanel = `${idPrefix}-severity`;
  // Only the current status and no other: nothing to choose, so no entry.
  const offersStatus = statuses.some((status) => status !== current?.status);
  const items: EuiContextMenuPanelItemDescriptor[] = [
    ...(offersStatus ? [{ name: 'Status', icon: 'dot', panel: statusPanel, disabled, 'data-test-subj': `${testPrefix}-status` }] : []),
    ...(canSetSeverity ? [{ name: 'Severity', icon: 'warning', panel: severityPanel, disabled, 'data-test-subj': `${testPrefix}-severity` }] : []),
  ];
  const panels: EuiContextMenuPanelDescriptor[] = [
    {
      id: statusPanel,
      title: 'Status',
      items: statuses.map((status) => ({
        name: <StatusBadge status={status} data-test-subj={`${testPrefix}-status-badge-${status}`} />,
        icon: current?.status === status ? 'check' : 'empty',
        disabled: current?.status === status,
        onClick: () => onStatus(status),
        'data-test-subj': `${testPrefix}-status-${status}`,
      })),
    },
    {
      id: severityPanel,
      title: 'Severity',
      items: CASE_SEVERITIES.map((severity) => ({
        name: <SeverityBadge severity={severity} data-test-subj={`${testPrefix}-severity-badge-${severity}`} />,
        icon: current?.severity === severity ? 'check' : 'empty',
        disabled: current?.severity === severity,
        onClick: () => onSeverity(severity),
        'data-test-subj': `${testPrefix}-severity-${severity}`,
      })),
    },
  ];
  return { items, panels };
}
