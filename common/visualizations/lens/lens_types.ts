/**
 * The part of Kibana's Lens saved-object attributes this app reads and writes, as Lens persists
 * them (form-based datasource, four visualization states, Kibana filters, data view references).
 * Everything read from outside arrives as `unknown` and is checked field by field in
 * read_lens.ts; these types describe what the writer produces and what the reader looks for.
 *
 * Shapes across Kibana versions that the reader accepts:
 * - the datasource under `formBased` (8.6+) or `indexpattern` (older);
 * - count columns on `___records___` (8.1+) or `Records` (older);
 * - `avg` and `cardinality` (before 7.12) beside `average` and `unique_count`;
 * - pie layers with `primaryGroups`/`metrics` (8.6+) or `groups`/`metric` (older);
 * - XY layers with `splitAccessor` or `splitAccessors` (9.x);
 * - the metric visualization as `lnsMetric` with `metricAccessor` (8.5+), or the legacy one:
 *   `lnsMetric` with `accessor` (before 8.5) and `lnsLegacyMetric` (8.5+).
 */

/** The pseudo field a count of documents reads. */
export const LENS_RECORDS_FIELD = '___records___';
/** What Lens called it before 8.1. */
export const LENS_LEGACY_RECORDS_FIELD = 'Records';

/** Reference names Lens gives a layer's data view and the datasource's current one. */
export const LAYER_REFERENCE_PREFIX = 'indexpattern-datasource-layer-';
export const CURRENT_DATA_VIEW_REFERENCE = 'indexpattern-datasource-current-indexpattern';

export interface LensQuery {
  language: 'kuery' | 'lucene' | string;
  /** Lucene queries may be objects; KQL is always a string. */
  query: string | Record<string, unknown>;
}

interface LensColumnBase {
  operationType: string;
  label: string;
  /** True when the user typed the label; Lens keeps a derived one up to date otherwise. */
  customLabel?: boolean;
  dataType: 'date' | 'string' | 'number' | 'boolean' | 'ip' | string;
  isBucketed: boolean;
  scale?: 'interval' | 'ordinal' | 'ratio';
  sourceField?: string;
  /** Lens' per-column "Filter by" (metrics only). */
  filter?: LensQuery;
  timeShift?: string;
  timeScale?: string;
  reducedTimeRange?: string;
  /** Columns a calculation (formula, moving average...) reads. */
  references?: string[];
}

export interface LensDateHistogramColumn extends LensColumnBase {
  operationType: 'date_histogram';
  sourceField: string;
  params: { interval: string; includeEmptyRows?: boolean; dropPartials?: boolean; ignoreTimeRange?: boolean };
}

export type LensTermsOrderBy =
  | { type: 'alphabetical'; fallback?: boolean }
  | { type: 'column'; columnId: string }
  | { type: 'custom' }
  | { type: 'rare'; maxDocCount: number }
  | { type: 'significant' };

export interface LensTermsColumn extends LensColumnBase {
  operationType: 'terms';
  sourceField: string;
  params: {
    size: number;
    orderBy: LensTermsOrderBy;
    /** The metric a `custom` ranking ranks by. */
    orderAgg?: LensMetricColumn;
    orderDirection: 'asc' | 'desc';
    otherBucket?: boolean;
    missingBucket?: boolean;
    secondaryFields?: string[];
    include?: Array<string | number>;
    exclude?: Array<string | number>;
    includeIsRegex?: boolean;
    excludeIsRegex?: boolean;
    accuracyMode?: boolean;
    parentFormat?: { id: string };
  };
}

export interface LensMetricColumn extends LensColumnBase {
  operationType: 'count' | 'unique_count' | 'sum' | 'average' | 'min' | 'max';
  sourceField: string;
  params?: { emptyAsNull?: boolean; format?: { id: string; params?: Record<string, unknown> } };
}

export type LensColumn = LensDateHistogramColumn | LensTermsColumn | LensMetricColumn;

export interface FormBasedLayer {
  columnOrder: string[];
  columns: Record<string, LensColumn>;
  incompleteColumns?: Record<string, unknown>;
  /** Present in older persisted states and in Lens' runtime state; references replace it. */
  indexPatternId?: string;
  sampling?: number;
  ignoreGlobalFilters?: boolean;
}

