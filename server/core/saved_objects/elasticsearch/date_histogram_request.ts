/**
 * A contract date histogram as Elasticsearch's `date_histogram` body, checked first so that a
 * request SQLite refuses is refused here too, with the same 400, before anything is sent.
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import { MAX_HISTOGRAM_BUCKETS, readHistogramBounds, readHistogramInterval, type CalendarInterval, type HistogramInterval } from '../histogram_interval';
import type { DateHistogramRequest } from '../types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * The longest a calendar bucket can be (a DST day has 25 hours): dividing by it under-counts,
 * so only spans that certainly exceed the limit are refused here.
 */
const LONGEST_CALENDAR_MS: Record<CalendarInterval, number> = {
  minute: 60_000,
  hour: HOUR,
  day: DAY + HOUR,
  week: 7 * DAY + HOUR,
  month: 31 * DAY + HOUR,
  year: 366 * DAY + HOUR,
};

/** The longest one bucket of the interval can last, in milliseconds. */
const longestBucketMs = (interval: HistogramInterval): number =>
  interval.kind === 'calendar' ? LONGEST_CALENDAR_MS[interval.unit] : interval.ms;

export function dateHistogramBody(name: string, field: string, request: DateHistogramRequest): estypes.AggregationsDateHistogramAggregation {
  const { calendar_interval: calendar, fixed_interval: fixed } = request;
  const interval = readHistogramInterval(name, calendar, fixed);
  if (request.time_zone !== undefined && typeof request.time_zone !== 'string') {
    throw invalidQuery(`date_histogram [${name}]: time_zone must be a string`);
  }
  const bounds = request.extended_bounds === undefined ? undefined : readHistogramBounds(name, request.extended_bounds);
  if (bounds && (bounds.max - bounds.min) / longestBucketMs(interval) >= MAX_HISTOGRAM_BUCKETS) {
    throw invalidQuery(`date_histogram [${name}] would return more than ${MAX_HISTOGRAM_BUCKETS} buckets`);
  }
  // min_doc_count 0 keeps the empty buckets between the first and the last holding documents,
  // as SQLite fills them; extended_bounds widens that range to the bounds.
  return {
    field,
    ...(interval.kind === 'calendar' ? { calendar_interval: interval.unit } : { fixed_interval: fixed }),
    time_zone: request.time_zone ?? 'UTC',
    min_doc_count: 0,
    ...(bounds ? { extended_bounds: bounds } : {}),
  } as estypes.AggregationsDateHistogramAggregation;
}
