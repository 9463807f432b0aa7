/**
 * Lens' visualization states (lnsXY, lnsPie, lnsMetric and the legacy metric, lnsDatatable)
 * read into a ChartSpec over the columns read from the layer. First which layer holds the data
 * (dataLayerOf), then how the chart draws it (readChart); each is a list of problems when Lens
 * would draw something we do not (a reference line, a percentage stack, a mosaic, a trend line).
 */
import { PIE_SHAPES, XY_SERIES_TYPES, type ChartSpec, type LegendPosition, type LegendSpec, type PieShape, type XYSeriesType } from '../definition';
import type { ColumnsReading } from './read_columns';
import { asRecord, asString, asStringArray, isRecord, type UnknownRecord } from './unknown_value';

export const SUPPORTED_VISUALIZATION_TYPES = ['lnsXY', 'lnsPie', 'lnsMetric', 'lnsLegacyMetric', 'lnsDatatable'] as const;
export type SupportedVisualizationType = (typeof SUPPORTED_VISUALIZATION_TYPES)[number];

export const isSupportedVisualizationType = (type: string): type is SupportedVisualizationType =>
  (SUPPORTED_VISUALIZATION_TYPES as readonly string[]).includes(type);

const LAYER_TYPE_NAMES: Record<string, string> = {
  annotations: 'Annotation layers',
  referenceLine: 'Reference line layers',
  metricTrendline: 'Trend line layers',
};

/** The state's layers and, for single-layer states, the state itself. */
function visualizationLayers(type: SupportedVisualizationType, vis: UnknownRecord): UnknownRecord[] {
  if (type === 'lnsXY' || type === 'lnsPie') return Array.isArray(vis.layers) ? vis.layers.filter(isRecord) : [];
  // Datatable states before 7.13 kept a `layers` list.
  if (type === 'lnsDatatable' && vis.layerId === undefined && Array.isArray(vis.layers)) return vis.layers.filter(isRecord);
  return vis.layerId === undefined ? [] : [vis];
}

export function dataLayerOf(type: SupportedVisualizationType, vis: UnknownRecord): { layerId?: string; problems: string[] } {
  const problems: string[] = [];
  const dataLayers: string[] = [];
  for (const layer of visualizationLayers(type, vis)) {
    // Layers saved before 7.15 have no type: they were all data layers.
    const layerType = asString(layer.layerType) ?? 'data';
    if (layerType === 'data') {
      const id = asString(layer.layerId);
      if (id) dataLayers.push(id);
    } else {
      const what = LAYER_TYPE_NAMES[layerType] ?? `Layers of type ${layerType}`;
      const problem = `${what} are not supported`;
      if (!problems.includes(problem)) problems.push(problem);
    }
  }
  if (dataLayers.length === 0) problems.push('The visualization has no data layer');
  if (dataLayers.length > 1) problems.push(`Only one data layer is supported; this visualization has ${dataLayers.length}`);
  return { layerId: dataLayers.length === 1 ? dataLayers[0] : undefined, problems };
}

/** Lens' "collapse by" (sum, min...) merges rows; an empty one merges nothing. */
const nonEmptyCollapse = (value: unknown) => typeof value === 'string' && value !== '';

const LEGEND_POSITIONS: readonly LegendPosition[] = ['top', 'bottom', 'left', 'right'];
const legendPosition = (value: unknown): LegendPosition =>
  LEGEND_POSITIONS.includes(value as LegendPosition) ? (value as LegendPosition) : 'right';

/** Checks that accessors name columns of the right kind. */
class AccessorCheck {
  constructor(
    private readonly columns: ColumnsReading,
    readonly problems: string[],
  ) {}

  private known(id: string): boolean {
    if (this.columns.columnIds.has(id)) return true;
    this.problems.push(`Accessor '${id}' does not name a column of the layer`);
    return false;
  }

  private label(id: string) {
    return this.columns.labels[id] ?? id;
  }

