/**
 * A VisualizationDefinition written as Lens attributes in Lens' current shape, so a chart made
 * here opens in Kibana's Lens (after an export) and reads back here unchanged (read_lens.ts).
 *
 * The layer reads an ad hoc data view carried in the state, keyed by a stable id per source,
 * whose title is the source's first index pattern: a saved data view id may not exist in the
 * Kibana that opens the chart, while an ad hoc one always does. References are then internal
 * and the saved-object `references` stay empty.
 */
import { LENS_VISUALIZATION_TYPES, type BucketSpec, type ChartSpec, type FilterSpec, type MetricSpec, type VisualizationDefinition } from '../definition';
import { defaultLabel } from '../labels';
import type { VisualizationDataSource, VisualizationFieldType } from '../query_api';
import { adHocDataViewId } from './data_view_source';
import { writeLensInterval } from './intervals';
import { newLayerId } from './layer_id';
import {
  LAYER_REFERENCE_PREFIX,
  LENS_RECORDS_FIELD,
  type KibanaFilter,
  type LensAttributes,
  type LensColumn,
  type LensMetricColumn,
  type LensState,
  type LensTermsColumn,
} from './lens_types';

export type { LensAttributes } from './lens_types';

export interface WriteLensOptions {
  /** Keep a layer id (when rewriting a chart); a new one otherwise. */
  layerId?: string;
}

const COUNT_OF_RECORDS_LABEL = 'Count of records';

/** The label fields: a label equal to the derived one is not custom, so Kibana keeps it in step. */
function labelOf(spec: BucketSpec | MetricSpec, labels: Record<string, string>) {
  const derived = defaultLabel(spec);
  const label = labels[spec.id] ?? derived;
  return label === derived ? { label } : { label, customLabel: true };
}

function termsDataType(field: string, source: VisualizationDataSource): VisualizationFieldType {
  return source.fields.find((f) => f.name === field)?.type ?? 'string';
}

/** Lens ranks by the bucket's document count through a count column when the layer has an unfiltered one. */
function termsOrder(spec: Extract<BucketSpec, { type: 'terms' }>, metrics: MetricSpec[]): Pick<LensTermsColumn['params'], 'orderBy' | 'orderAgg'> {
  if (spec.orderBy.type === 'alphabetical') return { orderBy: { type: 'alphabetical' } };
  if (spec.orderBy.type === 'metric') return { orderBy: { type: 'column', columnId: spec.orderBy.metricId } };
  const count = metrics.find((m) => m.operation === 'count' && m.filter === undefined);
  if (count) return { orderBy: { type: 'column', columnId: count.id } };
  const orderAgg: LensMetricColumn = {
    label: COUNT_OF_RECORDS_LABEL,
    dataType: 'number',
    operationType: 'count',
    isBucketed: false,
    scale: 'ratio',
    sourceField: LENS_RECORDS_FIELD,
    params: { emptyAsNull: true },
  };
  return { orderBy: { type: 'custom' }, orderAgg };
}

function bucketColumn(spec: BucketSpec, definition: VisualizationDefinition, source: VisualizationDataSource): LensColumn {
  const label = labelOf(spec, definition.labels);
  if (spec.type === 'date_histogram') {
    return {
      ...label,
      dataType: 'date',
      operationType: 'date_histogram',
      sourceField: spec.field,
      isBucketed: true,
      scale: 'interval',
      params: { interval: writeLensInterval(spec.interval), includeEmptyRows: true, dropPartials: false },
    };
  }
  return {
    ...label,
    dataType: termsDataType(spec.field, source),
    operationType: 'terms',
    sourceField: spec.field,
    isBucketed: true,
    scale: 'ordinal',
    params: {
      size: spec.size,
      ...termsOrder(spec, definition.metrics),
      orderDirection: spec.direction,
      otherBucket: spec.otherBucket === true,
      missingBucket: false,
      parentFormat: { id: 'terms' },
      include: [],
      exclude: [],
      includeIsRegex: false,
      excludeIsRegex: false,
    },
  };
}

function metricColumn(spec: MetricSpec, definition: VisualizationDefinition, source: VisualizationDataSource): LensMetricColumn {
  const field = spec.operation === 'count' ? LENS_RECORDS_FIELD : (spec.field as string);
  // Min and max of a date field are dates in Lens.
  const isDate = (spec.operation === 'min' || spec.operation === 'max') && source.fields.find((f) => f.name === spec.field)?.type === 'date';
  return {
    ...labelOf(spec, definition.labels),
    dataType: isDate ? 'date' : 'number',
    operationType: spec.operation,
    sourceField: field,
    isBucketed: false,
    scale: 'ratio',
    ...(spec.filter === undefined ? {} : { filter: { language: 'kuery', query: spec.filter } }),
    params: { emptyAsNull: true },
  };
}

