/**
 * Metric aggregations as SQL aggregates over a level's rows, with Elasticsearch's answers for
 * nothing to aggregate: a sum or a distinct count of no value is 0, an average, minimum or
 * maximum is null. Dates aggregate as epoch milliseconds, as Elasticsearch reports them.
 */
import { invalidQuery } from '../errors';
import type { AggregationResult } from '../types';
import type { MetricNode } from './aggregation_tree';
import { resolveField, type ResolvedColumn } from './aggregation_rows';
import type { FindPlan } from './find_plan';
import { isNumericType } from './value_coercion';

export interface MetricInput {
  metric: MetricNode;
  field: ResolvedColumn;
}

export function metricInput(plan: FindPlan, metric: MetricNode): MetricInput {
  const field = resolveField(plan, metric.field);
  const type = field.valueType;
  if (metric.kind === 'sum' && !isNumericType(type)) throw invalidQuery(`[sum] needs a numeric field, [${metric.field}] is not`);
  if ((metric.kind === 'avg' || metric.kind === 'min' || metric.kind === 'max') && !isNumericType(type) && type !== 'date') {
    throw invalidQuery(`[${metric.kind}] needs a numeric or date field, [${metric.field}] is not`);
  }
  return { metric, field };
}

/** The aggregate over column `column` of the level's rows. */
export function metricSelect({ metric, field }: MetricInput, column: string): string {
  if (metric.kind === 'cardinality') return `count(DISTINCT ${column})`;
  // total() is 0.0 over no values, where sum() is NULL.
  if (metric.kind === 'sum') return `total(${column})`;
  const value = field.valueType === 'date' ? `unixepoch(${column}, 'subsec') * 1000` : column;
  return `${metric.kind}(${value})`;
}

/** A value as SQL gave it, as the result carries it. */
export function metricValue({ field }: MetricInput, raw: unknown): number | null {
  if (raw === null || raw === undefined) return null;
  return field.valueType === 'date' ? Math.round(raw as number) : (raw as number);
}

export function metricResult(metric: MetricNode, value: number | null): AggregationResult {
  return value === null ? emptyMetric(metric) : { value };
}

export function emptyMetric(metric: MetricNode): AggregationResult {
  return { value: metric.kind === 'sum' || metric.kind === 'cardinality' ? 0 : null };
}
