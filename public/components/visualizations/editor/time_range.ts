/**
 * The editor's time range. The picker speaks date math ("now-7d") as well as instants, but a
 * chart in a case must show the same data next month: a range is resolved to two ISO instants
 * the moment it is picked, and those instants (not the date math) are what the preview reads and
 * what is saved.
 */
import dateMath from '@elastic/datemath';
import type { AbsoluteTimeRange } from '../../../../common/visualizations/definition';
import type { EditorTimeRange } from './editor_state';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

/** The last 7 days ending now, rounded down to the minute, so two editors opened together agree. */
export function defaultTimeRange(now = new Date()): EditorTimeRange {
  const to = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  const resolved = { from: new Date(to.getTime() - WEEK).toISOString(), to: to.toISOString() };
  return { start: resolved.from, end: resolved.to, resolved };
}

/** The absolute range a picked one stands for at `now`, or null when it does not parse or runs backwards. */
export function resolveTimeRange(start: string, end: string, now = new Date()): AbsoluteTimeRange | null {
  const from = dateMath.parse(start, { forceNow: now });
  const to = dateMath.parse(end, { roundUp: true, forceNow: now });
  if (!from?.isValid() || !to?.isValid() || from.valueOf() > to.valueOf()) return null;
  return { from: from.toISOString(), to: to.toISOString() };
}

/** An opened visualization's range: shown as the instants it holds. */
export function editorTimeRangeOf(range: AbsoluteTimeRange): EditorTimeRange {
  return { start: range.from, end: range.to, resolved: range };
}

/** "Mar 3, 2025, 10:00 → Mar 10, 2025, 10:00 UTC+1": the instants in the user's zone. */
export function formatAbsoluteRange(range: AbsoluteTimeRange, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return `${format.format(new Date(range.from))} → ${format.format(new Date(range.to))}`;
}

/** The browser's zone: date buckets split at the user's midnight, as Kibana's `dateFormat:tz: Browser`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
