/**
 * Calendar bucketing in an IANA time zone, without a date library: Intl gives the zone's
 * offset at an instant; bucket starts are computed on the local wall clock and mapped back.
 */
import { invalidQuery } from '../errors';
import type { DateHistogramBucket } from '../types';

export type CalendarInterval = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const INTERVALS = new Set<CalendarInterval>(['minute', 'hour', 'day', 'week', 'month', 'year']);
/** Elasticsearch refuses more than 65,536 buckets; a histogram that wide is a mistake here too. */
const MAX_BUCKETS = 65_536;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', '+00:00']);
const formatters = new Map<string, Intl.DateTimeFormat>();

export const isUtc = (timeZone: string | undefined): boolean => timeZone === undefined || UTC_NAMES.has(timeZone);

export function checkHistogramRequest(interval: string, timeZone: string | undefined): CalendarInterval {
  if (!INTERVALS.has(interval as CalendarInterval)) throw invalidQuery(`Invalid calendar_interval [${interval}]`);
  if (!isUtc(timeZone)) formatter(timeZone as string);
  return interval as CalendarInterval;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      throw invalidQuery(`Unknown time_zone [${timeZone}]`);
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/** Local wall-clock time minus UTC, in milliseconds, at that instant. */
function offsetMs(epoch: number, timeZone: string | undefined): number {
  if (isUtc(timeZone)) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone as string).formatToParts(new Date(epoch))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (epoch - (((epoch % 1000) + 1000) % 1000));
}

function fromWall(wall: number, timeZone: string | undefined): number {
  const guess = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(guess, timeZone);
}

function truncateWall(wall: number, interval: CalendarInterval): number {
  const d = new Date(wall);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (interval) {
    case 'minute':
      return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes());
    case 'hour':
      return Date.UTC(y, m, day, d.getUTCHours());
    case 'day':
      return Date.UTC(y, m, day);
    case 'week':
      // ISO weeks start on Monday, as Elasticsearch's do.
      return Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7));
    case 'month':
      return Date.UTC(y, m, 1);
    case 'year':
      return Date.UTC(y, 0, 1);
  }
}

function addWall(wall: number, interval: CalendarInterval): number {
  const d = new Date(wall);
  const [y, m, day, h, min] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const step = { minute: [0, 0, 0, 0, 1], hour: [0, 0, 0, 1, 0], day: [0, 0, 1, 0, 0], week: [0, 0, 7, 0, 0], month: [0, 1, 0, 0, 0], year: [1, 0, 0, 0, 0] }[interval];
  return Date.UTC(y + step[0], m + step[1], day + step[2], h + step[3], min + step[4]);
}

export function bucketStart(epoch: number, interval: CalendarInterval, timeZone?: string): number {
  return fromWall(truncateWall(epoch + offsetMs(epoch, timeZone), interval), timeZone);
}

function nextBucket(start: number, interval: CalendarInterval, timeZone?: string): number {
  return fromWall(addWall(truncateWall(start + offsetMs(start, timeZone), interval), interval), timeZone);
}

export function keyAsString(epoch: number, timeZone?: string): string {
  const offset = offsetMs(epoch, timeZone);
  const wall = new Date(epoch + offset).toISOString().slice(0, 23);
  if (isUtc(timeZone)) return `${wall}Z`;
  const abs = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Counts per instant → buckets from the first to the last non-empty one, gaps included. */
export function histogramBuckets(
  counts: Array<{ epoch: number; count: number }>,
  interval: CalendarInterval,
  timeZone?: string,
): DateHistogramBucket[] {
  const byStart = new Map<number, number>();
  for (const { epoch, count } of counts) {
    const start = bucketStart(epoch, interval, timeZone);
    byStart.set(start, (byStart.get(start) ?? 0) + count);
  }
  if (byStart.size === 0) return [];
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const last = starts[starts.length - 1];
  const buckets: DateHistogramBucket[] = [];
  for (let start = starts[0]; start <= last; start = nextBucket(start, interval, timeZone)) {
    if (buckets.length >= MAX_BUCKETS) throw invalidQuery(`date_histogram would return more than ${MAX_BUCKETS} buckets`);
    buckets.push({ key: start, key_as_string: keyAsString(start, timeZone), doc_count: byStart.get(start) ?? 0 });
  }
  return buckets;
}

/** SQLite strftime format grouping values finely enough for the zone to bucket them exactly. */
export function sqlGroupFormat(interval: CalendarInterval, timeZone?: string): string {
  if (!isUtc(timeZone) || interval === 'minute') return '%Y-%m-%dT%H:%M:00Z';
  if (interval === 'hour') return '%Y-%m-%dT%H:00:00Z';
  if (interval === 'month') return '%Y-%m-01T00:00:00Z';
  if (interval === 'year') return '%Y-01-01T00:00:00Z';
  return '%Y-%m-%dT00:00:00Z';
}
