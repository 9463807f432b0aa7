/**
 * A date histogram's bucket as SQL: each row's date becomes one key that names its bucket
 * exactly (the local minute, hour or day number, the local week's Monday, 'YYYY-MM', the
 * fixed interval's number), computed with integer arithmetic on the epoch, never with a
 * per-row strftime of the stored text. Since one key is one bucket, a histogram level is one
 * GROUP BY, its metrics and the top terms under it exact; the few keys then become bucket
 * starts here, one Intl call per key rather than per row.
 */
import type { HistogramInterval } from '../histogram_interval';
import { instantOfWall, isUtc } from './date_histogram';
import { offsetSql } from './zone_offsets';

const DAY_SECONDS = 86_400;
const WEEK_SECONDS = 7 * DAY_SECONDS;
/** The ISO week of the epoch starts on Monday 1969-12-29, three days before it. */
const EPOCH_WEEK_SHIFT = 3 * DAY_SECONDS;
/**
 * Integer division truncates toward zero; shifting by this many units first floors dates
 * before 1970 too (up to about 30,000 years back), without a second reference to the value.
 */
const FLOOR_SHIFT_SECONDS = 1e12;

/** Whether the epoch column holds milliseconds: only fixed intervals that are no whole seconds need them. */
export const needsMilliseconds = (interval: HistogramInterval): boolean => interval.kind === 'fixed' && interval.ms % 1000 !== 0;

/** The epoch (seconds, or milliseconds when needed) of a stored date: ISO text as every write stores it. */
export function epochSql(value: string, interval: HistogramInterval): string {
  return needsMilliseconds(interval) ? `CAST(round(unixepoch(${value}, 'subsec') * 1000) AS INTEGER)` : `unixepoch(${value})`;
}

const floorDiv = (value: string, unit: number, scale: number): string => {
  const shift = Math.ceil((FLOOR_SHIFT_SECONDS * scale) / unit);
  return `((${value} + ${unit * shift}) / ${unit} - ${shift})`;
};

/** The bucket key of epoch column `epoch` (see epochSql). */
export function histogramKeySql(epoch: string, interval: HistogramInterval, timeZone: string | undefined): string {
  const scale = needsMilliseconds(interval) ? 1000 : 1;
  const offset = offsetSql(epoch, timeZone);
  const wall = isUtc(timeZone) ? epoch : `(${epoch} + ${scale === 1 ? offset : `1000 * (${offsetSql(`(${epoch} / 1000)`, timeZone)})`})`;
  if (interval.kind === 'fixed') return floorDiv(wall, (interval.ms / 1000) * scale, scale);
  switch (interval.unit) {
    case 'minute':
      return floorDiv(wall, 60, 1);
    case 'hour':
      return floorDiv(wall, 3600, 1);
    case 'day':
      return floorDiv(wall, DAY_SECONDS, 1);
    case 'week':
      return floorDiv(`(${wall} + ${EPOCH_WEEK_SHIFT})`, WEEK_SECONDS, 1);
    case 'month':
      return `strftime('%Y-%m', ${wall}, 'unixepoch')`;
    case 'year':
      return `strftime('%Y', ${wall}, 'unixepoch')`;
  }
}

/** The wall-clock start (ms, as if UTC) of the bucket a key names. */
function wallOfKey(key: number | string, interval: HistogramInterval): number {
  if (interval.kind === 'fixed') return Number(key) * interval.ms;
  switch (interval.unit) {
    case 'minute':
      return Number(key) * 60_000;
    case 'hour':
      return Number(key) * 3_600_000;
    case 'day':
      return Number(key) * DAY_SECONDS * 1000;
    case 'week':
      return (Number(key) * WEEK_SECONDS - EPOCH_WEEK_SHIFT) * 1000;
    case 'month': {
      const [year, month] = String(key).split('-').map(Number);
      return Date.UTC(year, month - 1, 1);
    }
    case 'year':
      return Date.UTC(Number(key), 0, 1);
  }
}

/** Turns keys into bucket starts (epoch ms), each key once. */
export function keyToStart(interval: HistogramInterval, timeZone: string | undefined): (key: number | string) => number {
  const starts = new Map<number | string, number>();
  return (key) => {
    let start = starts.get(key);
    if (start === undefined) {
      // The key's wall time is what date_histogram.ts truncates an instant's wall time to.
      start = instantOfWall(wallOfKey(key, interval), timeZone);
      starts.set(key, start);
    }
    return start;
  };
}
