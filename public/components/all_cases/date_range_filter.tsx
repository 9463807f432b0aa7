import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSuperDatePicker } from '@elastic/eui';
import { DEFAULT_FROM, DEFAULT_TO } from './url_state';

interface DateRangeFilterProps {
  from: string | null;
  to: string | null;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

const COMMONLY_USED = [
  { start: 'now/d', end: 'now', label: 'Today' },
  { start: 'now-7d', end: 'now', label: 'Last 7 days' },
  { start: 'now-30d', end: 'now', label: 'Last 30 days' },
  { start: 'now-90d', end: 'now', label: 'Last 90 days' },
  { start: 'now-1y', end: 'now', label: 'Last year' },
];

/**
 * The creation-date range of the list, last 30 days by default as in Kibana. "Show all cases"
 * drops the range altogether, which the date picker itself cannot express.
 */
export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  if (from === null || to === null) {
    return (
      <EuiButtonEmpty
        iconType="calendar"
        onClick={() => onChange({ from: DEFAULT_FROM, to: DEFAULT_TO })}
        data-test-subj="cases-date-range-set"
        aria-label="Showing cases of all time. Filter by date range"
      >
        All time · Set a date range
      </EuiButtonEmpty>
    );
  }
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiSuperDatePicker
          start={from}
          end={to}
          onTimeChange={({ start, end, isInvalid }) => {
            if (!isInvalid) onChange({ from: start, to: end });
          }}
          showUpdateButton={false}
          commonlyUsedRanges={COMMONLY_USED}
          width="auto"
          data-test-subj="cases-date-range"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="s" onClick={() => onChange({ from: null, to: null })} data-test-subj="cases-show-all-button">
          Show all cases
        </EuiButtonEmpty>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
