/**
 * What a visualization is, once read: the data it asks for (a source, a query, filters, bucket
 * columns and metric columns, in Lens' column order) and how it is drawn. It is the common
 * ground of the three halves of the feature: the Lens reader turns Kibana's Lens attributes into
 * one (lens/read_lens.ts), the editor edits one and writes it back as Lens attributes
 * (lens/write_lens.ts), the renderer draws one from the table the query service answers.
 *
 * Ids are Lens column ids, so a chart keeps its columns across a round trip through Kibana.
 */

/** The data a chart may read: alert and event indices of the space, and the space's cases. */
export const VISUALIZATION_SOURCES = ['alerts', 'events', 'cases'] as const;
export type VisualizationSourceId = (typeof VISUALIZATION_SOURCES)[number];

/** Lens' metric operations we compute; Lens names the average `average`. */
export const METRIC_OPERATIONS = ['count', 'unique_count', 'sum', 'average', 'min', 'max'] as const;
export type MetricOperation = (typeof METRIC_OPERATIONS)[number];

/** Calendar units a date histogram buckets by; `auto` picks one from the time range (auto_interval.ts). */
export const CALENDAR_INTERVALS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type CalendarIntervalName = (typeof CALENDAR_INTERVALS)[number];
/**
 * `auto`, a calendar unit, or a fixed interval (`30s`, `3h`, `12h`: a positive integer and one of
 * ms, s, m, h, d). Lens writes `1h`, `d`, `w`, `M`, `y` too: the Lens reader turns those into
 * calendar units before they get here.
 */
export type DateInterval = 'auto' | CalendarIntervalName | `${number}${'ms' | 's' | 'm' | 'h' | 'd'}`;

export interface DateHistogramBucketSpec {
  /** The Lens column id. */
  id: string;
  type: 'date_histogram';
  field: string;
  interval: DateInterval;
}

export type TermsOrderBy = { type: 'count' } | { type: 'alphabetical' } | { type: 'metric'; metricId: string };

export interface TermsBucketSpec {
  id: string;
  type: 'terms';
  field: string;
  /** 1 to MAX_TERMS_SIZE. */
  size: number;
  orderBy: TermsOrderBy;
  direction: 'asc' | 'desc';
  /** One more row per parent bucket, key OTHER_BUCKET_KEY, for the documents outside the top `size` (Lens' "Group other values as Other"). */
  otherBucket?: boolean;
}

export type BucketSpec = DateHistogramBucketSpec | TermsBucketSpec;

export interface MetricSpec {
  id: string;
  operation: MetricOperation;
  /** Every operation but `count` reads a field; `count` counts documents. */
  field?: string;
  /** A KQL filter on this column alone (Lens' per-column "Filter by"). */
  filter?: string;
}

/**
 * Kibana's filter pills, reduced to what they mean: `is`, `is one of`, `exists`, `is between`,
 * each negatable. Lens' `state.filters` (Kibana's query DSL with `meta`) read into these; a
 * filter of another shape makes the chart unsupported rather than silently dropped.
 */
export type FilterSpec =
  | { field: string; operator: 'is'; value: string | number | boolean; negate?: boolean }
  | { field: string; operator: 'is_one_of'; values: Array<string | number | boolean>; negate?: boolean }
  | { field: string; operator: 'exists'; negate?: boolean }
  | { field: string; operator: 'between'; range: { gte?: string | number; lt?: string | number; lte?: string | number; gt?: string | number }; negate?: boolean };

export type LegendPosition = 'top' | 'bottom' | 'left' | 'right';
export interface LegendSpec {
  isVisible: boolean;
  position: LegendPosition;
}

export const XY_SERIES_TYPES = [
  'bar',
  'bar_stacked',
  'bar_horizontal',
  'bar_horizontal_stacked',
  'line',
  'area',
  'area_stacked',
] as const;
export type XYSeriesType = (typeof XY_SERIES_TYPES)[number];

export const PIE_SHAPES = ['pie', 'donut', 'treemap'] as const;
export type PieShape = (typeof PIE_SHAPES)[number];

/** How a chart draws its table; accessors are column ids of `buckets` and `metrics`. */
export type ChartSpec =
  | {
      type: 'xy';
      seriesType: XYSeriesType;
      /** A bucket column; absent draws one bar/point per metric. */
      xAccessor?: string;
      /** A terms bucket column whose values become series (Lens' "Breakdown"). */
      splitAccessor?: string;
      /** One or more metric columns. */
      accessors: string[];
      legend: LegendSpec;
    }
  | { type: 'pie'; shape: PieShape; groups: string[]; metric: string; legend: LegendSpec }
  | { type: 'metric'; metric: string; breakdownBy?: string }
  | { type: 'datatable'; columns: string[] };

export type ChartType = ChartSpec['type'];

/** The Lens visualization type that stores each chart type. */
export const LENS_VISUALIZATION_TYPES: Record<ChartType, string> = {
  xy: 'lnsXY',
  pie: 'lnsPie',
  metric: 'lnsMetric',
  datatable: 'lnsDatatable',
};

export interface KqlQuery {
  language: 'kuery';
  query: string;
}

export interface VisualizationDefinition {
  title: string;
  description?: string;
  source: VisualizationSourceId;
  query: KqlQuery;
  filters: FilterSpec[];
  /** In Lens' column order: the outermost bucket first. */
  buckets: BucketSpec[];
  metrics: MetricSpec[];
  chart: ChartSpec;
  /** Column labels by id, as Lens shows them (custom or derived: "Count of records", "Top 10 values of host.name"). */
  labels: Record<string, string>;
}

/** An absolute time range: two ISO-8601 instants. A visualization in a case never moves with "now". */
export interface AbsoluteTimeRange {
  from: string;
  to: string;
}

/** The key of the row that groups the values outside a terms bucket's top values. */
export const OTHER_BUCKET_KEY = '__other__';
export const MAX_TERMS_SIZE = 100;
export const MAX_BUCKET_COLUMNS = 3;
export const MAX_METRIC_COLUMNS = 10;
