/**
 * The chart's time range. Any range may be picked, "Last 7 days" included, but it is resolved to
 * two instants as soon as it is picked: the help text shows them, the preview reads them and they
 * are what gets saved, so the chart in the case never moves with "now".
 */
import { memo, useState } from 'react';
import { EuiFormRow, EuiSuperDatePicker } from '@elastic/eui';
import type { EditorTimeRange } from './editor_state';
import { formatAbsoluteRange, resolveTimeRange } from './time_range';

const COMMONLY_USED = [
  { start: 'now-24h', end: 'now', label: 'Last 24 hours' },
  { start: 'now-7d', end: 'now', label: 'Last 7 days' },
  { start: 'now-30d', end: 'now', label: 'Last 30 days' },
  { start: 'now-90d', end: 'now', label: 'Last 90 days' },
  { start: 'now-1y', end: 'now', label: 'Last 1 year' },
];

interface TimeRangePickerProps {
  value: EditorTimeRange;
  timeZone: string;
  onChange: (range: EditorTimeRange) => void;
}

export const TimeRangePicker = memo(function TimeRangePicker({ value, timeZone, onChange }: TimeRangePickerProps) {
  const [invalid, setInvalid] = useState(false);
  return (
    <EuiFormRow
      label="Time range"
      fullWidth
      isInvalid={invalid}
      error={invalid ? 'The range does not parse or ends before it starts; the last valid range is kept.' : undefined}
      helpText={<span data-test-subj="visualizationTimeRangeAbsolute">Saved as {formatAbsoluteRange(value.resolved, timeZone)}</span>}
    >
      <EuiSuperDatePicker
        start={value.start}
        end={value.end}
        onTimeChange={({ start, end, isInvalid }) => {
          const resolved = isInvalid ? null : resolveTimeRange(start, end);
          setInvalid(resolved === null);
          if (resolved) onChange({ start, end, resolved });
        }}
        showUpdateButton={false}
        commonlyUsedRanges={COMMONLY_USED}
        width="full"
        data-test-subj="visualizationTimeRange"
      />
    </EuiFormRow>
  );
});
