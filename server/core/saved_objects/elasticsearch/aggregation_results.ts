/**
 * Elasticsearch aggregation responses cut down to the contract's shapes, level by level as the
 * plan nests: each bucket keeps its key and count and carries its sub-results under their names.
 * Keys are typed as the field is, as SQLite returns them: Elasticsearch reports a boolean term
 * as 1/0 (true/false here) and a date term as epoch millis (kept). Anything the cluster left
 * out (an index that does not exist yet answers no aggregations) reads as empty.
 */
import type { LeafFieldType } from '../mapping_fields';
import type { AggregationResult, BucketEntry, DateHistogramBucket, TermsBucket } from '../types';
import type { AggregationPlan, MetricKind, PlannedAggregation } from './aggregations';

interface RawBucket {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
  [subAggregation: string]: unknown;
}

function termsKey(bucket: RawBucket, fieldType: LeafFieldType): TermsBucket['key'] {
  if (fieldType === 'boolean') return bucket.key_as_string === 'true' || bucket.key === 1 || bucket.key === 'true';
  if (fieldType === 'date') return typeof bucket.key === 'number' ? bucket.key : Date.parse(bucket.key_as_string ?? bucket.key);
  return bucket.key;
}

/**
 * Sum and cardinality count what there is, so they are 0 over nothing (Elasticsearch's sum is 0
 * on an empty bucket); avg, min and max have no value to report then.
 */
function metricValue(metric: MetricKind, raw: unknown): number | null {
  const value = (raw as { value?: unknown } | undefined)?.value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return metric === 'sum' || metric === 'cardinality' ? 0 : null;
}

function subResults(children: AggregationPlan, raw: RawBucket): Record<string, BucketEntry> {
  return Object.fromEntries(Object.entries(children).map(([name, planned]) => [name, parseOne(planned, raw[name])]));
}

function parseOne(planned: PlannedAggregation, raw: unknown): AggregationResult {
  if (planned.kind === 'metric') return { value: metricValue(planned.metric, raw) };
  const buckets = ((raw as { buckets?: RawBucket[] } | undefined)?.buckets ?? []) as RawBucket[];
  if (planned.kind === 'terms') {
    return {
      buckets: buckets.map(
        (b): TermsBucket => ({ key: termsKey(b, planned.fieldType), doc_count: b.doc_count, ...subResults(planned.children, b) }),
      ),
    };
  }
  return {
    buckets: buckets.map((b): DateHistogramBucket => {
      const key = Number(b.key);
      return { key, key_as_string: b.key_as_string ?? new Date(key).toISOString(), doc_count: b.doc_count, ...subResults(planned.children, b) };
    }),
  };
}

export function parseAggregations(plan: AggregationPlan, raw: Record<string, unknown> | undefined): Record<string, AggregationResult> {
  return Object.fromEntries(Object.entries(plan).map(([name, planned]) => [name, parseOne(planned, raw?.[name])]));
}
