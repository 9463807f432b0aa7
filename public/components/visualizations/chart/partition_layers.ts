/**
 * The layers of a pie, donut or treemap from the query service's table: one layer per group
 * column, outermost bucket innermost (Lens' order), each slice named as the table names it and
 * colored by its top-level group so a nested ring keeps its parent's hue. The library sums the
 * leaf rows into their parents.
 */
import type { PartitionLayer } from '@elastic/charts';
import type { PieShape, VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { CellValue, VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { fadeToward } from './chart_theme';
import { columnLabel, formattersFor, type CellFormatter } from './format';

export type PartitionRow = Record<string, CellValue>;

export interface PartitionModel {
  shape: PieShape;
  metricId: string;
  metricLabel: string;
  /** The group columns that exist in the table, in the definition's order. */
  groupIds: string[];
  rows: PartitionRow[];
  layers: Array<PartitionLayer<PartitionRow>>;
  /** A row's slice size: the metric, never negative (a slice cannot be). */
  valueOf: (row: PartitionRow) => number;
}

export interface PartitionColors {
  palette: string[];
  /** The panel's background: deeper rings fade toward it. */
  background: string;
}

/** The key the library groups by: it takes strings and numbers. */
const groupKey = (value: CellValue): string | number => (typeof value === 'number' || typeof value === 'string' ? value : String(value));

/** A key back as the table holds it, so the column's formatter names it ("true" stays a string). */
const labelOf = (format: CellFormatter) => (key: unknown) => format(typeof key === 'number' || typeof key === 'string' ? key : String(key));

export function partitionLayersFrom(
  definition: VisualizationDefinition,
  response: VisualizationQueryResponse,
  timeZone: string,
  colors: PartitionColors,
): PartitionModel {
  const { chart } = definition;
  if (chart.type !== 'pie') throw new Error(`partitionLayersFrom needs a pie chart, not ${chart.type}`);
  const present = new Set(response.columns.map((column) => column.id));
  const groupIds = chart.groups.filter((id) => present.has(id));
  const format = formattersFor(response, timeZone);
  const metricId = chart.metric;

  // Top-level keys in the table's order (its bucket order): the first gets the first color.
  const topKeys = new Map<string, number>();
  for (const row of response.rows) {
    const key = groupIds.length > 0 ? String(groupKey(row[groupIds[0]!] ?? null)) : '';
    if (!topKeys.has(key)) topKeys.set(key, topKeys.size);
  }
  const palette = colors.palette.length > 0 ? colors.palette : ['#16C5C0'];
  const colorOfTop = (key: string) => palette[(topKeys.get(key) ?? 0) % palette.length]!;

  const metricLabel = columnLabel(definition, metricId);
  // Without a group column the whole pie is one slice named after its metric.
  const single: PartitionLayer<PartitionRow> = { groupByRollup: () => metricLabel, shape: { fillColor: () => palette[0]! } };
  const grouped: Array<PartitionLayer<PartitionRow>> = groupIds.map((id) => ({
    groupByRollup: (row: PartitionRow) => groupKey(row[id] ?? null),
    nodeLabel: labelOf(format[id]!),
    shape: {
      fillColor: (key, _sortIndex, node) => {
        // The path ends with the node itself and starts with entries above the rings (the
        // library puts a small-multiples key and the root there): the top-level group is the
        // entry `depth` places from the end.
        const top = node.path[node.path.length - node.depth]?.value ?? key;
        return fadeToward(colorOfTop(String(top)), colors.background, Math.min(0.6, 0.3 * Math.max(0, node.depth - 1)));
      },
    },
  }));
  const layers = grouped.length > 0 ? grouped : [single];

  return {
    shape: chart.shape,
    metricId,
    metricLabel,
    groupIds,
    rows: response.rows,
    layers,
    valueOf: (row) => {
      const value = row[metricId];
      return typeof value === 'number' && value > 0 ? value : 0;
    },
  };
}
