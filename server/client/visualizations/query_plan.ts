/**
 * A chart's data request checked against its source and turned into what the stores run: the
 * bucket levels (outer first) with their aggregations, the metrics with theirs, and the metrics
 * grouped by their column filter. Everything the stores would refuse, or answer wrongly, is a
 * 400 here that names the column.
 *
 * Filtered metrics: the stores have no filter sub-aggregation, so each distinct column filter
 * is a group of metrics run as its own search. One group, the primary, decides which bucket
 * keys exist: the group of the metric a terms column orders by, else the unfiltered metrics,
 * else the first group.
 */
import type { BucketSpec, MetricSpec, TermsBucketSpec } from '../../../common/visualizations/definition';
import { intervalProblem, isCalendarInterval, maxBucketsOver, resolveInterval, type ResolvedInterval } from '../../../common/visualizations/auto_interval';
import type { ColumnValueType, VisualizationColumn, VisualizationDataSource, VisualizationField, VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { badRequest, f, type AggregationRequest, type DateHistogramRequest, type FilterNode } from '../../core';
import { kqlToFilter, queryToFilter } from './query_filter';

/** Elasticsearch's default `search.max_buckets`: a table past it is refused before any store is asked. */
export const MAX_VISUALIZATION_ROWS = 65_536;

export interface PlannedLevel {
  index: number;
  spec: BucketSpec;
  /** The aggregation's name in every request: `b0`, `b1`, ... */
  name: string;
  field: VisualizationField;
  columnType: ColumnValueType;
  /** Date histograms: the histogram, interval resolved, bounds the time range. */
  histogram?: DateHistogramRequest;
  /** Terms: the order by its spec, and the metric whose value orders it (not for `count`). */
  order?: { key: string; direction: 'asc' | 'desc'; metric?: PlannedMetric };
}

export interface PlannedMetric {
  index: number;
  spec: MetricSpec;
  /** The sub-aggregation's name: `m0`, `m1`, ... (column ids could clash with `key` or a bucket's name). */
  name: string;
  /** Undefined for `count`, which is a bucket's doc_count. */
  aggregation?: AggregationRequest;
  group: MetricGroup;
}

export interface MetricGroup {
  /** The column filter (and, for a count of a field, that the field has a value); none for plain metrics. */
  filter?: FilterNode;
  metrics: PlannedMetric[];
}

export interface QueryPlan {
  levels: PlannedLevel[];
  metrics: PlannedMetric[];
  groups: MetricGroup[];
  primary: MetricGroup;
  /** The time range, the query and the filter pills: what every search of the chart carries. */
  base: { filter: FilterNode; search?: string; searchFields?: string[] };
  columns: VisualizationColumn[];
  /** The first date histogram's interval once resolved. */
  interval?: ResolvedInterval;
}

const COLUMN_TYPES: Record<VisualizationField['type'], ColumnValueType> = { date: 'date', string: 'string', number: 'number', boolean: 'boolean', ip: 'string' };

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw badRequest(`Unknown time zone "${timeZone}": use an IANA name such as Europe/Paris or UTC`);
  }
}

function timeBounds(request: VisualizationQueryRequest): { min: number; max: number } {
  const min = Date.parse(request.timeRange.from);
  const max = Date.parse(request.timeRange.to);
  if (min > max) throw badRequest(`The time range ends (${request.timeRange.to}) before it starts (${request.timeRange.from})`);
  return { min, max };
}

function checkIds(request: VisualizationQueryRequest): void {
  const seen = new Set<string>();
  for (const { id } of [...request.buckets, ...request.metrics]) {
    if (seen.has(id)) throw badRequest(`Column id "${id}" is used by two columns: each bucket and metric needs its own`);
    seen.add(id);
  }
}

class SourceFields {
  private readonly byName: Map<string, VisualizationField>;
  constructor(private readonly source: VisualizationDataSource) {
    this.byName = new Map(source.fields.map((field) => [field.name, field]));
  }

