/**
 * The query service's request for one chart over one time range. The chart's time field is not
 * part of it: the server applies the range to the source's own time field.
 */
import type { AbsoluteTimeRange, VisualizationDefinition } from './definition';
import type { VisualizationQueryRequest } from './query_api';

export function toDataRequest(definition: VisualizationDefinition, timeRange: AbsoluteTimeRange, timeZone?: string): VisualizationQueryRequest {
  const request: VisualizationQueryRequest = {
    source: definition.source,
    timeRange: { from: timeRange.from, to: timeRange.to },
    buckets: definition.buckets.map((bucket) => ({ ...bucket })),
    metrics: definition.metrics.map((metric) => ({ ...metric })),
  };
  // An empty query or filter list asks for nothing: leaving them out keeps the request (and the
  // cache key callers derive from it) the same whether a chart never had one or had it cleared.
  if (definition.query.query.trim() !== '') request.query = { language: 'kuery', query: definition.query.query };
  if (definition.filters.length > 0) request.filters = definition.filters.map((filter) => ({ ...filter }));
  if (timeZone) request.timeZone = timeZone;
  return request;
}
