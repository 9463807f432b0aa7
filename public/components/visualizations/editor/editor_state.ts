/**
 * The visualization editor's state and its changes, as pure functions: what the user picked
 * (source, chart type, the field of each dimension, metrics, query, time range) and how that
 * becomes a VisualizationDefinition. The state holds exactly what the chart type reads: switching
 * chart type drops what the new type cannot draw and keeps the rest, so what the zones show is
 * always what gets saved.
 *
 * Column ids are Lens column ids: an opened visualization keeps its ids (and its custom labels
 * while a column is unchanged), new columns get ids no other column of the state uses.
 */
import {
  type AbsoluteTimeRange,
  type BucketSpec,
  type DateInterval,
  type FilterSpec,
  type LegendSpec,
  MAX_METRIC_COLUMNS,
  MAX_TERMS_SIZE,
  type MetricOperation,
  type MetricSpec,
  type TermsBucketSpec,
  type VisualizationDefinition,
  type VisualizationSourceId,
} from '../../../../common/visualizations/definition';
import { defaultLabel } from '../../../../common/visualizations/labels';
import type { VisualizationField } from '../../../../common/visualizations/query_api';
import { type ChartChoice, chartChoiceOf, dimensionsOf } from './chart_types';
import { editorTimeRangeOf } from './time_range';

export const DEFAULT_TERMS_SIZE = 10;
export const DEFAULT_CHART: ChartChoice = { type: 'xy', seriesType: 'bar_stacked' };
const DEFAULT_LEGEND: LegendSpec = { isVisible: true, position: 'right' };

/** The metric operations that read a number: offered only for number fields. */
export const NUMERIC_OPERATIONS: readonly MetricOperation[] = ['sum', 'average', 'min', 'max'];

export const OPERATION_LABELS: Record<MetricOperation, string> = {
  count: 'Count',
  unique_count: 'Unique count',
  sum: 'Sum',
  average: 'Average',
  min: 'Minimum',
  max: 'Maximum',
};

/** The picker's range as typed or chosen (date math or ISO), and the absolute range it stands for. */
export interface EditorTimeRange {
  start: string;
  end: string;
  resolved: AbsoluteTimeRange;
}

export interface EditorState {
  title: string;
  description?: string;
  source: VisualizationSourceId;
  chart: ChartChoice;
  legend: LegendSpec;
  /** The horizontal axis (XY), the slices (pie), the first rows (table); unused by a metric chart. */
  x?: BucketSpec;
  /** Always terms: series of an XY chart, inner slices, a metric's breakdown, second rows. */
  breakdown?: TermsBucketSpec;
  /** A metric whose operation needs a field may lack one while the user is choosing it. */
  metrics: MetricSpec[];
  query: string;
  /** The filters an opened visualization carries; the editor can remove them, not write new ones. */
  filters: FilterSpec[];
  /** Custom labels by column id; a column loses its own when it changes. */
  labels: Record<string, string>;
  timeRange: EditorTimeRange;
}

export type DimensionZone = 'x' | 'breakdown';
/** What a metric zone accepts besides fields: Lens' "Records", counted. */
export const RECORDS = 'records' as const;

export type EditorAction =
  | { type: 'setTitle'; title: string }
  | { type: 'setSource'; source: VisualizationSourceId; fields: VisualizationField[] }
  | { type: 'setChart'; chart: ChartChoice }
  | { type: 'setDimensionField'; zone: DimensionZone; field: VisualizationField | null }
  | { type: 'setInterval'; interval: DateInterval }
  | { type: 'setTermsSize'; zone: DimensionZone; size: number }
  | { type: 'setOtherBucket'; zone: DimensionZone; otherBucket: boolean }
  /** `metricId` null adds a metric (or replaces the only one of a chart that draws one). */
  | { type: 'setMetricField'; metricId: string | null; field: VisualizationField | typeof RECORDS }
  | { type: 'setMetricOperation'; metricId: string; operation: MetricOperation; fields: VisualizationField[] }
  | { type: 'removeMetric'; metricId: string }
  | { type: 'setQuery'; query: string }
  | { type: 'removeFilter'; index: number }
  | { type: 'setTimeRange'; timeRange: EditorTimeRange };

