/**
 * One search's nested aggregations and the reading of its answer. A search aggregates some bucket
 * levels, each in one of three ways:
 * - `discover`: the level as the chart asks (a terms column's size and order, a histogram),
 *   which decides the chart's keys;
 * - `known`: only keys already decided (the search's filter keeps only those), all of them,
 *   in key order: the level of a metric group that merges into decided rows, or a date level
 *   that tells apart the nodes one search answers together;
 * and the metrics of one group at the innermost level, beside the metric a terms level orders by.
 */
import type { CellValue } from '../../../common/visualizations/query_api';
import { subAggregation, type AggregationRequest, type AggregationResult, type DateHistogramBucket, type TermsBucket } from '../../core';
import type { RawKey } from './bucket_tree';
import type { MetricGroup, PlannedLevel, PlannedMetric } from './query_plan';

export interface AggregatedLevel {
  level: PlannedLevel;
  mode: 'discover' | 'known';
  /** `known` terms levels: how many keys the filter lets through. */
  size?: number;
}

export interface ResultBucket {
  key?: RawKey;
  docCount: number;
  /** Metric values by metric name, at the innermost aggregated level (or the top without levels). */
  values: Record<string, CellValue>;
  children: ResultBucket[];
}

const metricAggregations = (metrics: PlannedMetric[]): Record<string, AggregationRequest> =>
  Object.fromEntries(metrics.flatMap((metric) => (metric.aggregation ? [[metric.name, metric.aggregation]] : [])));

const withSubs = (subs: Record<string, AggregationRequest>) => (Object.keys(subs).length > 0 ? { aggs: subs } : {});

function levelAggregation(aggregated: AggregatedLevel, subs: Record<string, AggregationRequest>, group: MetricGroup): AggregationRequest {
  const { level, mode } = aggregated;
  if (level.histogram) return { date_histogram: level.histogram, ...withSubs(subs) };
  if (level.spec.type !== 'terms' || !level.order) throw new Error(`bucket level ${level.name} is neither a histogram nor terms`);
  if (mode === 'known') return { terms: { field: level.field.name, size: Math.max(1, aggregated.size ?? 1), order: { _key: 'asc' } }, ...withSubs(subs) };
  const { key, direction, metric } = level.order;
  if (metric && metric.group !== group) throw new Error(`terms level ${level.name} is ordered by a metric of another group`);
  const ordering = metric?.aggregation ? { [metric.name]: metric.aggregation } : {};
  return { terms: { field: level.field.name, size: level.spec.size, order: { [key]: direction } }, ...withSubs({ ...ordering, ...subs }) };
}

/** The search's aggregations: the levels nested outer first, the group's metrics innermost. */
export function buildAggregations(levels: AggregatedLevel[], group: MetricGroup): Record<string, AggregationRequest> {
  let inner = metricAggregations(group.metrics);
  for (let k = levels.length - 1; k >= 0; k--) inner = { [levels[k].level.name]: levelAggregation(levels[k], inner, group) };
  return inner;
}

type BucketLike = TermsBucket | DateHistogramBucket;

/**
 * A metric's value; a count is the documents of the bucket. A unique count and a sum of no
 * documents are 0, as Lens shows them; an average, a minimum and a maximum have none.
 */
function metricValue(metric: PlannedMetric, docCount: number, result: AggregationResult | undefined): CellValue {
  if (metric.spec.operation === 'count') return docCount;
  const value = result && 'value' in result ? result.value : null;
  if (value === null || value === undefined) return metric.spec.operation === 'unique_count' || metric.spec.operation === 'sum' ? 0 : null;
  return value;
}

function readBuckets(result: AggregationResult | undefined, levels: AggregatedLevel[], depth: number, group: MetricGroup): ResultBucket[] {
  const buckets = result && 'buckets' in result ? (result.buckets as BucketLike[]) : [];
  return buckets.map((bucket) => {
    const read = (name: string) => subAggregation(bucket, name);
    return readNode(bucket.key, bucket.doc_count, read, levels, depth + 1, group);
  });
}

function readNode(key: RawKey | undefined, docCount: number, read: (name: string) => AggregationResult | undefined, levels: AggregatedLevel[], depth: number, group: MetricGroup): ResultBucket {
  if (depth < levels.length) return { key, docCount, values: {}, children: readBuckets(read(levels[depth].level.name), levels, depth, group) };
  const values = Object.fromEntries(group.metrics.map((metric) => [metric.name, metricValue(metric, docCount, read(metric.name))]));
  return { key, docCount, values, children: [] };
}

/** The answer as a tree of buckets under a root holding the search's total. */
export function readAggregations(total: number, aggregations: Record<string, AggregationResult> | undefined, levels: AggregatedLevel[], group: MetricGroup): ResultBucket {
  return readNode(undefined, total, (name) => aggregations?.[name], levels, 0, group);
}