function filterOf(spec: FilterSpec, dataViewId: string): KibanaFilter {
  const meta = { alias: null, negate: spec.negate === true, disabled: false, key: spec.field, index: dataViewId };
  const $state = { store: 'appState' as const };
  switch (spec.operator) {
    case 'is':
      return { meta: { ...meta, type: 'phrase', params: { query: spec.value } }, query: { match_phrase: { [spec.field]: spec.value } }, $state };
    case 'is_one_of':
      return {
        meta: { ...meta, type: 'phrases', params: spec.values },
        query: { bool: { should: spec.values.map((value) => ({ match_phrase: { [spec.field]: value } })), minimum_should_match: 1 } },
        $state,
      };
    case 'exists':
      return { meta: { ...meta, type: 'exists' }, query: { exists: { field: spec.field } }, $state };
    default:
      return { meta: { ...meta, type: 'range', params: { ...spec.range } }, query: { range: { [spec.field]: { ...spec.range } } }, $state };
  }
}

function visualizationOf(chart: ChartSpec, layerId: string, columnIds: string[]): LensState['visualization'] {
  switch (chart.type) {
    case 'xy':
      return {
        preferredSeriesType: chart.seriesType,
        legend: { isVisible: chart.legend.isVisible, position: chart.legend.position },
        valueLabels: 'hide',
        layers: [
          {
            layerId,
            layerType: 'data',
            seriesType: chart.seriesType,
            ...(chart.xAccessor === undefined ? {} : { xAccessor: chart.xAccessor }),
            // Kibana 9 reads `splitAccessor` into its `splitAccessors`; Kibana 8 knows only this one.
            ...(chart.splitAccessor === undefined ? {} : { splitAccessor: chart.splitAccessor }),
            accessors: [...chart.accessors],
          },
        ],
      };
    case 'pie':
      return {
        shape: chart.shape,
        layers: [
          {
            layerId,
            layerType: 'data',
            primaryGroups: [...chart.groups],
            metrics: [chart.metric],
            numberDisplay: 'percent',
            categoryDisplay: 'default',
            legendDisplay: chart.legend.isVisible ? 'show' : 'hide',
            legendPosition: chart.legend.position,
            nestedLegend: false,
          },
        ],
      };
    case 'metric':
      return {
        layerId,
        layerType: 'data',
        metricAccessor: chart.metric,
        ...(chart.breakdownBy === undefined ? {} : { breakdownByAccessor: chart.breakdownBy }),
      };
    default: {
      const visible = new Set(chart.columns);
      const hidden = columnIds.filter((id) => !visible.has(id));
      return {
        layerId,
        layerType: 'data',
        columns: [...chart.columns.map((columnId) => ({ columnId })), ...hidden.map((columnId) => ({ columnId, hidden: true }))],
      };
    }
  }
}

export function writeLens(definition: VisualizationDefinition, source: VisualizationDataSource, options: WriteLensOptions = {}): LensAttributes {
  const layerId = options.layerId ?? newLayerId();
  const dataViewId = adHocDataViewId(source.id);
  const columns: Record<string, LensColumn> = {};
  for (const bucket of definition.buckets) columns[bucket.id] = bucketColumn(bucket, definition, source);
  for (const metric of definition.metrics) columns[metric.id] = metricColumn(metric, definition, source);
  const columnOrder = [...definition.buckets, ...definition.metrics].map((spec) => spec.id);
  const title = source.indexPatterns[0] ?? source.id;

  return {
    title: definition.title,
    description: definition.description ?? '',
    visualizationType: LENS_VISUALIZATION_TYPES[definition.chart.type] as LensAttributes['visualizationType'],
    type: 'lens',
    state: {
      datasourceStates: { formBased: { layers: { [layerId]: { columnOrder, columns, incompleteColumns: {}, sampling: 1 } } } },
      visualization: visualizationOf(definition.chart, layerId, columnOrder),
      query: { language: 'kuery', query: definition.query.query },
      filters: definition.filters.map((filter) => filterOf(filter, dataViewId)),
      adHocDataViews: {
        [dataViewId]: {
          id: dataViewId,
          title,
          name: source.name,
          timeFieldName: source.timeField,
          sourceFilters: [],
          fieldFormats: {},
          runtimeFieldMap: {},
          fieldAttrs: {},
          allowNoIndex: false,
        },
      },
      internalReferences: [{ type: 'index-pattern', id: dataViewId, name: `${LAYER_REFERENCE_PREFIX}${layerId}` }],
    },
    references: [],
  };
}