export function newEditorState({ source, timeRange, title = '' }: { source: VisualizationSourceId; timeRange: EditorTimeRange; title?: string }): EditorState {
  return {
    title,
    source,
    chart: DEFAULT_CHART,
    legend: DEFAULT_LEGEND,
    metrics: [{ id: 'count', operation: 'count' }],
    query: '',
    filters: [],
    labels: {},
    timeRange,
  };
}

export type StateReading = { ok: true; state: EditorState } | { ok: false; problems: string[] };

/**
 * The state of an opened visualization. The editor draws each chart type from at most one x
 * bucket and one terms breakdown: a definition with more (a Kibana table of three row columns)
 * is reported rather than silently cut down.
 */
export function stateFromDefinition(definition: VisualizationDefinition, timeRange: AbsoluteTimeRange): StateReading {
  const byId = new Map(definition.buckets.map((bucket) => [bucket.id, bucket]));
  const metricById = new Map(definition.metrics.map((metric) => [metric.id, metric]));
  const chart = definition.chart;
  let bucketIds: Array<string | undefined>;
  let metricIds: string[];
  switch (chart.type) {
    case 'xy':
      bucketIds = [chart.xAccessor, chart.splitAccessor];
      metricIds = chart.accessors;
      break;
    case 'pie':
      bucketIds = [chart.groups[0], chart.groups[1]];
      metricIds = [chart.metric];
      break;
    case 'metric':
      bucketIds = [undefined, chart.breakdownBy];
      metricIds = [chart.metric];
      break;
    case 'datatable':
      bucketIds = [undefined, undefined];
      metricIds = [];
      for (const id of chart.columns) {
        if (metricById.has(id)) metricIds.push(id);
        else if (bucketIds[0] === undefined) bucketIds[0] = id;
        else if (bucketIds[1] === undefined) bucketIds[1] = id;
      }
      break;
  }
  const problems: string[] = [];
  const used = new Set<string>();
  const [xId, breakdownId] = bucketIds;
  const x = xId === undefined ? undefined : byId.get(xId);
  const breakdown = breakdownId === undefined ? undefined : byId.get(breakdownId);
  if (x) used.add(x.id);
  if (breakdown) {
    used.add(breakdown.id);
    if (breakdown.type !== 'terms') problems.push(`The editor breaks a chart down by top values only; column '${breakdown.id}' is a date histogram.`);
  }
  for (const bucket of definition.buckets) {
    if (!used.has(bucket.id)) problems.push(`The editor draws at most two bucket columns; column '${bucket.id}' (${bucket.field}) would be lost.`);
  }
  const metrics = metricIds.map((id) => metricById.get(id)).filter((metric): metric is MetricSpec => metric !== undefined);
  if (metrics.length === 0) problems.push('The visualization has no metric the editor can show.');
  if (problems.length > 0) return { ok: false, problems };

  const labels: Record<string, string> = {};
  for (const spec of [...definition.buckets, ...metrics]) {
    const label = definition.labels[spec.id];
    if (label !== undefined && label !== defaultLabel(spec)) labels[spec.id] = label;
  }
  return {
    ok: true,
    state: {
      title: definition.title,
      description: definition.description,
      source: definition.source,
      chart: chartChoiceOf(chart),
      legend: 'legend' in chart ? chart.legend : DEFAULT_LEGEND,
      x,
      breakdown: breakdown as TermsBucketSpec | undefined,
      metrics,
      query: definition.query.query,
      filters: definition.filters,
      labels,
      timeRange: editorTimeRangeOf(timeRange),
    },
  };
}

function columnIds(state: EditorState): Set<string> {
  return new Set([state.x?.id, state.breakdown?.id, ...state.metrics.map((metric) => metric.id)].filter((id): id is string => id !== undefined));
}

