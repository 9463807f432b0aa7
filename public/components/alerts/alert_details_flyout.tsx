import { useMemo, useState } from 'react';
import {
  EuiCodeBlock,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiInMemoryTable,
  EuiSpacer,
  EuiTab,
  EuiTabs,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import type { AlertSummary } from '../../containers/alerts_api';
import { AlertSeverityBadge, AlertStatusBadge } from './alert_badges';
import { alertSeverity, alertStatus, fieldText } from './alert_values';
import { FormattedAlertTime } from './formatted_alert_time';
import { nestFields } from './nest_fields';

interface FieldRow {
  field: string;
  value: string;
}

const displayValue = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const COLUMNS: Array<EuiBasicTableColumn<FieldRow>> = [
  { field: 'field', name: 'Field', sortable: true, width: '18em', render: (field: string) => <code>{field}</code> },
  { field: 'value', name: 'Value', render: (value: string) => <span data-test-subj="alert-field-value">{value}</span> },
];

type TabId = 'table' | 'json';

/**
 * Every field of one alert or event, as a searchable table and as JSON: what an analyst checks
 * before escalating. Works for events too (no rule, severity or status is then shown).
 */
export function AlertDetailsFlyout({ alert, onClose }: { alert: AlertSummary; onClose: () => void }) {
  const [tab, setTab] = useState<TabId>('table');
  const titleId = useGeneratedHtmlId({ prefix: 'alertDetails' });
  const rows = useMemo(
    () => Object.entries(alert.fields).map(([field, value]) => ({ field, value: displayValue(value) })).sort((a, b) => a.field.localeCompare(b.field)),
    [alert],
  );
  const json = useMemo(() => JSON.stringify({ _id: alert.id, _index: alert.index, _source: nestFields(alert.fields) }, null, 2), [alert]);
  const ruleName = fieldText(alert, ALERT_FIELDS.ruleName);
  const isAlert = ruleName !== undefined || alert.fields[ALERT_FIELDS.workflowStatus] !== undefined;

  return (
    <EuiFlyout onClose={onClose} size="m" aria-labelledby={titleId} ownFocus data-test-subj="alert-details-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId} data-test-subj="alert-details-title">
            {ruleName ?? fieldText(alert, 'event.action') ?? alert.id}
          </h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false} wrap>
          {isAlert && (
            <>
              <EuiFlexItem grow={false}>
                <AlertSeverityBadge severity={alertSeverity(alert)} />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <AlertStatusBadge status={alertStatus(alert)} />
              </EuiFlexItem>
            </>
          )}
          <EuiFlexItem grow={false}>
            <EuiText size="s" color="subdued" data-test-subj="alert-details-time">
              <FormattedAlertTime value={fieldText(alert, ALERT_FIELDS.timestamp)} />
            </EuiText>
          </EuiFlexItem>
        </EuiFlexGroup>
        <EuiSpacer size="s" />
        <EuiTabs bottomBorder={false} style={{ marginBottom: '-25px' }}>
          <EuiTab isSelected={tab === 'table'} onClick={() => setTab('table')} data-test-subj="alert-details-tab-table">
            Table
          </EuiTab>
          <EuiTab isSelected={tab === 'json'} onClick={() => setTab('json')} data-test-subj="alert-details-tab-json">
            JSON
          </EuiTab>
        </EuiTabs>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {tab === 'table' ? (
          <EuiInMemoryTable<FieldRow>
            items={rows}
            itemId="field"
            columns={COLUMNS}
            search={{ box: { incremental: true, placeholder: 'Filter by field or value', 'data-test-subj': 'alert-details-search' } }}
            sorting={{ sort: { field: 'field', direction: 'asc' } }}
            pagination={{ initialPageSize: 50, pageSizeOptions: [25, 50, 100] }}
            tableCaption="Alert fields"
            rowProps={(row) => ({ 'data-test-subj': `alert-field-row-${row.field}` })}
            data-test-subj="alert-details-table"
          />
        ) : (
          <EuiCodeBlock language="json" isCopyable overflowHeight="calc(100vh - 220px)" fontSize="s" data-test-subj="alert-details-json">
            {json}
          </EuiCodeBlock>
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
