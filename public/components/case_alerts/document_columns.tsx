/** The columns of the case's Alerts and Events tables, read from each document's live fields. */
import { EuiText, EuiToolTip, type EuiBasicTableColumn } from '@elastic/eui';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import type { AlertSummary } from '../../containers/alerts_api';
import { AlertSeverityBadge, AlertStatusBadge } from '../alerts/alert_badges';
import { alertSeverity, alertStatus, fieldText } from '../alerts/alert_values';
import { FormattedAlertTime } from '../alerts/formatted_alert_time';

type Column = EuiBasicTableColumn<AlertSummary>;

const text = (path: string) => (item: AlertSummary) => fieldText(item, path) ?? '—';

/** A long value (a reason, a command line) is cut to one line; the whole of it is a hover away. */
function Clipped({ value }: { value: string | undefined }) {
  if (!value) return <>—</>;
  return (
    <EuiToolTip content={value} anchorProps={{ css: { minWidth: 0, maxWidth: '100%' } }}>
      <EuiText size="s" className="eui-textTruncate" tabIndex={0}>
        {value}
      </EuiText>
    </EuiToolTip>
  );
}

const timeColumn: Column = {
  field: ALERT_FIELDS.timestamp,
  name: '@timestamp',
  sortable: true,
  width: '170px',
  render: (_: unknown, item: AlertSummary) => <FormattedAlertTime value={fieldText(item, ALERT_FIELDS.timestamp)} />,
};

const plain = (path: string, name: string, sortable: boolean, width?: string): Column => ({
  field: path,
  name,
  sortable,
  width,
  truncateText: true,
  render: (_: unknown, item: AlertSummary) => text(path)(item),
});

export const alertColumns: Column[] = [
  timeColumn,
  plain(ALERT_FIELDS.ruleName, 'Rule', true, '16%'),
  {
    field: ALERT_FIELDS.severity,
    name: 'Severity',
    sortable: true,
    width: '100px',
    render: (_: unknown, item: AlertSummary) => <AlertSeverityBadge severity={alertSeverity(item)} />,
  },
  { ...plain(ALERT_FIELDS.riskScore, 'Risk score', true, '104px'), align: 'right' },
  { field: ALERT_FIELDS.reason, name: 'Reason', render: (_: unknown, item: AlertSummary) => <Clipped value={fieldText(item, ALERT_FIELDS.reason)} /> },
  plain(ALERT_FIELDS.hostName, 'Host', true, '12%'),
  plain(ALERT_FIELDS.userName, 'User', true, '10%'),
  {
    field: ALERT_FIELDS.workflowStatus,
    name: 'Status',
    sortable: true,
    width: '120px',
    render: (_: unknown, item: AlertSummary) => <AlertStatusBadge status={alertStatus(item)} />,
  },
];

export const eventColumns: Column[] = [
  timeColumn,
  plain('event.category', 'Category', false),
  plain('event.action', 'Action', false),
  plain(ALERT_FIELDS.hostName, 'Host', false),
  plain(ALERT_FIELDS.userName, 'User', false),
  { field: 'process.command_line', name: 'Process', width: '24em', render: (_: unknown, item: AlertSummary) => <Clipped value={fieldText(item, 'process.command_line') ?? fieldText(item, 'process.name')} /> },
];
