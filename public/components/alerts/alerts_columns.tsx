import { EuiToolTip, type EuiBasicTableColumn } from '@elastic/eui';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import type { AlertSummary } from '../../containers/alerts_api';
import { AlertSeverityBadge, AlertStatusBadge } from './alert_badges';
import { AlertCasesCell } from './alert_cases_cell';
import { alertCaseIds, alertSeverity, alertStatus, fieldText } from './alert_values';
import { FormattedAlertTime } from './formatted_alert_time';

export type DocumentColumn = EuiBasicTableColumn<AlertSummary>;

/** A plain text cell that truncates, with the whole value one hover away. */
export function textColumn(field: string, name: string, options: { sortable?: boolean; width?: string; testSubj: string }): DocumentColumn {
  return {
    field,
    name,
    sortable: options.sortable ?? false,
    width: options.width,
    truncateText: true,
    render: (_: unknown, item: AlertSummary) => {
      const text = fieldText(item, field);
      if (text === undefined) return <span data-test-subj={options.testSubj}>—</span>;
      return (
        <EuiToolTip content={text} anchorClassName="eui-textTruncate" anchorProps={{ css: { display: 'block' } }}>
          <span tabIndex={0} data-test-subj={options.testSubj}>
            {text}
          </span>
        </EuiToolTip>
      );
    },
  };
}

export const timeColumn: DocumentColumn = {
  field: ALERT_FIELDS.timestamp,
  name: '@timestamp',
  sortable: true,
  width: '176px',
  render: (_: unknown, item: AlertSummary) => (
    <span data-test-subj="alert-column-time">
      <FormattedAlertTime value={fieldText(item, ALERT_FIELDS.timestamp)} />
    </span>
  ),
};

/**
 * The Alerts table's columns, in Kibana's order. Sortable columns use the find API's sort field
 * names as their `field`, so the table's sort criteria go to the server unchanged. Reason takes
 * the width the others leave; the text columns take a share of the table, so they shrink with
 * it rather than push it past the page.
 */
export const ALERT_COLUMNS: DocumentColumn[] = [
  timeColumn,
  textColumn(ALERT_FIELDS.ruleName, 'Rule', { sortable: true, width: '14%', testSubj: 'alert-column-rule' }),
  {
    field: ALERT_FIELDS.severity,
    name: 'Severity',
    sortable: true,
    width: '96px',
    render: (_: unknown, item: AlertSummary) => <AlertSeverityBadge severity={alertSeverity(item)} />,
  },
  {
    field: ALERT_FIELDS.riskScore,
    name: 'Risk score',
    sortable: true,
    width: '104px',
    align: 'right',
    render: (_: unknown, item: AlertSummary) => <span data-test-subj="alert-column-risk-score">{fieldText(item, ALERT_FIELDS.riskScore) ?? '—'}</span>,
  },
  textColumn(ALERT_FIELDS.reason, 'Reason', { testSubj: 'alert-column-reason' }),
  textColumn(ALERT_FIELDS.hostName, 'host.name', { sortable: true, width: '10%', testSubj: 'alert-column-host' }),
  textColumn(ALERT_FIELDS.userName, 'user.name', { sortable: true, width: '9%', testSubj: 'alert-column-user' }),
  {
    field: ALERT_FIELDS.workflowStatus,
    name: 'Status',
    sortable: true,
    width: '124px',
    render: (_: unknown, item: AlertSummary) => <AlertStatusBadge status={alertStatus(item)} />,
  },
  {
    field: ALERT_FIELDS.caseIds,
    name: 'Cases',
    width: '80px',
    render: (_: unknown, item: AlertSummary) => <AlertCasesCell caseIds={alertCaseIds(item)} />,
  },
];

/** What a narrow window drops from the Alerts table (see useColumnsForWidth). */
export const ALERT_WIDE_ONLY_FIELDS: ReadonlySet<string> = new Set([ALERT_FIELDS.reason, ALERT_FIELDS.riskScore]);

/** The Events table: what an analyst reads first of an ECS event. */
export const EVENT_COLUMNS: DocumentColumn[] = [
  timeColumn,
  textColumn('event.category', 'event.category', { sortable: true, width: '9em', testSubj: 'event-column-category' }),
  textColumn('event.action', 'event.action', { sortable: true, width: '11em', testSubj: 'event-column-action' }),
  textColumn('host.name', 'host.name', { sortable: true, width: '11em', testSubj: 'event-column-host' }),
  textColumn('user.name', 'user.name', { sortable: true, width: '9em', testSubj: 'event-column-user' }),
  textColumn('process.name', 'process.name', { sortable: true, testSubj: 'event-column-process' }),
  textColumn('source.ip', 'source.ip', { width: '9em', testSubj: 'event-column-source-ip' }),
  textColumn('destination.ip', 'destination.ip', { width: '9em', testSubj: 'event-column-destination-ip' }),
  textColumn('dns.question.name', 'dns.question.name', { width: '13em', testSubj: 'event-column-dns' }),
];

/** What a narrow window drops from the Events table: the network columns, which the flyout shows. */
export const EVENT_WIDE_ONLY_FIELDS: ReadonlySet<string> = new Set(['source.ip', 'destination.ip', 'dns.question.name']);
