/**
 * Aggregations over the documents a find matches, in Elasticsearch's result shapes: the
 * request is read into a checked tree (aggregation_tree.ts), the root's metrics are one
 * statement, and each bucket aggregation with its sub-aggregations is computed level by level
 * (aggregation_levels.ts) over the rows of aggregation_rows.ts.
 */
import type { AggregationRequest, AggregationResult } from '../types';
import { checkTreeFields, rootBuckets, rootMetrics } from './aggregation_levels';
import { readAggregationTree } from './aggregation_tree';
import type { FindPlan } from './find_plan';
import type { SqliteContext } from './sqlite_context';

/** `total` is the find's match count; aggregations count their own documents, so it is unused. */
export function runAggregations(
  ctx: SqliteContext,
  plan: FindPlan,
  aggs: Record<string, AggregationRequest>,
  _total?: number,
): Record<string, AggregationResult> {
  const tree = readAggregationTree(aggs);
  checkTreeFields(plan, tree);
  const metrics = tree.metrics.length > 0 ? rootMetrics(ctx, plan, tree.metrics) : new Map<string, AggregationResult>();
  const results: Record<string, AggregationResult> = {};
  for (const name of Object.keys(aggs)) {
    const bucket = tree.buckets.find((node) => node.name === name);
    results[name] = bucket ? rootBuckets(ctx, plan, bucket) : (metrics.get(name) as AggregationResult);
  }
  return results;
}
