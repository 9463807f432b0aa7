/**
 * Test-only: eleven alert-like documents over four days, a source describing their fields, and
 * a request builder. The tests' expected numbers are worked out by hand from this table:
 *
 *   #  @timestamp (UTC)    host  user  severity  risk  tags
 *   1  01-01 01:00         h1    u1    high      10    a
 *   2  01-01 05:00         h1    u2    low       20    a b
 *   3  01-01 07:00         h2    u1    high      30    b
 *   4  01-02 02:00         h1    u1    low       40    c
 *   5  01-02 03:00         h3    u3    high      50    -
 *   6  01-02 09:00         h3    u1    medium    60    a
 *   7  01-02 10:00         h4    u1    low       70    a
 *   8  01-03 12:00         h1    u2    high      80    b
 *   9  2023-12-31 23:00    h1    u1    high      90    -     (before the time range)
 *  10  01-03 13:00         h2    u5    low       -     c
 *  11  01-03 14:00         -     u1    low       5     -
 */
import type { VisualizationDataSource, VisualizationQueryRequest } from '../../../../common/visualizations/query_api';
import type { Doc } from './memory_search';

const row = (n: number, timestamp: string, host: string | undefined, user: string, severity: string, risk: number | undefined, tags: string[]): Doc => ({
  id: `d${n}`,
  '@timestamp': timestamp,
  ...(host ? { host: { name: host } } : {}),
  user: { name: user },
  severity,
  ...(risk === undefined ? {} : { risk }),
  tags,
  text: `alert ${n} on ${host ?? 'nowhere'}`,
});

export const DOCUMENTS: Doc[] = [
  row(1, '2024-01-01T01:00:00.000Z', 'h1', 'u1', 'high', 10, ['a']),
  row(2, '2024-01-01T05:00:00.000Z', 'h1', 'u2', 'low', 20, ['a', 'b']),
  row(3, '2024-01-01T07:00:00.000Z', 'h2', 'u1', 'high', 30, ['b']),
  row(4, '2024-01-02T02:00:00.000Z', 'h1', 'u1', 'low', 40, ['c']),
  row(5, '2024-01-02T03:00:00.000Z', 'h3', 'u3', 'high', 50, []),
  row(6, '2024-01-02T09:00:00.000Z', 'h3', 'u1', 'medium', 60, ['a']),
  row(7, '2024-01-02T10:00:00.000Z', 'h4', 'u1', 'low', 70, ['a']),
  row(8, '2024-01-03T12:00:00.000Z', 'h1', 'u2', 'high', 80, ['b']),
  row(9, '2023-12-31T23:00:00.000Z', 'h1', 'u1', 'high', 90, []),
  row(10, '2024-01-03T13:00:00.000Z', 'h2', 'u5', 'low', undefined, ['c']),
  row(11, '2024-01-03T14:00:00.000Z', undefined, 'u1', 'low', 5, []),
];

export const DAY = (day: number) => Date.UTC(2024, 0, day);

export const SOURCE: VisualizationDataSource = {
  id: 'alerts',
  name: 'Alerts',
  timeField: '@timestamp',
  indexPatterns: ['.alerts-security.alerts-default'],
  dataViewIds: ['security-solution-default'],
  fields: [
    { name: '@timestamp', type: 'date', aggregatable: true, searchable: true },
    { name: 'host.name', type: 'string', aggregatable: true, searchable: true },
    { name: 'user.name', type: 'string', aggregatable: true, searchable: true },
    { name: 'severity', type: 'string', aggregatable: true, searchable: true },
    { name: 'risk', type: 'number', aggregatable: true, searchable: true },
    { name: 'tags', type: 'string', aggregatable: true, searchable: true },
    { name: 'text', type: 'string', aggregatable: false, searchable: true, text: true },
  ],
};

/** Four days: January 1st to 4th 2024, the 4th empty. */
export const TIME_RANGE = { from: '2024-01-01T00:00:00.000Z', to: '2024-01-04T23:59:59.999Z' };

export const request = (over: Partial<VisualizationQueryRequest>): VisualizationQueryRequest => ({
  source: 'alerts',
  timeRange: TIME_RANGE,
  buckets: [],
  metrics: [{ id: 'count', operation: 'count' }],
  ...over,
});
