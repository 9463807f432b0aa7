/**
 * The wire contract of the visualization query service:
 * - GET INTERNAL_VISUALIZATION_DATA_SOURCES_URL answers the sources the caller may read in the
 *   space, with their time field, the index patterns a Lens state may name for them, and the
 *   fields a chart may bucket, measure or filter by;
 * - POST INTERNAL_VISUALIZATION_QUERY_URL takes one chart's data request and answers its table,
 *   one row per combination of bucket keys (Lens' "datatable" of the expression pipeline).
 * The codecs refuse what the server cannot answer with a 400 naming the field.
 */
import * as t from 'io-ts';
import { discriminated, limitedArray, limitedString, strict, strictWithOptional } from '../core/codec';
import { IsoDateRt } from '../types/api/alerts';
import {
  CALENDAR_INTERVALS,
  MAX_BUCKET_COLUMNS,
  MAX_METRIC_COLUMNS,
  MAX_TERMS_SIZE,
  METRIC_OPERATIONS,
  VISUALIZATION_SOURCES,
  type BucketSpec,
  type FilterSpec,
  type MetricSpec,
  type VisualizationSourceId,
} from './definition';

/** Longest KQL query a chart carries; Kibana bounds it only by the request size. */
export const MAX_KQL_LENGTH = 10_000;
export const MAX_VISUALIZATION_FILTERS = 50;
export const MAX_FILTER_VALUES = 100;
const MAX_FIELD_NAME_LENGTH = 256;
const MAX_COLUMN_ID_LENGTH = 256;
const MAX_FILTER_VALUE_LENGTH = 1024;

const keysOf = <K extends string>(values: readonly K[], name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<K, null>, name);

const FieldNameRt = limitedString('field', { min: 1, max: MAX_FIELD_NAME_LENGTH });
const ColumnIdRt = limitedString('id', { min: 1, max: MAX_COLUMN_ID_LENGTH });
const ScalarRt = t.union([limitedString('value', { max: MAX_FILTER_VALUE_LENGTH }), t.number, t.boolean], 'value');

/** `auto`, a calendar unit, or a fixed interval such as `30s`, `3h`, `12h`. */
const DateIntervalRt = new t.Type<string, string, unknown>(
  'interval',
  (u): u is string => typeof u === 'string',
  (u, ctx) =>
    typeof u === 'string' && (u === 'auto' || (CALENDAR_INTERVALS as readonly string[]).includes(u) || /^[1-9]\d{0,5}(ms|s|m|h|d)$/.test(u))
      ? t.success(u)
      : t.failure(u, ctx, `"interval" must be auto, ${CALENDAR_INTERVALS.join(', ')}, or a fixed interval such as 30s, 3h or 12h`),
  t.identity,
);

const TermsOrderByRt = discriminated(
  'type',
  {
    count: strict({ type: t.literal('count') }),
    alphabetical: strict({ type: t.literal('alphabetical') }),
    metric: strict({ type: t.literal('metric'), metricId: ColumnIdRt }),
  },
  'orderBy',
);

const TermsSizeRt = new t.Type<number, number, unknown>(
  'size',
  (u): u is number => typeof u === 'number',
  (u, ctx) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= MAX_TERMS_SIZE
      ? t.success(u)
      : t.failure(u, ctx, `"size" must be an integer from 1 to ${MAX_TERMS_SIZE}`),
  t.identity,
);

export const BucketSpecRt: t.Type<BucketSpec, BucketSpec, unknown> = discriminated(
  'type',
  {
    date_histogram: strict({ id: ColumnIdRt, type: t.literal('date_histogram'), field: FieldNameRt, interval: DateIntervalRt }),
    terms: strictWithOptional(
      {
        id: ColumnIdRt,
        type: t.literal('terms'),
        field: FieldNameRt,
        size: TermsSizeRt,
        orderBy: TermsOrderByRt,
        direction: t.keyof({ asc: null, desc: null }, 'direction'),
      },
      { otherBucket: t.boolean },
    ),
  },
  'bucket',
) as unknown as t.Type<BucketSpec, BucketSpec, unknown>;

export const MetricSpecRt: t.Type<MetricSpec, MetricSpec, unknown> = strictWithOptional(
  { id: ColumnIdRt, operation: keysOf(METRIC_OPERATIONS, 'operation') },
  { field: FieldNameRt, filter: limitedString('filter', { max: MAX_KQL_LENGTH }) },
  'metric',
);

const RangeRt = t.partial({ gte: t.union([t.string, t.number]), gt: t.union([t.string, t.number]), lte: t.union([t.string, t.number]), lt: t.union([t.string, t.number]) }, 'range');

