/**
 * The interval of a date histogram over a time range: `auto` picks one that draws a readable
 * number of bars, and an explicit one that would draw too many is refused before any store is
 * asked, as Elasticsearch refuses a search past its bucket limit.
 */
import type { AbsoluteTimeRange, CalendarIntervalName, DateInterval } from './definition';

export type ResolvedInterval = Exclude<DateInterval, 'auto'>;

/** At most this many date buckets per histogram (Lens' charts stop being readable far earlier). */
export const MAX_DATE_HISTOGRAM_BUCKETS = 1000;
/** `auto` picks the shortest interval of the ladder giving at most this many buckets. */
export const AUTO_TARGET_MAX_BUCKETS = 100;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const FIXED_UNITS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: DAY };

/**
 * Calendar units by their shortest length: the count of buckets a range can touch is bounded
 * with them (a February is a month too). `auto` reads the usual lengths below instead.
 */
const CALENDAR_SHORTEST: Record<CalendarIntervalName, number> = {
  minute: MINUTE,
  hour: HOUR,
  day: 23 * HOUR, // the day clocks go forward
  week: 7 * DAY - HOUR,
  month: 28 * DAY - HOUR,
  year: 365 * DAY - HOUR,
};

/**
 * From seconds to years, each step at most about 12 times the previous one: whatever the range
 * (up to a century), the first step giving at most 100 buckets gives 8 or more. Calendar names where a calendar unit
 * exists, so that days, weeks and months start where the user's calendar starts them.
 */
const AUTO_LADDER: Array<{ interval: ResolvedInterval; length: number }> = [
  { interval: '1s', length: SECOND },
  { interval: '5s', length: 5 * SECOND },
  { interval: '10s', length: 10 * SECOND },
  { interval: '30s', length: 30 * SECOND },
  { interval: 'minute', length: MINUTE },
  { interval: '5m', length: 5 * MINUTE },
  { interval: '10m', length: 10 * MINUTE },
  { interval: '30m', length: 30 * MINUTE },
  { interval: 'hour', length: HOUR },
  { interval: '3h', length: 3 * HOUR },
  { interval: '12h', length: 12 * HOUR },
  { interval: 'day', length: DAY },
  { interval: 'week', length: 7 * DAY },
  { interval: 'month', length: 30 * DAY },
  { interval: 'year', length: 365 * DAY },
];

const FIXED = /^([1-9]\d*)(ms|s|m|h|d)$/;

export const isCalendarInterval = (interval: string): interval is CalendarIntervalName => interval in CALENDAR_SHORTEST;

/** The length of a fixed interval in ms (`3h` → 10,800,000), or undefined when it is not one. */
export function fixedIntervalMs(interval: string): number | undefined {
  const match = FIXED.exec(interval);
  return match ? Number(match[1]) * FIXED_UNITS[match[2]] : undefined;
}

const spanOf = (range: AbsoluteTimeRange): number => Math.max(0, Date.parse(range.to) - Date.parse(range.from));

/** The interval a histogram over `range` uses: `auto` resolved against the ladder, any other as given. */
export function resolveInterval(interval: DateInterval, range: AbsoluteTimeRange): ResolvedInterval {
  if (interval !== 'auto') return interval;
  const span = spanOf(range);
  const fitting = AUTO_LADDER.find((step) => Math.floor(span / step.length) + 1 <= AUTO_TARGET_MAX_BUCKETS);
  return (fitting ?? AUTO_LADDER[AUTO_LADDER.length - 1]).interval;
}

/**
 * The most buckets an interval can make over the range (both ends included), or undefined
 * for a text that is no interval.
 */
export function maxBucketsOver(interval: ResolvedInterval, range: AbsoluteTimeRange): number | undefined {
  const length = isCalendarInterval(interval) ? CALENDAR_SHORTEST[interval] : fixedIntervalMs(interval);
  if (length === undefined) return undefined;
  // A calendar bucket may start before `from`, so one more may be touched than the span holds.
  return Math.floor(spanOf(range) / length) + (isCalendarInterval(interval) ? 2 : 1);
}

/**
 * Why `interval` cannot bucket `range` (a sentence for a 400), or undefined when it can: an
 * unknown interval, or more than MAX_DATE_HISTOGRAM_BUCKETS buckets.
 */
export function intervalProblem(interval: DateInterval, range: AbsoluteTimeRange): string | undefined {
  const resolved = resolveInterval(interval, range);
  const buckets = maxBucketsOver(resolved, range);
  if (buckets === undefined) return `"${interval}" is not a date interval: use auto, a calendar unit (minute, hour, day, week, month, year) or a fixed interval such as 30s, 3h or 12h`;
  if (buckets > MAX_DATE_HISTOGRAM_BUCKETS) {
    return `The interval "${interval}" makes up to ${buckets} date buckets over the time range, more than the ${MAX_DATE_HISTOGRAM_BUCKETS} allowed: choose a longer interval or auto`;
  }
  return undefined;
}
