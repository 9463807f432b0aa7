/**
 * A contract date histogram as Elasticsearch's `date_histogram` body, checked first so that a
 * request SQLite refuses is refused here too, with the same 400, before anything is sent.
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import type { DateHistogramRequest } from '../types';

const CALENDAR_INTERVALS = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);
const FIXED_INTERVAL = /^([1-9]\d*)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * The longest a calendar bucket can be (a DST day has 25 hours): dividing by it under-counts,
 * so only spans that certainly exceed the limit are refused here.
 */
const LONGEST_CALENDAR_MS: Record<string, number> = {
  minute: 60_000,
  hour: HOUR,
  day: DAY + HOUR,
  week: 7 * DAY + HOUR,
  month: 31 * DAY + HOUR,
  year: 366 * DAY + HOUR,
};
/** Elasticsearch's default search.max_buckets, which SQLite's histogram also keeps to. */
export const MAX_HISTOGRAM_BUCKETS = 65_536;

function intervalOf(name: string, request: DateHistogramRequest): { calendar_interval: string } | { fixed_interval: string } {
  const { calendar_interval: calendar, fixed_interval: fixed } = request;
  if ((calendar === undefined) === (fixed === undefined)) {
    throw invalidQuery(`date_histogram [${name}] needs exactly one of calendar_interval and fixed_interval`);
  }
  if (calendar !== undefined) {
    if (!CALENDAR_INTERVALS.has(calendar)) throw invalidQuery(`Invalid calendar_interval [${String(calendar)}]`);
    return { calendar_interval: calendar };
  }
  if (typeof fixed !== 'string' || !FIXED_INTERVAL.test(fixed)) {
    throw invalidQuery(`Invalid fixed_interval [${String(fixed)}]: a positive integer and one of ms, s, m, h, d (30s, 3h)`);
  }
  return { fixed_interval: fixed };
}

/** The longest one bucket of the interval can last, in milliseconds. */
function longestBucketMs(interval: { calendar_interval: string } | { fixed_interval: string }): number {
  if ('calendar_interval' in interval) return LONGEST_CALENDAR_MS[interval.calendar_interval];
  const [, amount, unit] = FIXED_INTERVAL.exec(interval.fixed_interval) ?? [];
  return Number(amount) * UNIT_MS[unit];
}

function checkBounds(name: string, bounds: unknown): { min: number; max: number } {
  const { min, max } = (bounds ?? {}) as { min?: unknown; max?: unknown };
  if (typeof bounds !== 'object' || !Number.isFinite(min) || !Number.isFinite(max)) {
    throw invalidQuery(`date_histogram [${name}]: extended_bounds needs numeric min and max (epoch milliseconds)`);
  }
  if ((min as number) > (max as number)) {
    throw invalidQuery(`date_histogram [${name}]: extended_bounds min [${String(min)}] is after max [${String(max)}]`);
  }
  return { min: min as number, max: max as number };
}

export function dateHistogramBody(name: string, field: string, request: DateHistogramRequest): estypes.AggregationsDateHistogramAggregation {
  const interval = intervalOf(name, request);
  if (request.time_zone !== undefined && typeof request.time_zone !== 'string') {
    throw invalidQuery(`date_histogram [${name}]: time_zone must be a string`);
  }
  const bounds = request.extended_bounds === undefined ? undefined : checkBounds(name, request.extended_bounds);
  if (bounds && (bounds.max - bounds.min) / longestBucketMs(interval) >= MAX_HISTOGRAM_BUCKETS) {
    throw invalidQuery(`date_histogram [${name}] would return more than ${MAX_HISTOGRAM_BUCKETS} buckets`);
  }
  // min_doc_count 0 keeps the empty buckets between the first and the last holding documents,
  // as SQLite fills them; extended_bounds widens that range to the bounds.
  return {
    field,
    ...interval,
    time_zone: request.time_zone ?? 'UTC',
    min_doc_count: 0,
    ...(bounds ? { extended_bounds: bounds } : {}),
  } as estypes.AggregationsDateHistogramAggregation;
}
