/**
 * Kibana's Lens attributes read into a VisualizationDefinition, or the list of everything in them
 * we cannot draw as Lens would. The chart is drawn only when nothing is off: a chart that
 * silently dropped a filter or a column would show other numbers than Kibana.
 *
 * What is read: one form-based data layer (`formBased`, or `indexpattern` before 8.6), date
 * histogram and top values buckets, count / unique count / sum / average / min / max metrics
 * with their KQL column filters, the KQL query, Kibana's phrase / phrases / exists / range
 * filters, and the lnsXY / lnsPie / lnsMetric / lnsDatatable states (lens_types.ts lists the
 * older shapes). The layer's data view picks one of the sources the caller may read, and every
 * field the chart uses must exist there.
 */
import {
  MAX_BUCKET_COLUMNS,
  MAX_METRIC_COLUMNS,
  type FilterSpec,
  type KqlQuery,
  type VisualizationDefinition,
} from '../definition';
import type { VisualizationDataSource } from '../query_api';
import { dataLayerOf, isSupportedVisualizationType, readChart } from './read_chart';
import { readColumns, type ColumnsReading } from './read_columns';
import { readFilters } from './read_filters';
import { dataViewName, layerDataView, matchSource } from './data_view_source';
import { checkFields } from './check_fields';
import { asRecord, asString, isRecord, type UnknownRecord } from './unknown_value';

export type LensReading =
  | { ok: true; definition: VisualizationDefinition }
  | { ok: false; title: string; visualizationType: string; problems: string[] };

const EMPTY_QUERY: KqlQuery = { language: 'kuery', query: '' };

function readQuery(raw: unknown, problems: string[]): KqlQuery {
  if (!isRecord(raw)) return EMPTY_QUERY;
  const { query, language } = raw;
  // Kibana's default language may be Lucene; an empty query means nothing in either.
  if (query === undefined || (typeof query === 'string' && query.trim() === '')) return EMPTY_QUERY;
  if (language === 'kuery' && typeof query === 'string') return { language: 'kuery', query };
  problems.push(language === 'lucene' ? 'The query is in Lucene syntax; only KQL is supported' : `The query language ${String(language)} is not supported`);
  return EMPTY_QUERY;
}

/** The form-based layer, wherever this version of Lens keeps it. */
function findLayer(state: UnknownRecord, layerId: string, problems: string[]): UnknownRecord | null {
  const datasources = asRecord(state.datasourceStates);
  for (const name of ['formBased', 'indexpattern']) {
    const layer = asRecord(asRecord(datasources[name]).layers)[layerId];
    if (isRecord(layer)) return layer;
  }
  const esql = ['textBased', 'esql'].some((name) => isRecord(asRecord(asRecord(datasources[name]).layers)[layerId]));
  problems.push(esql ? 'ES|QL visualizations are not supported' : `Layer '${layerId}' is missing from the datasource`);
  return null;
}

function checkLayerOptions(layer: UnknownRecord, problems: string[]) {
  if (typeof layer.sampling === 'number' && layer.sampling < 1) problems.push('Random sampling is not supported');
}

function checkLimits(columns: ColumnsReading, problems: string[]) {
  if (columns.buckets.length > MAX_BUCKET_COLUMNS) {
    problems.push(`At most ${MAX_BUCKET_COLUMNS} bucket columns are supported; this layer has ${columns.buckets.length}`);
  }
  if (columns.metrics.length > MAX_METRIC_COLUMNS) {
    problems.push(`At most ${MAX_METRIC_COLUMNS} metric columns are supported; this layer has ${columns.metrics.length}`);
  }
  // A metric column that could not be read is named already.
  if (columns.metrics.length === 0 && columns.problems.length === 0) problems.push('The layer has no metric');
}

export function readLens(attributes: unknown, sources: VisualizationDataSource[]): LensReading {
  const attrs = asRecord(attributes);
  const title = asString(attrs.title) ?? '';
  const visualizationType = asString(attrs.visualizationType) ?? '';
  const fail = (problems: string[]): LensReading => ({ ok: false, title, visualizationType, problems });

  if (!isRecord(attributes)) return fail(['The Lens attributes are not an object']);
  if (!isRecord(attrs.state)) return fail(['The Lens attributes have no state']);
  if (!isSupportedVisualizationType(visualizationType)) {
    return fail([visualizationType ? `Visualization type ${visualizationType} is not supported` : 'The Lens attributes name no visualization type']);
  }
  const state = attrs.state;
  const visualization = asRecord(state.visualization);
  const { layerId, problems } = dataLayerOf(visualizationType, visualization);
  const layer = layerId === undefined ? null : findLayer(state, layerId, problems);
  if (layerId === undefined || layer === null) return fail(problems);

  checkLayerOptions(layer, problems);
  const columns = readColumns(layer);
  problems.push(...columns.problems);
  checkLimits(columns, problems);
  const chart = readChart(visualizationType, visualization, layerId, columns, problems);

  // A layer that ignores global filters draws without the query bar and the filter pills.
  const ignoreGlobal = layer.ignoreGlobalFilters === true;
  const query = ignoreGlobal ? EMPTY_QUERY : readQuery(state.query, problems);
  const filterReading = ignoreGlobal ? { filters: [] as FilterSpec[], problems: [] } : readFilters(state.filters);
  problems.push(...filterReading.problems);

  const view = layerDataView(attrs, layerId, layer);
  const usedFields = [...columns.buckets, ...columns.metrics].flatMap((spec) => (spec.field ? [spec.field] : []));
  const source = view ? matchSource(view, sources, usedFields) : null;
  if (!view) problems.push('The layer names no data view');
  else if (!source) problems.push(`Data view '${dataViewName(view)}' has no source here`);
  if (source) problems.push(...checkFields(source, columns, filterReading.filters));

  if (problems.length > 0 || !chart || !source) return fail(problems.length > 0 ? problems : ['The chart could not be read']);
  const description = asString(attrs.description);
  return {
    ok: true,
    definition: {
      title,
      ...(description ? { description } : {}),
      source: source.id,
      query,
      filters: filterReading.filters,
      buckets: columns.buckets,
      metrics: columns.metrics,
      chart,
      labels: columns.labels,
    },
  };
}
