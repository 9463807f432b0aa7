/**
 * The tiles of a metric chart from the query service's table: one tile for the metric, or one
 * per breakdown value (Lens' "Break down by"), in the breakdown's bucket order.
 */
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { CellValue, VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { columnLabel, formattersFor } from './format';

export interface MetricTile {
  /** Unique within the chart. */
  key: string;
  /** The breakdown value's name, or the metric's without a breakdown. */
  title: string;
  /** The metric's name under a breakdown value; absent without one. */
  subtitle?: string;
  /** null: no document had a value. */
  value: number | null;
  /** The value as the table shows it. */
  formatted: string;
}

/** Tiles per row: a breakdown of ten reads as rows of up to four. */
export const METRIC_COLUMNS = 4;

export function metricTilesFrom(definition: VisualizationDefinition, response: VisualizationQueryResponse, timeZone: string): MetricTile[] {
  const { chart } = definition;
  if (chart.type !== 'metric') throw new Error(`metricTilesFrom needs a metric chart, not ${chart.type}`);
  const present = new Set(response.columns.map((column) => column.id));
  if (!present.has(chart.metric)) return [];
  const format = formattersFor(response, timeZone);
  const metricLabel = columnLabel(definition, chart.metric);
  const breakdown = chart.breakdownBy && present.has(chart.breakdownBy) ? chart.breakdownBy : undefined;
  const valueOf = (cell: CellValue | undefined) => (typeof cell === 'number' ? cell : null);

  if (!breakdown) {
    // Without a breakdown the table has one row; under any other bucket, its first row.
    const row = response.rows[0];
    if (!row) return [];
    return [{ key: chart.metric, title: metricLabel, value: valueOf(row[chart.metric]), formatted: format[chart.metric]!(row[chart.metric] ?? null) }];
  }
  const seen = new Set<string>();
  const tiles: MetricTile[] = [];
  for (const row of response.rows) {
    const split = row[breakdown] ?? null;
    const key = `${typeof split}:${String(split)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tiles.push({
      key,
      title: format[breakdown]!(split),
      subtitle: metricLabel,
      value: valueOf(row[chart.metric]),
      formatted: format[chart.metric]!(row[chart.metric] ?? null),
    });
  }
  return tiles;
}

/** Tiles in rows of METRIC_COLUMNS, the grid the chart draws. */
export function metricGrid<T>(tiles: T[], columns = METRIC_COLUMNS): T[][] {
  const rows: T[][] = [];
  for (let index = 0; index < tiles.length; index += columns) rows.push(tiles.slice(index, index + columns));
  return rows;
}