  /** An aggregatable field of the source, of one of `types` when given. */
  aggregatable(name: string | undefined, column: string, types?: Array<VisualizationField['type']>): VisualizationField {
    if (name === undefined) throw badRequest(`Column "${column}" needs a field`);
    const field = this.byName.get(name);
    if (!field) throw badRequest(`Column "${column}": the ${this.source.name.toLowerCase()} source has no field "${name}"`);
    if (!field.aggregatable) {
      const keyword = this.byName.get(`${name}.keyword`);
      throw badRequest(`Column "${column}": "${name}" is a full-text field and cannot be aggregated${keyword?.aggregatable ? `; use "${keyword.name}"` : ''}`);
    }
    if (types && !types.includes(field.type)) throw badRequest(`Column "${column}": "${name}" is a ${field.type} field, and this needs a ${types.join(' or ')} field`);
    return field;
  }
}

function metricAggregation(spec: MetricSpec, fields: SourceFields): AggregationRequest | undefined {
  switch (spec.operation) {
    case 'count':
      return undefined;
    case 'unique_count':
      return { cardinality: { field: fields.aggregatable(spec.field, spec.id).name } };
    case 'sum':
      return { sum: { field: fields.aggregatable(spec.field, spec.id, ['number']).name } };
    case 'average':
      return { avg: { field: fields.aggregatable(spec.field, spec.id, ['number']).name } };
    case 'min':
      return { min: { field: fields.aggregatable(spec.field, spec.id, ['number']).name } };
    case 'max':
      return { max: { field: fields.aggregatable(spec.field, spec.id, ['number']).name } };
  }
}

/**
 * Groups by column filter. Lens counts a field's values when `count` names a field: that is the
 * count of documents holding the field, so the field's presence joins the column's filter.
 */
function groupMetrics(request: VisualizationQueryRequest, source: VisualizationDataSource, fields: SourceFields): { metrics: PlannedMetric[]; groups: MetricGroup[] } {
  const groups = new Map<string, MetricGroup>();
  const metrics = request.metrics.map((spec, index): PlannedMetric => {
    const aggregation = metricAggregation(spec, fields);
    const text = spec.filter?.trim() ?? '';
    const counted = spec.operation === 'count' && spec.field !== undefined ? fields.aggregatable(spec.field, spec.id).name : undefined;
    const key = JSON.stringify([text, counted ?? null]);
    let group = groups.get(key);
    if (!group) {
      const nodes: FilterNode[] = [];
      if (text) {
        const { filter } = kqlToFilter(text, source.fields, `the filter of column "${spec.id}"`);
        if (filter) nodes.push(filter);
      }
      if (counted) nodes.push(f.exists(counted));
      group = { filter: nodes.length === 0 ? undefined : nodes.length === 1 ? nodes[0] : f.and(...nodes), metrics: [] };
      groups.set(key, group);
    }
    const metric: PlannedMetric = { index, spec, name: `m${index}`, aggregation, group };
    group.metrics.push(metric);
    return metric;
  });
  return { metrics, groups: [...groups.values()] };
}

function termsOrder(spec: TermsBucketSpec, metrics: PlannedMetric[]): PlannedLevel['order'] {
  const { orderBy, direction } = spec;
  if (orderBy.type === 'alphabetical') return { key: '_key', direction };
  if (orderBy.type === 'count') return { key: '_count', direction };
  const metric = metrics.find((m) => m.spec.id === orderBy.metricId);
  if (!metric) throw badRequest(`Column "${spec.id}" is ordered by "${orderBy.metricId}", which is not a metric column of the request`);
  // A count is the bucket's own doc_count, in the metric's group (which may filter it).
  return { key: metric.spec.operation === 'count' ? '_count' : metric.name, direction, metric };
}

