/**
 * The series of an XY chart, built from the query service's table: one series per metric and
 * breakdown value, each with a point at every x, so stacks line up and a line of counts drops to
 * zero on an empty bucket instead of bridging it. Pure (no chart library) so it is tested alone.
 */
import type { MetricOperation, VisualizationDefinition, XYSeriesType } from '../../../../common/visualizations/definition';
import type { CellValue, VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { columnLabel, formattersFor, intervalMs } from './format';

export type XValue = string | number;

export interface XYDatum {
  x: XValue;
  /** null draws nothing: no document had a value (an average of nothing). */
  y: number | null;
}

export interface XYSeries {
  /** Unique within the chart: the metric id and the breakdown key. */
  id: string;
  /** What the legend and the tooltip call it. */
  name: string;
  metricId: string;
  /** The breakdown value this series draws; absent without a breakdown. */
  splitKey?: CellValue;
  data: XYDatum[];
}

export type XYKind = 'bar' | 'line' | 'area';
export type XScale = 'time' | 'ordinal' | 'none';

export interface XYModel {
  kind: XYKind;
  horizontal: boolean;
  stacked: boolean;
  /** `time` for a date histogram, `ordinal` for terms, `none` without an x-axis (one group of bars). */
  xScale: XScale;
  xColumn?: string;
  /** Series come from a breakdown: the legend names them even when there is one. */
  split: boolean;
  /** The x values in the table's order (dates ascending, terms in their bucket order). */
  xValues: XValue[];
  /** One bucket's length for a date histogram (bucketLength), so a lone bar keeps its width. */
  minIntervalMs?: number;
  series: XYSeries[];
  xTitle?: string;
  yTitle?: string;
}

const KIND: Record<XYSeriesType, { kind: XYKind; horizontal: boolean; stacked: boolean }> = {
  bar: { kind: 'bar', horizontal: false, stacked: false },
  bar_stacked: { kind: 'bar', horizontal: false, stacked: true },
  bar_horizontal: { kind: 'bar', horizontal: true, stacked: false },
  bar_horizontal_stacked: { kind: 'bar', horizontal: true, stacked: true },
  line: { kind: 'line', horizontal: false, stacked: false },
  area: { kind: 'area', horizontal: false, stacked: false },
  area_stacked: { kind: 'area', horizontal: false, stacked: true },
};

/** Operations whose value over no documents is 0 rather than nothing. */
const ZERO_WHEN_EMPTY: ReadonlySet<MetricOperation> = new Set(['count', 'unique_count', 'sum']);

/**
 * A date bucket's length for the chart's bar width: the shortest gap between buckets, since a
 * calendar day is 23 hours long on the day clocks go forward and the chart refuses a minimum
 * longer than a gap; the interval's length when there is one bucket.
 */
function bucketLength(dates: number[], interval: string | undefined): number | undefined {
  let shortest = Infinity;
  for (let index = 1; index < dates.length; index += 1) shortest = Math.min(shortest, dates[index]! - dates[index - 1]!);
  return Number.isFinite(shortest) && shortest > 0 ? shortest : intervalMs(interval);
}

/** The single x of a chart without an x-axis. */
export const NO_X = '';

const asX = (value: CellValue): XValue | undefined =>
  value === null ? undefined : typeof value === 'boolean' ? String(value) : value;
const keyOf = (value: CellValue) => `${typeof value}:${String(value)}`;

/**
 * The chart's series from its definition and table. `timeZone` only names breakdown values
 * that are dates (a breakdown is a terms column in Lens, but nothing breaks if it is not).
 */
export function xySeriesFrom(definition: VisualizationDefinition, response: VisualizationQueryResponse, timeZone = 'UTC'): XYModel {
  const { chart } = definition;
  if (chart.type !== 'xy') throw new Error(`xySeriesFrom needs an xy chart, not ${chart.type}`);
  const { kind, horizontal, stacked } = KIND[chart.seriesType];
  const columns = new Map(response.columns.map((column) => [column.id, column]));
  const xColumn = chart.xAccessor && columns.has(chart.xAccessor) ? columns.get(chart.xAccessor)! : undefined;
  const splitColumn = chart.splitAccessor && columns.has(chart.splitAccessor) ? columns.get(chart.splitAccessor)! : undefined;
  const metricIds = chart.accessors.filter((id) => columns.get(id)?.role === 'metric');
  const xScale: XScale = !xColumn ? 'none' : xColumn.type === 'date' ? 'time' : 'ordinal';
  const format = formattersFor(response, timeZone);

  const xValues: XValue[] = [];
  const seenX = new Set<string>();
  const splitKeys: CellValue[] = [];
  const seenSplit = new Set<string>();
  // metric id → split key → x key → value
  const cells = new Map<string, Map<string, Map<string, number | null>>>(metricIds.map((id) => [id, new Map()]));

  for (const row of response.rows) {
    const x = xColumn ? asX(row[xColumn.id] ?? null) : NO_X;
    if (x === undefined) continue;
    const xKey = keyOf(x);
    if (!seenX.has(xKey)) {
      seenX.add(xKey);
      xValues.push(x);
    }
    const split = splitColumn ? (row[splitColumn.id] ?? null) : null;
    const splitKey = keyOf(split);
    if (!seenSplit.has(splitKey)) {
      seenSplit.add(splitKey);
      splitKeys.push(split);
    }
    for (const metricId of metricIds) {
      const value = row[metricId];
      const bySplit = cells.get(metricId)!;
      if (!bySplit.has(splitKey)) bySplit.set(splitKey, new Map());
      bySplit.get(splitKey)!.set(xKey, typeof value === 'number' ? value : null);
    }
  }
  if (xScale === 'time') xValues.sort((a, b) => Number(a) - Number(b));

  const operations = new Map(definition.metrics.map((metric) => [metric.id, metric.operation]));
  const series: XYSeries[] = [];
  for (const metricId of metricIds) {
    const empty = ZERO_WHEN_EMPTY.has(operations.get(metricId) ?? 'count') ? 0 : null;
    const metricName = columnLabel(definition, metricId);
    for (const split of splitKeys) {
      const byX = cells.get(metricId)!.get(keyOf(split));
      if (!byX) continue;
      const splitName = splitColumn ? format[splitColumn.id]!(split) : undefined;
      const name = splitName === undefined ? metricName : metricIds.length > 1 ? `${splitName} - ${metricName}` : splitName;
      series.push({
        id: splitColumn ? `${metricId}::${keyOf(split)}` : metricId,
        name,
        metricId,
        ...(splitColumn ? { splitKey: split } : {}),
        data: xValues.map((x) => ({ x, y: byX.has(keyOf(x)) ? byX.get(keyOf(x))! : empty })),
      });
    }
  }

  const yTitle = metricIds.length === 1 ? columnLabel(definition, metricIds[0]!) : undefined;
  const minIntervalMs = xScale === 'time' ? bucketLength(xValues as number[], response.interval) : undefined;
  return {
    kind,
    horizontal,
    stacked,
    xScale,
    split: splitColumn !== undefined,
    ...(xColumn ? { xColumn: xColumn.id, xTitle: columnLabel(definition, xColumn.id) } : {}),
    xValues,
    ...(minIntervalMs ? { minIntervalMs } : {}),
    series,
    ...(yTitle ? { yTitle } : {}),
  };
}
