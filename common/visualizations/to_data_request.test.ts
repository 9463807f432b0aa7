import type { VisualizationDefinition } from './definition';
import { VisualizationQueryRequestRt } from './query_api';
import { toDataRequest } from './to_data_request';
import { isRight } from 'fp-ts/lib/Either';

const definition: VisualizationDefinition = {
  title: 'Alerts per host per day',
  source: 'alerts',
  query: { language: 'kuery', query: 'kibana.alert.workflow_status: "open"' },
  filters: [{ field: 'host.name', operator: 'is_one_of', values: ['a', 'b'], negate: true }],
  buckets: [
    { id: 'host', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
    { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' },
  ],
  metrics: [{ id: 'count', operation: 'count', filter: 'event.outcome: failure' }],
  chart: { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'], legend: { isVisible: true, position: 'right' } },
  labels: { host: 'Top 10 values of host.name', day: '@timestamp', count: 'Count of records' },
};
const timeRange = { from: '2024-05-01T00:00:00.000Z', to: '2024-05-08T00:00:00.000Z' };

describe('toDataRequest', () => {
  it('asks for the buckets, metrics, query, filters, range and zone, which the route accepts', () => {
    const request = toDataRequest(definition, timeRange, 'Europe/Paris');
    expect(request).toEqual({
      source: 'alerts',
      timeRange,
      buckets: definition.buckets,
      metrics: definition.metrics,
      query: definition.query,
      filters: definition.filters,
      timeZone: 'Europe/Paris',
    });
    expect(isRight(VisualizationQueryRequestRt.decode(request))).toBe(true);
  });

  it('leaves out an empty query, no filters and no zone', () => {
    const request = toDataRequest({ ...definition, query: { language: 'kuery', query: '  ' }, filters: [] }, timeRange);
    expect(Object.keys(request).sort()).toEqual(['buckets', 'metrics', 'source', 'timeRange']);
    expect(isRight(VisualizationQueryRequestRt.decode(request))).toBe(true);
  });

  it('copies, so a caller changing the request leaves the definition alone', () => {
    const request = toDataRequest(definition, timeRange);
    request.buckets[0] = { ...request.buckets[0], field: 'user.name' };
    (request.metrics[0] as { filter?: string }).filter = 'x';
    expect(definition.buckets[0]).toMatchObject({ field: 'host.name' });
    expect(definition.metrics[0].filter).toBe('event.outcome: failure');
  });
});