function planLevel(spec: BucketSpec, index: number, fields: SourceFields, metrics: PlannedMetric[], request: VisualizationQueryRequest, bounds: { min: number; max: number }): PlannedLevel {
  const name = `b${index}`;
  if (spec.type === 'terms') {
    const field = fields.aggregatable(spec.field, spec.id);
    return { index, spec, name, field, columnType: COLUMN_TYPES[field.type], order: termsOrder(spec, metrics) };
  }
  const field = fields.aggregatable(spec.field, spec.id, ['date']);
  const problem = intervalProblem(spec.interval, request.timeRange);
  if (problem) throw badRequest(`Column "${spec.id}": ${problem}`);
  const interval = resolveInterval(spec.interval, request.timeRange);
  const histogram: DateHistogramRequest = {
    field: field.name,
    time_zone: request.timeZone ?? 'UTC',
    // Every bucket of the range, empty ones too, so a quiet day is a bar of 0, not a gap.
    extended_bounds: bounds,
    ...(isCalendarInterval(interval) ? { calendar_interval: interval } : { fixed_interval: interval }),
  } as DateHistogramRequest;
  return { index, spec, name, field, columnType: 'date', histogram };
}

/** The group that decides the bucket keys; every terms column ordered by a metric must order by one of it. */
function primaryGroup(levels: PlannedLevel[], groups: MetricGroup[]): MetricGroup {
  const ordering = levels.filter((level) => level.order?.metric);
  const byOrder = ordering[0]?.order?.metric?.group;
  const primary = byOrder ?? groups.find((group) => group.filter === undefined) ?? groups[0];
  const stray = ordering.find((level) => level.order?.metric?.group !== primary);
  if (stray) {
    throw badRequest(
      `Columns "${ordering[0].spec.id}" and "${stray.spec.id}" are ordered by metrics with different filters; order them by metrics with the same filter`,
    );
  }
  return primary;
}

function checkSize(request: VisualizationQueryRequest, levels: PlannedLevel[]): void {
  let rows = 1;
  for (const level of levels) {
    if (level.spec.type === 'terms') rows *= level.spec.size + (level.spec.otherBucket ? 1 : 0);
    else rows *= maxBucketsOver(resolveInterval(level.spec.interval, request.timeRange), request.timeRange) ?? 1;
  }
  if (rows > MAX_VISUALIZATION_ROWS) {
    throw badRequest(`The chart could have up to ${rows} rows, more than the ${MAX_VISUALIZATION_ROWS} allowed: show fewer values per column or choose a longer interval`);
  }
}

export function planQuery(request: VisualizationQueryRequest, source: VisualizationDataSource): QueryPlan {
  if (request.timeZone !== undefined) checkTimeZone(request.timeZone);
  const bounds = timeBounds(request);
  checkIds(request);
  const fields = new SourceFields(source);
  const { metrics, groups } = groupMetrics(request, source, fields);
  const levels = request.buckets.map((spec, index) => planLevel(spec, index, fields, metrics, request, bounds));
  checkSize(request, levels);
  const primary = primaryGroup(levels, groups);
  const query = queryToFilter({ query: request.query, filters: request.filters }, source.fields);
  const range = f.range(source.timeField, { gte: new Date(bounds.min).toISOString(), lte: new Date(bounds.max).toISOString() });
  const columns: VisualizationColumn[] = [
    ...levels.map((level): VisualizationColumn => ({ id: level.spec.id, role: 'bucket', type: level.columnType })),
    ...metrics.map((metric): VisualizationColumn => ({ id: metric.spec.id, role: 'metric', type: 'number' })),
  ];
  const firstHistogram = levels.find((level) => level.spec.type === 'date_histogram');
  return {
    levels,
    metrics,
    groups,
    primary,
    base: {
      filter: query.filter ? f.and(range, query.filter) : range,
      ...(query.search ? { search: query.search } : {}),
      ...(query.searchFields ? { searchFields: query.searchFields } : {}),
    },
    columns,
    ...(firstHistogram?.spec.type === 'date_histogram' ? { interval: resolveInterval(firstHistogram.spec.interval, request.timeRange) } : {}),
  };
}
