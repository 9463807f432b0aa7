/**
 * A date histogram's interval as both backends read it: exactly one of `calendar_interval` and
 * `fixed_interval`, each well formed, its extended bounds, and the bucket limit both keep to. One checker, so a request
 * SQLite refuses is refused by Elasticsearch with the same 400 before anything is sent.
 */
import { invalidQuery } from './errors';

export type CalendarInterval = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export type HistogramInterval = { kind: 'calendar'; unit: CalendarInterval } | { kind: 'fixed'; ms: number };

/** Elasticsearch's default search.max_buckets; a histogram wider than that is a mistake on SQLite too. */
export const MAX_HISTOGRAM_BUCKETS = 65_536;

const CALENDAR = new Set<CalendarInterval>(['minute', 'hour', 'day', 'week', 'month', 'year']);
const FIXED = /^([1-9][0-9]*)(ms|s|m|h|d)$/;
const FIXED_UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

export function readHistogramInterval(name: string, calendar: unknown, fixed: unknown): HistogramInterval {
  if ((calendar === undefined) === (fixed === undefined)) {
    throw invalidQuery(`date_histogram [${name}] needs exactly one of calendar_interval and fixed_interval`);
  }
  if (calendar !== undefined) {
    if (!CALENDAR.has(calendar as CalendarInterval)) throw invalidQuery(`Invalid calendar_interval [${String(calendar)}]`);
    return { kind: 'calendar', unit: calendar as CalendarInterval };
  }
  const match = typeof fixed === 'string' ? FIXED.exec(fixed) : null;
  const ms = match ? Number(match[1]) * FIXED_UNIT_MS[match[2] as keyof typeof FIXED_UNIT_MS] : NaN;
  if (!match || !Number.isSafeInteger(ms)) {
    throw invalidQuery(`Invalid fixed_interval [${String(fixed)}]: expected a positive integer and a unit of ms, s, m, h or d (30s, 3h, 1d)`);
  }
  return { kind: 'fixed', ms };
}

/** extended_bounds: finite epoch milliseconds, min not after max. */
export function readHistogramBounds(name: string, bounds: unknown): { min: number; max: number } {
  const { min, max } = (bounds ?? {}) as { min?: unknown; max?: unknown };
  if (typeof bounds !== 'object' || !Number.isFinite(min) || !Number.isFinite(max)) {
    throw invalidQuery(`date_histogram [${name}]: extended_bounds needs numeric min and max (epoch milliseconds)`);
  }
  if ((min as number) > (max as number)) {
    throw invalidQuery(`date_histogram [${name}]: extended_bounds min [${String(min)}] is after max [${String(max)}]`);
  }
  return { min: min as number, max: max as number };
}