export interface FormBasedState {
  layers: Record<string, FormBasedLayer>;
  currentIndexPatternId?: string;
}

export type LensLayerType = 'data' | 'referenceLine' | 'annotations' | 'metricTrendline';

export interface XYDataLayerState {
  layerId: string;
  layerType: 'data';
  seriesType: string;
  xAccessor?: string;
  /** Until 9.x; 9.x reads it into `splitAccessors`. */
  splitAccessor?: string;
  splitAccessors?: string[];
  accessors: string[];
  collapseFn?: string;
}

export interface XYVisualizationState {
  preferredSeriesType: string;
  legend: { isVisible: boolean; position: 'top' | 'bottom' | 'left' | 'right'; [key: string]: unknown };
  valueLabels?: 'hide' | 'show';
  layers: Array<XYDataLayerState | { layerId: string; layerType: Exclude<LensLayerType, 'data'>; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface PieLayerState {
  layerId: string;
  layerType: 'data';
  primaryGroups: string[];
  secondaryGroups?: string[];
  metrics: string[];
  numberDisplay: 'percent' | 'value' | 'hidden';
  categoryDisplay: 'default' | 'inside' | 'hide';
  legendDisplay: 'default' | 'show' | 'hide';
  legendPosition?: 'top' | 'bottom' | 'left' | 'right';
  nestedLegend?: boolean;
  emptySizeRatio?: number;
  collapseFns?: Record<string, string>;
}

export interface PieVisualizationState {
  shape: 'pie' | 'donut' | 'treemap' | 'mosaic' | 'waffle';
  layers: PieLayerState[];
}

export interface MetricVisualizationState {
  layerId: string;
  layerType: 'data';
  metricAccessor?: string;
  breakdownByAccessor?: string;
  secondaryMetricAccessor?: string;
  maxAccessor?: string;
  trendlineLayerId?: string;
}

/** The metric visualization before 8.5 (and `lnsLegacyMetric` since). */
export interface LegacyMetricVisualizationState {
  layerId: string;
  layerType?: 'data';
  accessor?: string;
}

export interface DatatableColumnState {
  columnId: string;
  hidden?: boolean;
  isTransposed?: boolean;
  collapseFn?: string;
  width?: number;
}

export interface DatatableVisualizationState {
  layerId: string;
  layerType: 'data';
  columns: DatatableColumnState[];
}

export interface KibanaFilterMeta {
  alias?: string | null;
  negate?: boolean;
  disabled?: boolean;
  type?: 'phrase' | 'phrases' | 'exists' | 'range' | string;
  key?: string;
  /** phrase: `{ query }`; phrases: the values; range: `{ gte, lt, ... }`. */
  params?: unknown;
  /** The data view the filter was made on (its id, or a reference name in older states). */
  index?: string;
  indexRefName?: string;
  value?: unknown;
}

export interface KibanaFilter {
  meta: KibanaFilterMeta;
  query?: Record<string, unknown>;
  /** Before 8.x, `exists` and `range` filters kept their query at the top level. */
  exists?: { field: string };
  range?: Record<string, Record<string, unknown>>;
  $state?: { store: 'appState' | 'globalState' };
}

/** A data view Lens carries inside the state instead of referencing a saved one. */
export interface AdHocDataViewSpec {
  id: string;
  title: string;
  name?: string;
  timeFieldName?: string;
  sourceFilters?: unknown[];
  fieldFormats?: Record<string, unknown>;
  runtimeFieldMap?: Record<string, unknown>;
  fieldAttrs?: Record<string, unknown>;
  allowNoIndex?: boolean;
}

export interface LensReference {
  type: string;
  id: string;
  name: string;
}

export interface LensState {
  datasourceStates: { formBased: FormBasedState };
  visualization: XYVisualizationState | PieVisualizationState | MetricVisualizationState | DatatableVisualizationState;
  query: LensQuery;
  filters: KibanaFilter[];
  adHocDataViews: Record<string, AdHocDataViewSpec>;
  /** References to ad hoc data views, by the same names `references` uses for saved ones. */
  internalReferences: LensReference[];
}

export interface LensAttributes {
  title: string;
  description?: string;
  visualizationType: 'lnsXY' | 'lnsPie' | 'lnsMetric' | 'lnsDatatable';
  type: 'lens';
  state: LensState;
  references: LensReference[];
}
