/**
 * Definitions and tables for the chart tests, shaped as the Lens reader and the query service
 * give them: Lens column ids, labels as Lens derives them, rows buckets first.
 */
import { OTHER_BUCKET_KEY, type ChartSpec, type VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';

/** Midnight of 2024-03-04 and 2024-03-05 in Tokyo (UTC+9): the daily buckets of a Tokyo user. */
export const TOKYO_DAY_1 = Date.UTC(2024, 2, 3, 15);
export const TOKYO_DAY_2 = Date.UTC(2024, 2, 4, 15);
export const UTC_DAY_1 = Date.UTC(2024, 2, 4);
export const UTC_DAY_2 = Date.UTC(2024, 2, 5);

export function definitionOf(chart: ChartSpec, overrides: Partial<VisualizationDefinition> = {}): VisualizationDefinition {
  return {
    title: 'Alerts per host',
    source: 'alerts',
    query: { language: 'kuery', query: '' },
    filters: [],
    buckets: [
      { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' },
      { id: 'host', type: 'terms', field: 'host.name', size: 2, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
    ],
    metrics: [
      { id: 'count', operation: 'count' },
      { id: 'risk', operation: 'average', field: 'kibana.alert.risk_score' },
    ],
    chart,
    labels: { day: '@timestamp', host: 'Top 2 values of host.name', count: 'Count of records', risk: 'Average of kibana.alert.risk_score' },
    ...overrides,
  };
}

/** Alerts per day and host over two days; host-2 had none on the second day. */
export function perDayPerHost(day1 = UTC_DAY_1, day2 = UTC_DAY_2): VisualizationQueryResponse {
  return {
    columns: [
      { id: 'day', role: 'bucket', type: 'date' },
      { id: 'host', role: 'bucket', type: 'string' },
      { id: 'count', role: 'metric', type: 'number' },
      { id: 'risk', role: 'metric', type: 'number' },
    ],
    rows: [
      { day: day1, host: 'host-1', count: 5, risk: 47.5 },
      { day: day1, host: 'host-2', count: 3, risk: 21 },
      { day: day1, host: OTHER_BUCKET_KEY, count: 1200, risk: 73.333 },
      { day: day2, host: 'host-1', count: 2, risk: null },
      { day: day2, host: OTHER_BUCKET_KEY, count: 4, risk: 10 },
    ],
    interval: 'day',
    total: 1214,
  };
}

/** The same alerts per host and severity (no dates): a donut's nested rings, a metric's breakdown. */
export function perHostPerSeverity(): VisualizationQueryResponse {
  return {
    columns: [
      { id: 'host', role: 'bucket', type: 'string' },
      { id: 'severity', role: 'bucket', type: 'string' },
      { id: 'count', role: 'metric', type: 'number' },
    ],
    rows: [
      { host: 'host-1', severity: 'high', count: 4 },
      { host: 'host-1', severity: 'low', count: 3 },
      { host: 'host-2', severity: 'high', count: 3 },
      { host: OTHER_BUCKET_KEY, severity: 'critical', count: 1204 },
    ],
    total: 1214,
  };
}

export const hostSeverityBuckets: VisualizationDefinition['buckets'] = [
  { id: 'host', type: 'terms', field: 'host.name', size: 2, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
  { id: 'severity', type: 'terms', field: 'kibana.alert.severity', size: 3, orderBy: { type: 'count' }, direction: 'desc' },
];

export function emptyTable(response: VisualizationQueryResponse): VisualizationQueryResponse {
  return { ...response, rows: [], total: 0 };
}

/** Alerts per host, the top two and the rest. */
export function perHost(): VisualizationQueryResponse {
  return {
    columns: [
      { id: 'host', role: 'bucket', type: 'string' },
      { id: 'count', role: 'metric', type: 'number' },
      { id: 'risk', role: 'metric', type: 'number' },
    ],
    rows: [
      { host: 'host-1', count: 7, risk: 40 },
      { host: 'host-2', count: 3, risk: 21 },
      { host: OTHER_BUCKET_KEY, count: 1204, risk: 72.1 },
    ],
    total: 1214,
  };
}

/** Alerts per day; nothing had a risk score on the second day. */
export function perDay(day1 = UTC_DAY_1, day2 = UTC_DAY_2): VisualizationQueryResponse {
  return {
    columns: [
      { id: 'day', role: 'bucket', type: 'date' },
      { id: 'count', role: 'metric', type: 'number' },
      { id: 'risk', role: 'metric', type: 'number' },
    ],
    rows: [
      { day: day1, count: 1208, risk: 72.5 },
      { day: day2, count: 6, risk: null },
    ],
    interval: 'day',
    total: 1214,
  };
}