  /** A bucket column; false (silently) when the column itself could not be read. */
  bucket(id: string, role: string, termsOnly = false): boolean {
    if (!this.known(id)) return false;
    const bucket = this.columns.buckets.find((b) => b.id === id);
    if (bucket && (!termsOnly || bucket.type === 'terms')) return true;
    const isMetric = this.columns.metrics.some((m) => m.id === id);
    if (isMetric || bucket) this.problems.push(`The ${role} column '${this.label(id)}' must be a ${termsOnly ? 'top values' : 'date histogram or top values'} column`);
    return false;
  }

  metric(id: string, role: string): boolean {
    if (!this.known(id)) return false;
    if (this.columns.metrics.some((m) => m.id === id)) return true;
    if (this.columns.buckets.some((b) => b.id === id)) this.problems.push(`The ${role} column '${this.label(id)}' must be a metric`);
    return false;
  }
}

function readXY(vis: UnknownRecord, layer: UnknownRecord, check: AccessorCheck): ChartSpec | null {
  const { problems } = check;
  const seriesType = asString(layer.seriesType) ?? asString(vis.preferredSeriesType) ?? '';
  const validSeries = (XY_SERIES_TYPES as readonly string[]).includes(seriesType);
  if (!validSeries) problems.push(`Series type ${seriesType || '(none)'} is not supported`);
  if (nonEmptyCollapse(layer.collapseFn)) problems.push('Collapsing the breakdown into one series is not supported');
  const xAccessor = asString(layer.xAccessor);
  const splits = Array.isArray(layer.splitAccessors) ? asStringArray(layer.splitAccessors) : asStringArray([layer.splitAccessor]);
  if (splits.length > 1) problems.push('A breakdown by several columns is not supported');
  const accessors = asStringArray(layer.accessors);
  if (accessors.length === 0) problems.push('The chart has no metric');
  const okX = xAccessor === undefined || check.bucket(xAccessor, 'x-axis');
  const okSplit = splits.length !== 1 || check.bucket(splits[0], 'breakdown', true);
  const okMetrics = accessors.map((id) => check.metric(id, 'y-axis')).every(Boolean);
  if (!validSeries || !okX || !okSplit || !okMetrics || splits.length > 1 || accessors.length === 0) return null;
  const legendState = asRecord(vis.legend);
  const legend: LegendSpec = { isVisible: legendState.isVisible !== false, position: legendPosition(legendState.position) };
  return {
    type: 'xy',
    seriesType: seriesType as XYSeriesType,
    ...(xAccessor === undefined ? {} : { xAccessor }),
    ...(splits.length === 1 ? { splitAccessor: splits[0] } : {}),
    accessors,
    legend,
  };
}

function readPie(vis: UnknownRecord, layer: UnknownRecord, check: AccessorCheck): ChartSpec | null {
  const { problems } = check;
  const shape = asString(vis.shape) ?? 'pie';
  const validShape = (PIE_SHAPES as readonly string[]).includes(shape);
  if (!validShape) problems.push(`Chart shape ${shape} is not supported`);
  // 8.5 renamed `groups` to `primaryGroups`; 8.6 turned `metric` into `metrics`.
  const groups = asStringArray(layer.primaryGroups ?? layer.groups);
  const metrics = layer.metrics !== undefined ? asStringArray(layer.metrics) : asStringArray([layer.metric]);
  if (asStringArray(layer.secondaryGroups).length > 0) problems.push('Secondary groups are not supported');
  if (Object.values(asRecord(layer.collapseFns)).some(nonEmptyCollapse)) problems.push('Collapsing a slice group is not supported');
  if (metrics.length === 0) problems.push('The chart has no metric');
  if (metrics.length > 1) problems.push('A pie chart with several metrics is not supported');
  const okGroups = groups.map((id) => check.bucket(id, 'slice')).every(Boolean);
  const okMetric = metrics.length === 1 && check.metric(metrics[0], 'size');
  if (!validShape || !okGroups || !okMetric || asStringArray(layer.secondaryGroups).length > 0) return null;
  return {
    type: 'pie',
    shape: shape as PieShape,
    groups,
    metric: metrics[0],
    legend: { isVisible: layer.legendDisplay !== 'hide', position: legendPosition(layer.legendPosition) },
  };
}