/** An id no column of the state has: `x`, `breakdown`, `metric-2`... readable in saved Lens state. */
function freshId(state: EditorState, base: string): string {
  const taken = columnIds(state);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const withoutLabel = (labels: Record<string, string>, id: string | undefined) => {
  if (id === undefined || !(id in labels)) return labels;
  const { [id]: _dropped, ...rest } = labels;
  return rest;
};

const firstMetricOrder = (state: EditorState): TermsBucketSpec['orderBy'] =>
  state.metrics[0] ? { type: 'metric', metricId: state.metrics[0].id } : { type: 'count' };

/** A field on the x zone: a date histogram for a date (auto interval), top values otherwise. */
function xBucketFor(state: EditorState, field: VisualizationField): BucketSpec {
  const id = state.x?.id ?? freshId(state, 'x');
  if (field.type === 'date') {
    return { id, type: 'date_histogram', field: field.name, interval: state.x?.type === 'date_histogram' ? state.x.interval : 'auto' };
  }
  return termsFor(state, state.x, id, field);
}

function termsFor(state: EditorState, current: BucketSpec | undefined, id: string, field: VisualizationField): TermsBucketSpec {
  const kept = current?.type === 'terms' ? current : undefined;
  // "Other" is asked for, never implied: a chart reads the same wherever its state goes.
  return { id, type: 'terms', field: field.name, size: kept?.size ?? DEFAULT_TERMS_SIZE, orderBy: firstMetricOrder(state), direction: 'desc', otherBucket: kept?.otherBucket ?? false };
}

/** The operation a metric takes when its field changes: its own if it still applies. */
function operationFor(current: MetricOperation | undefined, field: VisualizationField): MetricOperation {
  if (current && current !== 'count' && (field.type === 'number' || !NUMERIC_OPERATIONS.includes(current))) return current;
  return field.type === 'number' ? 'average' : 'unique_count';
}

export function operationsFor(field: VisualizationField | undefined): MetricOperation[] {
  return field?.type === 'number' ? ['count', 'unique_count', ...NUMERIC_OPERATIONS] : ['count', 'unique_count'];
}

/** Keeps only the columns the chart type reads (a metric chart has no x; a pie and a metric, one metric). */
function fitToChart(state: EditorState): EditorState {
  const dims = dimensionsOf(state.chart);
  let next = state;
  if (dims.x === null && next.x) next = { ...next, x: undefined, labels: withoutLabel(next.labels, next.x!.id) };
  if (!dims.multipleMetrics && next.metrics.length > 1) {
    const dropped = next.metrics.slice(1);
    next = { ...next, metrics: next.metrics.slice(0, 1), labels: dropped.reduce((labels, metric) => withoutLabel(labels, metric.id), next.labels) };
  }
  return next;
}

function hasField(fields: VisualizationField[], name: string | undefined) {
  return name === undefined || fields.some((field) => field.name === name && field.aggregatable);
}

/** A new source keeps the columns whose fields it has, and at least a count. */
function changeSource(state: EditorState, source: VisualizationSourceId, fields: VisualizationField[]): EditorState {
  if (source === state.source) return state;
  const x = state.x && hasField(fields, state.x.field) ? state.x : undefined;
  const breakdown = state.breakdown && hasField(fields, state.breakdown.field) ? state.breakdown : undefined;
  const metrics = state.metrics.filter((metric) => hasField(fields, metric.field));
  const names = new Set(fields.map((field) => field.name));
  const kept = new Set([x?.id, breakdown?.id, ...metrics.map((metric) => metric.id)]);
  const next: EditorState = {
    ...state,
    source,
    x,
    breakdown,
    metrics,
    filters: state.filters.filter((filter) => names.has(filter.field)),
    labels: Object.fromEntries(Object.entries(state.labels).filter(([id]) => kept.has(id))),
  };
  return metrics.length > 0 ? next : { ...next, metrics: [{ id: freshId(next, 'count'), operation: 'count' }] };
}

function setMetricField(state: EditorState, metricId: string | null, field: VisualizationField | typeof RECORDS): EditorState {
  const dims = dimensionsOf(state.chart);
  const targetId = metricId ?? (!dims.multipleMetrics && state.metrics[0] ? state.metrics[0].id : null);
  const current = targetId === null ? undefined : state.metrics.find((metric) => metric.id === targetId);
  if (targetId === null && state.metrics.length >= MAX_METRIC_COLUMNS) return state;
  const id = current?.id ?? freshId(state, 'metric');
  const spec: MetricSpec =
    field === RECORDS
      ? { id, operation: 'count' }
      : { id, operation: operationFor(current?.operation, field), field: field.name };
  if (current?.filter !== undefined) spec.filter = current.filter;
  const metrics = current ? state.metrics.map((metric) => (metric.id === id ? spec : metric)) : [...state.metrics, spec];
  return { ...state, metrics, labels: withoutLabel(state.labels, id) };
}

function setMetricOperation(state: EditorState, metricId: string, operation: MetricOperation, fields: VisualizationField[]): EditorState {
  const metrics = state.metrics.map((metric) => {
    if (metric.id !== metricId || metric.operation === operation) return metric;
    const field = fields.find((candidate) => candidate.name === metric.field);
    const { field: _field, ...rest } = metric;
    if (operation === 'count') return { ...rest, operation };
    // A numeric operation never lands on a field that is not a number: the field is chosen again.
    if (NUMERIC_OPERATIONS.includes(operation) && field?.type !== 'number') return { ...rest, operation };
    return { ...metric, operation };
  });
  return { ...state, metrics, labels: withoutLabel(state.labels, metricId) };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'setTitle':
      return { ...state, title: action.title };
    case 'setSource':
      return changeSource(state, action.source, action.fields);
    case 'setChart':
      return fitToChart({ ...state, chart: action.chart });
    case 'setDimensionField': {
      const current = state[action.zone];
      if (action.field === null) return { ...state, [action.zone]: undefined, labels: withoutLabel(state.labels, current?.id) };
      // A dimension needs a metric to measure: Lens adds a count when the first field lands.
      const measured = state.metrics.length > 0 ? state : { ...state, metrics: [{ id: freshId(state, 'count'), operation: 'count' as const }] };
      const bucket =
        action.zone === 'x' ? xBucketFor(measured, action.field) : termsFor(measured, current, current?.id ?? freshId(measured, 'breakdown'), action.field);
      return { ...measured, [action.zone]: bucket, labels: withoutLabel(measured.labels, bucket.id) };
    }
    case 'setInterval':
      if (state.x?.type !== 'date_histogram') return state;
      return { ...state, x: { ...state.x, interval: action.interval }, labels: withoutLabel(state.labels, state.x.id) };
    case 'setTermsSize': {
      const bucket = state[action.zone];
      if (bucket?.type !== 'terms' || !Number.isInteger(action.size)) return state;
      const size = Math.min(MAX_TERMS_SIZE, Math.max(1, action.size));
      return { ...state, [action.zone]: { ...bucket, size }, labels: withoutLabel(state.labels, bucket.id) };
    }
    case 'setOtherBucket': {
      const bucket = state[action.zone];
      if (bucket?.type !== 'terms') return state;
      return { ...state, [action.zone]: { ...bucket, otherBucket: action.otherBucket } };
    }
    case 'setMetricField':
      return setMetricField(state, action.metricId, action.field);
    case 'setMetricOperation':
      return setMetricOperation(state, action.metricId, action.operation, action.fields);
    case 'removeMetric':
      return { ...state, metrics: state.metrics.filter((metric) => metric.id !== action.metricId), labels: withoutLabel(state.labels, action.metricId) };
    case 'setQuery':
      return { ...state, query: action.query };
    case 'removeFilter':
      return { ...state, filters: state.filters.filter((_, index) => index !== action.index) };
    case 'setTimeRange':
      return { ...state, timeRange: action.timeRange };
  }
}

