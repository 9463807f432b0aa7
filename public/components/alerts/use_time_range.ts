import { useMemo, useState } from 'react';
import { DEFAULT_END, DEFAULT_START, resolveTimeRange, type TimeRange } from './alerts_page_state';

/**
 * The page's time range as date math, and its ISO bounds resolved when the range changes or on
 * refresh: not on every render, which would make each request (and cache key) new.
 */
export function useTimeRange() {
  const [range, setRange] = useState<TimeRange>({ start: DEFAULT_START, end: DEFAULT_END });
  const [now, setNow] = useState(() => new Date());
  const bounds = useMemo(() => resolveTimeRange(range, now), [range, now]);
  return {
    range,
    bounds,
    setRange: (next: TimeRange) => {
      setRange(next);
      setNow(new Date());
    },
    refresh: () => setNow(new Date()),
  };
}