export const FilterSpecRt: t.Type<FilterSpec, FilterSpec, unknown> = discriminated(
  'operator',
  {
    is: strictWithOptional({ field: FieldNameRt, operator: t.literal('is'), value: ScalarRt }, { negate: t.boolean }),
    is_one_of: strictWithOptional(
      { field: FieldNameRt, operator: t.literal('is_one_of'), values: limitedArray(ScalarRt, 'values', { min: 1, max: MAX_FILTER_VALUES }) },
      { negate: t.boolean },
    ),
    exists: strictWithOptional({ field: FieldNameRt, operator: t.literal('exists') }, { negate: t.boolean }),
    between: strictWithOptional({ field: FieldNameRt, operator: t.literal('between'), range: RangeRt }, { negate: t.boolean }),
  },
  'filter',
) as unknown as t.Type<FilterSpec, FilterSpec, unknown>;

export const VisualizationQueryRequestRt = strictWithOptional(
  {
    source: keysOf(VISUALIZATION_SOURCES, 'source'),
    timeRange: strict({ from: IsoDateRt, to: IsoDateRt }, 'timeRange'),
    buckets: limitedArray(BucketSpecRt, 'buckets', { max: MAX_BUCKET_COLUMNS }),
    metrics: limitedArray(MetricSpecRt, 'metrics', { min: 1, max: MAX_METRIC_COLUMNS }),
  },
  {
    /** IANA zone the date buckets follow (the user's); UTC when absent. */
    timeZone: limitedString('timeZone', { min: 1, max: 64 }),
    query: strict({ language: t.literal('kuery'), query: limitedString('query', { max: MAX_KQL_LENGTH }) }, 'query'),
    filters: limitedArray(FilterSpecRt, 'filters', { max: MAX_VISUALIZATION_FILTERS }),
  },
  'VisualizationQueryRequest',
);
export type VisualizationQueryRequest = t.TypeOf<typeof VisualizationQueryRequestRt>;

export type ColumnValueType = 'date' | 'string' | 'number' | 'boolean';

export interface VisualizationColumn {
  /** The bucket's or metric's id. */
  id: string;
  role: 'bucket' | 'metric';
  /** A date histogram's keys are epoch ms (`date`); a terms column is typed as its field. */
  type: ColumnValueType;
}

/** One cell: a bucket key (epoch ms for dates, OTHER_BUCKET_KEY for "Other"), or a metric value (null when no document had one). */
export type CellValue = string | number | boolean | null;

export interface VisualizationQueryResponse {
  /** Buckets first, in request order, then metrics in request order. */
  columns: VisualizationColumn[];
  /** Every combination of bucket keys holding documents, ordered outer bucket first, each level in its own order; date buckets ascending, gaps filled with zero counts. */
  rows: Array<Record<string, CellValue>>;
  /** The date histogram's interval once `auto` is resolved (`day`, `3h`); absent without one. */
  interval?: string;
  /** Documents (or cases) the query, filters and time range matched. */
  total: number;
}

export type VisualizationFieldType = 'date' | 'string' | 'number' | 'boolean' | 'ip';

export interface VisualizationField {
  /** The dotted path (`host.name`, `kibana.alert.severity`, `status`). */
  name: string;
  type: VisualizationFieldType;
  /** Usable as a bucket or a metric's field. */
  aggregatable: boolean;
  /** Usable in a KQL query or a filter; full-text fields match words, not values. */
  searchable: boolean;
  /** A full-text field: KQL reads `field:words` as a word search. */
  text?: boolean;
}

export interface VisualizationDataSource {
  id: VisualizationSourceId;
  /** `Alerts`, `Events`, `Cases`. */
  name: string;
  /** The date field a chart's time range applies to (`@timestamp`; a case's `created_at`). */
  timeField: string;
  /**
   * The index patterns and data view titles a Lens state may name that this source answers,
   * in this space: `.alerts-security.alerts-default`; the Lens reader matches a state's data view
   * against them (`*` matches any run of characters).
   */
  indexPatterns: string[];
  /** The data view ids Kibana's Security Solution uses for this source in this space (`security-solution-default`). */
  dataViewIds: string[];
  fields: VisualizationField[];
}

export interface VisualizationDataSourcesResponse {
  /** Only the sources the caller may read. */
  sources: VisualizationDataSource[];
}

export const isVisualizationSource = (value: unknown): value is VisualizationSourceId =>
  typeof value === 'string' && (VISUALIZATION_SOURCES as readonly string[]).includes(value);
