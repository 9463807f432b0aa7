import { EuiSuperDatePicker } from '@elastic/eui';
import type { TimeRange } from './alerts_page_state';

const COMMONLY_USED = [
  { start: 'now/d', end: 'now/d', label: 'Today' },
  { start: 'now-24h', end: 'now', label: 'Last 24 hours' },
  { start: 'now-7d', end: 'now', label: 'Last 7 days' },
  { start: 'now-30d', end: 'now', label: 'Last 30 days' },
  { start: 'now-90d', end: 'now', label: 'Last 90 days' },
  { start: 'now-1y', end: 'now', label: 'Last 1 year' },
];

interface AlertsTimePickerProps {
  range: TimeRange;
  onChange: (range: TimeRange) => void;
  /** Re-resolves "now" and re-reads the page. */
  onRefresh: () => void;
  isLoading: boolean;
}

/** The alerts' time range, last 30 days by default as Kibana's Security pages. */
export function AlertsTimePicker({ range, onChange, onRefresh, isLoading }: AlertsTimePickerProps) {
  return (
    <EuiSuperDatePicker
      start={range.start}
      end={range.end}
      onTimeChange={({ start, end, isInvalid }) => {
        if (!isInvalid) onChange({ start, end });
      }}
      onRefresh={onRefresh}
      isLoading={isLoading}
      commonlyUsedRanges={COMMONLY_USED}
      width="auto"
      data-test-subj="alerts-time-picker"
    />
  );
}
