/** The Indicators section's columns: what the attachment says, and the document's TLP, confidence and dates. */
import { EuiBadge, EuiCode, type EuiBasicTableColumn } from '@elastic/eui';
import { INDICATOR_FIELDS, firstText } from '../../../common/indicators/indicator_fields';
import type { IndicatorSummary } from '../../containers/indicators_api';
import { FormattedTime } from '../user_actions/formatted_time';
import type { AttachedIndicator } from './attached_indicators';

export interface IndicatorRow extends AttachedIndicator {
  /** The indicator document, when it is still in the index. */
  document?: IndicatorSummary;
}

const NONE = '—';

/** TLP colours by their meaning, from EUI's palette names (never hard-coded hues, for the dark theme). */
const TLP_COLORS: Record<string, string> = { RED: 'danger', AMBER: 'warning', 'AMBER+STRICT': 'warning', GREEN: 'success', WHITE: 'hollow', CLEAR: 'hollow' };

export function TlpBadge({ tlp }: { tlp: string | undefined }) {
  if (!tlp) return <>{NONE}</>;
  return <EuiBadge color={TLP_COLORS[tlp.toUpperCase()] ?? 'default'}>{`TLP:${tlp.toUpperCase()}`}</EuiBadge>;
}

const field = (row: IndicatorRow, path: string) => (row.document ? firstText(row.document.fields, path) : undefined);

function DateCell({ iso }: { iso: string | undefined }) {
  return iso ? <FormattedTime iso={iso} /> : <>{NONE}</>;
}

export const indicatorColumns: Array<EuiBasicTableColumn<IndicatorRow>> = [
  {
    field: 'name',
    name: 'Indicator',
    truncateText: true,
    // Long URLs are cut in the cell: the whole name shows on hover.
    render: (name: string) => (
      <EuiCode transparentBackground title={name}>
        {name}
      </EuiCode>
    ),
    'data-test-subj': 'case-indicators-name',
  },
  { field: 'type', name: 'Type', width: '120px' },
  { field: 'feed', name: 'Feed', truncateText: true },
  { name: 'TLP', width: '130px', render: (row: IndicatorRow) => <TlpBadge tlp={field(row, INDICATOR_FIELDS.tlp)} /> },
  { name: 'Confidence', width: '110px', render: (row: IndicatorRow) => field(row, INDICATOR_FIELDS.confidence) ?? NONE },
  { name: 'First seen', width: '120px', render: (row: IndicatorRow) => <DateCell iso={field(row, INDICATOR_FIELDS.firstSeen)} /> },
  { name: 'Last seen', width: '120px', render: (row: IndicatorRow) => <DateCell iso={field(row, INDICATOR_FIELDS.lastSeen)} /> },
];