export type DefinitionBuild = { ok: true; definition: VisualizationDefinition } | { ok: false; missing: string };

/**
 * A terms column ordered by a metric that is gone follows the first metric instead; one ordered
 * by a count is ordered by the document count, which is what Lens' reader makes of it too.
 */
function withLiveOrder(bucket: TermsBucketSpec, metrics: MetricSpec[]): TermsBucketSpec {
  if (bucket.orderBy.type !== 'metric') return bucket;
  const metricId = bucket.orderBy.metricId;
  const metric = metrics.find((candidate) => candidate.id === metricId) ?? metrics[0];
  if (metric === undefined || (metric.operation === 'count' && metric.filter === undefined)) return { ...bucket, orderBy: { type: 'count' } };
  return metric.id === metricId ? bucket : { ...bucket, orderBy: { type: 'metric', metricId: metric.id } };
}

const fitBucket = <B extends BucketSpec>(bucket: B, metrics: MetricSpec[]): B => (bucket.type === 'terms' ? (withLiveOrder(bucket, metrics) as B) : bucket);

/**
 * The definition the state stands for, or what is still missing ("Add a metric"). Buckets go in
 * Lens' column order: an XY chart's breakdown comes first, so its top values are the top values
 * of the whole range and each series keeps its name across the axis.
 */
