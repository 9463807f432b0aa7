/**
 * How a cell of a visualization's table reads, shared by every chart and by the data table so a
 * value looks the same on an axis, in a tooltip, in a legend and in the table: dates in the
 * user's time zone at the precision of the histogram's interval, numbers in the user's locale,
 * the terms "Other" bucket named. Nothing here imports the chart library: the data table uses it
 * without pulling @elastic/charts into its bundle.
 */
import { OTHER_BUCKET_KEY, type VisualizationDefinition } from '../../../../common/visualizations/definition';
import { fixedIntervalMs } from '../../../../common/visualizations/auto_interval';
import { defaultLabel } from '../../../../common/visualizations/labels';
import type { CellValue, VisualizationColumn, VisualizationQueryResponse } from '../../../../common/visualizations/query_api';

export const OTHER_LABEL = 'Other';
/** A terms key that is the empty string (a field present but blank). */
export const EMPTY_KEY_LABEL = '(empty)';
/** A metric no document had a value for. */
export const MISSING_VALUE_LABEL = '—';

export type CellFormatter = (value: CellValue) => string;

/** The zone the browser runs in: the app has no time-zone setting, so the user's zone is the browser's. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The finest unit a date of this histogram needs to tell its buckets apart. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second' | 'millisecond';

const CALENDAR_PRECISION: Record<string, DatePrecision> = {
  year: 'year',
  month: 'month',
  week: 'day',
  day: 'day',
  hour: 'minute',
  minute: 'minute',
};
const FIXED_UNIT_PRECISION: Record<string, DatePrecision> = { d: 'day', h: 'minute', m: 'minute', s: 'second', ms: 'millisecond' };
// The shortest length of each calendar unit: a bar is never drawn wider than its bucket.
const CALENDAR_MS: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 28 * 86_400_000,
  year: 365 * 86_400_000,
};

const FIXED = /^(\d+)(ms|s|m|h|d)$/;

/** The precision of a resolved interval (`day`, `3h`, `30s`); without one (unknown), minutes. */
export function precisionOf(interval: string | undefined): DatePrecision {
  if (!interval) return 'minute';
  if (CALENDAR_PRECISION[interval]) return CALENDAR_PRECISION[interval];
  const fixed = FIXED.exec(interval);
  return fixed ? FIXED_UNIT_PRECISION[fixed[2]!]! : 'minute';
}

/** The length of one bucket in ms (a calendar unit's shortest), or undefined when unknown. */
export function intervalMs(interval: string | undefined): number | undefined {
  if (!interval) return undefined;
  return CALENDAR_MS[interval] ?? fixedIntervalMs(interval);
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const FULL_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: DAY,
  minute: { ...DAY, ...TIME },
  second: { ...DAY, ...TIME, second: '2-digit' },
  millisecond: { ...DAY, ...TIME, second: '2-digit', fractionalSecondDigits: 3 },
};
// Axis ticks leave the year out below a month: the axis spans a short range and space is short.
const TICK_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { month: 'short', day: 'numeric' },
  minute: { month: 'short', day: 'numeric', ...TIME },
  second: { ...TIME, second: '2-digit' },
  millisecond: { ...TIME, second: '2-digit', fractionalSecondDigits: 3 },
};

export interface FormatContext {
  /** IANA zone dates are shown in: the user's. */
  timeZone: string;
  /** The histogram's resolved interval (the response's `interval`). */
  interval?: string;
  /** BCP 47 locale; the browser's when absent. */
  locale?: string;
}

/** An instant at the histogram's precision in the zone: "Jan 5, 2024", "Jan 5, 2024, 14:00". */
export function dateFormatter({ timeZone, interval, locale }: FormatContext): (ms: number) => string {
  const format = new Intl.DateTimeFormat(locale, { ...FULL_OPTIONS[precisionOf(interval)], timeZone });
  return (ms) => format.format(ms);
}

/**
 * Axis tick labels. The chart places time ticks where it sees fit (every 12 hours on a daily
 * histogram of two days): a tick that is not on a whole day (in the zone) shows its time too,
 * so two ticks never read the same.
 */
export function dateTickFormatter({ timeZone, interval, locale }: FormatContext): (ms: number) => string {
  const precision = precisionOf(interval);
  const coarse = new Intl.DateTimeFormat(locale, { ...TICK_OPTIONS[precision], timeZone });
  const fine = new Intl.DateTimeFormat(locale, { ...TICK_OPTIONS.minute, timeZone });
  const clock = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23', timeZone });
  const coarserThanMinutes = precision === 'year' || precision === 'month' || precision === 'day';
  return (ms) => {
    if (!coarserThanMinutes) return coarse.format(ms);
    const parts = clock.formatToParts(ms).filter((part) => part.type === 'hour' || part.type === 'minute' || part.type === 'second');
    const midnight = parts.every((part) => Number(part.value) === 0);
    return midnight ? coarse.format(ms) : fine.format(ms);
  };
}

/** Numbers in the locale, up to two decimals (an average), thousands grouped. */
export function numberFormatter(locale?: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** Short numbers for axis ticks: 1.2K, 3.4M. */
export function compactNumberFormatter(locale?: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

/** A terms key as a legend, a label or a cell shows it. */
export function termLabel(value: CellValue, formatNumber: (value: number) => string = numberFormatter()): string {
  if (value === OTHER_BUCKET_KEY) return OTHER_LABEL;
  if (value === null) return MISSING_VALUE_LABEL;
  if (value === '') return EMPTY_KEY_LABEL;
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** The formatter of one column: a date bucket in the zone, a metric as a number, a term as a label. */
export function columnFormatter(column: VisualizationColumn, context: FormatContext): CellFormatter {
  const formatNumber = numberFormatter(context.locale);
  if (column.type === 'date' && column.role === 'bucket') {
    const formatDate = dateFormatter(context);
    return (value) => (typeof value === 'number' ? formatDate(value) : termLabel(value, formatNumber));
  }
  if (column.role === 'metric') {
    return (value) => (typeof value === 'number' ? formatNumber(value) : value === null ? MISSING_VALUE_LABEL : String(value));
  }
  return (value) => termLabel(value, formatNumber);
}

/** Every column's formatter by id, for one response. */
export function formattersFor(response: VisualizationQueryResponse, timeZone: string, locale?: string): Record<string, CellFormatter> {
  const context: FormatContext = { timeZone, interval: response.interval, locale };
  return Object.fromEntries(response.columns.map((column) => [column.id, columnFormatter(column, context)]));
}

/** A column's label: the definition's (Lens' custom or derived label), else the one Lens derives, else its id. */
export function columnLabel(definition: VisualizationDefinition, id: string): string {
  const label = definition.labels[id];
  if (label) return label;
  const spec = [...definition.buckets, ...definition.metrics].find((candidate) => candidate.id === id);
  return spec ? defaultLabel(spec) : id;
}
