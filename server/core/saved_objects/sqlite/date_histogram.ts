/**
 * Date histogram buckets in an IANA time zone, without a date library: Intl gives the zone's
 * offset at an instant; bucket starts are computed on the local wall clock and mapped back.
 * Calendar intervals truncate the wall clock (days, ISO weeks, months); fixed intervals take
 * multiples of the interval since the epoch on the wall clock, so `12h` in Paris starts at
 * local midnight and noon, as Elasticsearch aligns them.
 *
 * SQL names each row's bucket (histogram_sql.ts); here the keys become bucket starts, and
 * the starts the list of buckets, gaps and extended bounds included.
 */
import { invalidQuery } from '../errors';
import { MAX_HISTOGRAM_BUCKETS, type HistogramInterval } from '../histogram_interval';
import type { DateHistogramBucket } from '../types';

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', '+00:00']);
const formatters = new Map<string, Intl.DateTimeFormat>();

export const isUtc = (timeZone: string | undefined): boolean => timeZone === undefined || UTC_NAMES.has(timeZone);

export function checkTimeZone(timeZone: string | undefined): void {
  if (!isUtc(timeZone)) formatter(timeZone as string);
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
export function offsetMs(epoch: number, timeZone: string | undefined): number {
  if (isUtc(timeZone)) return 0;
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone as string).formatToParts(new Date(epoch))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (epoch - (((epoch % 1000) + 1000) % 1000));
}

/** The instant a local wall-clock time (ms, as if UTC) names in the zone. */
export function instantOfWall(wall: number, timeZone: string | undefined): number {
  return fromWall(wall, timeZone);
}

function fromWall(wall: number, timeZone: string | undefined): number {
  const guess = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(guess, timeZone);
}

const floorTo = (value: number, unit: number): number => value - (((value % unit) + unit) % unit);

function truncateWall(wall: number, interval: HistogramInterval): number {
  if (interval.kind === 'fixed') return floorTo(wall, interval.ms);
  const d = new Date(wall);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  switch (interval.unit) {
    case 'minute':
      return floorTo(wall, MINUTE);
    case 'hour':
      return floorTo(wall, HOUR);
    case 'day':
      return floorTo(wall, DAY);
    case 'week':
      // ISO weeks start on Monday, as Elasticsearch's do.
      return Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7));
    case 'month':
      return Date.UTC(y, m, 1);
    case 'year':
      return Date.UTC(y, 0, 1);
  }
}

function addWall(wall: number, interval: HistogramInterval): number {
  if (interval.kind === 'fixed') return wall + interval.ms;
  const d = new Date(wall);
  switch (interval.unit) {
    case 'minute':
      return wall + MINUTE;
    case 'hour':
      return wall + HOUR;
    case 'day':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
    case 'week':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 7);
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    case 'year':
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

/** The shortest a bucket of the interval can be on the wall clock. */
function shortestBucketMs(interval: HistogramInterval): number {
  if (interval.kind === 'fixed') return interval.ms;
  if (interval.unit === 'minute') return MINUTE;
  if (interval.unit === 'hour') return HOUR;
  return DAY;
}

export function bucketStart(epoch: number, interval: HistogramInterval, timeZone?: string): number {
  return fromWall(truncateWall(epoch + offsetMs(epoch, timeZone), interval), timeZone);
}

function nextBucket(start: number, interval: HistogramInterval, timeZone?: string): number {
  const next = fromWall(addWall(truncateWall(start + offsetMs(start, timeZone), interval), interval), timeZone);
  // A wall time skipped by a DST change maps back before it: step on from the next wall unit.
  return next > start ? next : bucketStart(start + shortestBucketMs(interval), interval, timeZone);
}

export function keyAsString(epoch: number, timeZone?: string): string {
  const offset = offsetMs(epoch, timeZone);
  const wall = new Date(epoch + offset).toISOString().slice(0, 23);
  if (isUtc(timeZone)) return `${wall}Z`;
  const abs = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The bucket starts of a histogram: from the first to the last non-empty bucket, gaps
 * included, or across `bounds` too (Elasticsearch's extended_bounds: they extend the range,
 * they never cut buckets holding documents).
 */
export function histogramStarts(
  nonEmpty: number[],
  interval: HistogramInterval,
  timeZone: string | undefined,
  bounds?: { min: number; max: number },
): number[] {
  let first = Infinity;
  let last = -Infinity;
  for (const start of nonEmpty) {
    if (start < first) first = start;
    if (start > last) last = start;
  }
  if (bounds) {
    first = Math.min(first, bucketStart(bounds.min, interval, timeZone));
    last = Math.max(last, bucketStart(bounds.max, interval, timeZone));
  }
  if (first > last) return [];
  const starts: number[] = [];
  for (let start = first; start <= last; start = nextBucket(start, interval, timeZone)) {
    if (starts.length >= MAX_HISTOGRAM_BUCKETS) throw invalidQuery(`date_histogram would return more than ${MAX_HISTOGRAM_BUCKETS} buckets`);
    starts.push(start);
  }
  return starts;
}

/** A bucket without its sub-aggregations. */
export const histogramBucket = (start: number, count: number, timeZone?: string): DateHistogramBucket => ({
  key: start,
  key_as_string: keyAsString(start, timeZone),
  doc_count: count,
});