export function buildDefinition(state: EditorState, query = state.query): DefinitionBuild {
  if (state.metrics.length === 0) return { ok: false, missing: 'Add a metric to draw the chart.' };
  const incomplete = state.metrics.find((metric) => metric.operation !== 'count' && metric.field === undefined);
  if (incomplete) return { ok: false, missing: `Choose a field for the ${OPERATION_LABELS[incomplete.operation].toLowerCase()} metric.` };
  const metrics = state.metrics;
  const x = state.x && fitBucket(state.x, metrics);
  const breakdown = state.breakdown && withLiveOrder(state.breakdown, metrics);
  let buckets: BucketSpec[];
  let chart: VisualizationDefinition['chart'];
  switch (state.chart.type) {
    case 'xy':
      buckets = [breakdown, x].filter((bucket): bucket is BucketSpec => bucket !== undefined);
      chart = { type: 'xy', seriesType: state.chart.seriesType, xAccessor: x?.id, splitAccessor: breakdown?.id, accessors: metrics.map((metric) => metric.id), legend: state.legend };
      if (chart.xAccessor === undefined) delete chart.xAccessor;
      if (chart.splitAccessor === undefined) delete chart.splitAccessor;
      break;
    case 'pie':
      buckets = [x, breakdown].filter((bucket): bucket is BucketSpec => bucket !== undefined);
      chart = { type: 'pie', shape: state.chart.shape, groups: buckets.map((bucket) => bucket.id), metric: metrics[0]!.id, legend: state.legend };
      break;
    case 'metric':
      buckets = breakdown ? [breakdown] : [];
      chart = breakdown ? { type: 'metric', metric: metrics[0]!.id, breakdownBy: breakdown.id } : { type: 'metric', metric: metrics[0]!.id };
      break;
    case 'datatable':
      buckets = [x, breakdown].filter((bucket): bucket is BucketSpec => bucket !== undefined);
      chart = { type: 'datatable', columns: [...buckets.map((bucket) => bucket.id), ...metrics.map((metric) => metric.id)] };
      break;
  }
  const used = state.chart.type === 'xy' || state.chart.type === 'datatable' ? metrics : metrics.slice(0, 1);
  const labels: Record<string, string> = {};
  for (const spec of [...buckets, ...used]) labels[spec.id] = state.labels[spec.id] ?? defaultLabel(spec);
  const definition: VisualizationDefinition = {
    title: state.title.trim(),
    source: state.source,
    query: { language: 'kuery', query },
    filters: state.filters,
    buckets,
    metrics: used,
    chart,
    labels,
  };
  if (state.description !== undefined) definition.description = state.description;
  return { ok: true, definition };
}