function readMetricChart(type: SupportedVisualizationType, vis: UnknownRecord, check: AccessorCheck): ChartSpec | null {
  const { problems } = check;
  // Before 8.5 `lnsMetric` was today's legacy metric, whose one value is `accessor`.
  const metric = type === 'lnsLegacyMetric' ? asString(vis.accessor) : (asString(vis.metricAccessor) ?? asString(vis.accessor));
  const breakdownBy = type === 'lnsLegacyMetric' ? undefined : asString(vis.breakdownByAccessor);
  if (vis.secondaryMetricAccessor !== undefined) problems.push('A secondary metric is not supported');
  if (vis.maxAccessor !== undefined) problems.push('A maximum (progress bar) is not supported');
  if (vis.trendlineLayerId !== undefined) problems.push('A trend line is not supported');
  if (metric === undefined) problems.push('The chart has no metric');
  const okMetric = metric !== undefined && check.metric(metric, 'primary metric');
  const okBreakdown = breakdownBy === undefined || check.bucket(breakdownBy, 'break down by');
  if (!okMetric || !okBreakdown) return null;
  return { type: 'metric', metric: metric as string, ...(breakdownBy === undefined ? {} : { breakdownBy }) };
}

function readDatatable(layer: UnknownRecord, columns: ColumnsReading, problems: string[]): ChartSpec | null {
  const states = Array.isArray(layer.columns) ? layer.columns : [];
  const visible: string[] = [];
  const mentioned = new Set<string>();
  for (const state of states) {
    // Before 7.13 the columns were plain ids.
    const column = typeof state === 'string' ? { columnId: state } : asRecord(state);
    const id = asString(column.columnId);
    if (!id) continue;
    mentioned.add(id);
    if (column.isTransposed === true) problems.push(`Columns split into other columns ('${columns.labels[id] ?? id}') are not supported`);
    if (nonEmptyCollapse(column.collapseFn)) problems.push(`Collapsing rows on column '${columns.labels[id] ?? id}' is not supported`);
    if (column.hidden !== true) visible.push(id);
  }
  // Lens shows a layer column the state does not mention yet.
  const ordered = [...columns.buckets, ...columns.metrics].map((spec) => spec.id);
  for (const id of ordered) if (!mentioned.has(id)) visible.push(id);
  const known = visible.filter((id) => {
    if (columns.columnIds.has(id)) return true;
    problems.push(`Accessor '${id}' does not name a column of the layer`);
    return false;
  });
  if (known.length === 0) problems.push('The table has no column');
  // A column that could not be read is reported already; the chart is not drawn then.
  return { type: 'datatable', columns: known.filter((id) => ordered.includes(id)) };
}

/** The chart, or null with the reasons in `problems` (which may already hold column problems). */
export function readChart(type: SupportedVisualizationType, vis: UnknownRecord, layerId: string, columns: ColumnsReading, problems: string[]): ChartSpec | null {
  const check = new AccessorCheck(columns, problems);
  const layer = visualizationLayers(type, vis).find((l) => l.layerId === layerId) ?? {};
  const before = problems.length;
  let chart: ChartSpec | null;
  switch (type) {
    case 'lnsXY':
      chart = readXY(vis, layer, check);
      break;
    case 'lnsPie':
      chart = readPie(vis, layer, check);
      break;
    case 'lnsDatatable':
      chart = readDatatable(layer, columns, problems);
      break;
    default:
      chart = readMetricChart(type, vis, check);
      break;
  }
  return problems.length > before ? null : chart;
}
