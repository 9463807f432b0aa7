/**
 * Lens' date histogram intervals and ours. Lens stores what its interval picker offers: `auto`,
 * a bare unit (`m`, `h`, `d`), a calendar unit with a count of one (`1w`, `1M`, `1y`: Elasticsearch
 * has no multiples of them), or a fixed interval typed by the user (`30s`, `3h`, `12h`).
 *
 * One minute, hour and day are calendar units here whether Lens wrote `h` or `1h`: for those
 * units Elasticsearch answers the same buckets either way (outside daylight-saving days), and
 * our calendar units are what the editor offers. So a fixed `1h` reads back as `hour`.
 */
import type { CalendarIntervalName, DateInterval } from '../definition';

const CALENDAR_BY_LENS_UNIT: Record<string, CalendarIntervalName> = {
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  M: 'month',
  y: 'year',
};

const LENS_BY_CALENDAR: Record<CalendarIntervalName, string> = {
  minute: 'm',
  hour: 'h',
  day: 'd',
  week: '1w',
  month: '1M',
  year: '1y',
};

/** Units Elasticsearch takes as a fixed length (any count); the others are calendar-only. */
const FIXED_UNITS = new Set(['ms', 's', 'm', 'h', 'd']);
const MAX_FIXED_COUNT = 999_999;

/** Our interval for a Lens one, or null when we cannot bucket by it (quarters, `2w`, `0h`). */
export function readLensInterval(interval: unknown): DateInterval | null {
  if (interval === undefined || interval === '' || interval === 'auto') return 'auto';
  if (typeof interval !== 'string') return null;
  const match = /^(\d*)(ms|s|m|h|d|w|M|q|y)$/.exec(interval.trim());
  if (!match) return null;
  const [, countText, unit] = match;
  const count = countText === '' ? 1 : Number(countText);
  if (!Number.isInteger(count) || count < 1 || count > MAX_FIXED_COUNT || /^0/.test(countText)) return null;
  if (count === 1 && unit in CALENDAR_BY_LENS_UNIT) return CALENDAR_BY_LENS_UNIT[unit];
  if (FIXED_UNITS.has(unit)) return `${count}${unit}` as DateInterval;
  return null;
}

export function writeLensInterval(interval: DateInterval): string {
  if (interval === 'auto') return 'auto';
  return (LENS_BY_CALENDAR as Record<string, string | undefined>)[interval] ?? interval;
}
