/**
 * The chart types the editor offers, in the order the picker shows them: each with the key its
 * test subject and its state use (`xy-bar_stacked`), a label and what it draws. A chart type says
 * which dimensions it reads: an XY chart all three, a pie a slice group and one metric, a metric
 * chart one metric and an optional breakdown, a table everything.
 */
import type { ChartSpec, PieShape, XYSeriesType } from '../../../../common/visualizations/definition';

export type ChartChoice =
  | { type: 'xy'; seriesType: XYSeriesType }
  | { type: 'pie'; shape: PieShape }
  | { type: 'metric' }
  | { type: 'datatable' };

export interface ChartOption {
  choice: ChartChoice;
  /** `xy-bar_stacked`, `pie-donut`, `metric-metric`, `datatable-table`. */
  key: string;
  label: string;
}

const xy = (seriesType: XYSeriesType, label: string): ChartOption => ({ choice: { type: 'xy', seriesType }, key: `xy-${seriesType}`, label });
const pie = (shape: PieShape, label: string): ChartOption => ({ choice: { type: 'pie', shape }, key: `pie-${shape}`, label });

export const CHART_OPTIONS: ChartOption[] = [
  xy('bar', 'Bar vertical'),
  xy('bar_stacked', 'Bar vertical stacked'),
  xy('bar_horizontal', 'Bar horizontal'),
  xy('bar_horizontal_stacked', 'Bar horizontal stacked'),
  xy('line', 'Line'),
  xy('area', 'Area'),
  xy('area_stacked', 'Area stacked'),
  pie('pie', 'Pie'),
  pie('donut', 'Donut'),
  pie('treemap', 'Treemap'),
  { choice: { type: 'metric' }, key: 'metric-metric', label: 'Metric' },
  { choice: { type: 'datatable' }, key: 'datatable-table', label: 'Table' },
];

export function chartKey(choice: ChartChoice): string {
  switch (choice.type) {
    case 'xy':
      return `xy-${choice.seriesType}`;
    case 'pie':
      return `pie-${choice.shape}`;
    case 'metric':
      return 'metric-metric';
    case 'datatable':
      return 'datatable-table';
  }
}

export function chartChoiceOf(chart: ChartSpec): ChartChoice {
  switch (chart.type) {
    case 'xy':
      return { type: 'xy', seriesType: chart.seriesType };
    case 'pie':
      return { type: 'pie', shape: chart.shape };
    default:
      return { type: chart.type };
  }
}

/** "Bar vertical stacked", "Donut": how a card names a chart. */
export function chartLabel(choice: ChartChoice): string {
  const key = chartKey(choice);
  return CHART_OPTIONS.find((option) => option.key === key)?.label ?? key;
}

/** Which dimension zones a chart type reads. */
export interface ChartDimensions {
  /** The x zone's name for this chart ("Horizontal axis", "Slice by", "Rows"), or null when unused. */
  x: string | null;
  breakdown: string | null;
  metric: string;
  /** Several metrics (XY series, table columns) or exactly one. */
  multipleMetrics: boolean;
}

export function dimensionsOf(choice: ChartChoice): ChartDimensions {
  switch (choice.type) {
    case 'xy': {
      const horizontal = choice.seriesType.startsWith('bar_horizontal');
      return {
        x: horizontal ? 'Vertical axis' : 'Horizontal axis',
        breakdown: 'Breakdown',
        metric: horizontal ? 'Horizontal axis metrics' : 'Vertical axis metrics',
        multipleMetrics: true,
      };
    }
    case 'pie':
      return { x: 'Slice by', breakdown: 'Then slice by', metric: 'Size by', multipleMetrics: false };
    case 'metric':
      return { x: null, breakdown: 'Break down by', metric: 'Primary metric', multipleMetrics: false };
    case 'datatable':
      return { x: 'Rows', breakdown: 'Then rows by', metric: 'Metrics', multipleMetrics: true };
  }
}
