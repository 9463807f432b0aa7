/**
 * Contract aggregations to Elasticsearch and back. Requests map one to one; responses are cut
 * down to the contract's shapes, with keys typed as the field is (Elasticsearch reports a
 * boolean term as 1/0 and a date term as epoch millis; the contract wants true/false and the
 * ISO string SQLite also returns).
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import type { LeafFieldType } from '../mapping_fields';
import type { AggregationRequest, AggregationResult, SavedObjectsType, TermsBucket } from '../types';
import { esFieldForTypes } from './field_paths';

export const DEFAULT_TERMS_SIZE = 10;
export const CARDINALITY_PRECISION_THRESHOLD = 40_000;

interface PlannedAggregation {
  body: estypes.AggregationsAggregationContainer;
  kind: 'terms' | 'metric' | 'date_histogram';
  fieldType: LeafFieldType;
}

export type AggregationPlan = Record<string, PlannedAggregation>;

function requestBody(request: AggregationRequest, field: string): PlannedAggregation['body'] {
  if ('terms' in request) {
    const { size, missing } = request.terms;
    return { terms: { field, size: size ?? DEFAULT_TERMS_SIZE, ...(missing !== undefined ? { missing } : {}) } };
  }
  if ('date_histogram' in request) {
    const { calendar_interval, time_zone } = request.date_histogram;
    // Every bucket from the first to the last holding objects, empty ones included, as SQLite
    // fills them: with min_doc_count 0 (and no extended_bounds) Elasticsearch bounds the
    // histogram by the matched documents' own min and max.
    return { date_histogram: { field, calendar_interval, time_zone: time_zone ?? 'UTC', min_doc_count: 0 } };
  }
  // Counts are exact (up to hash collisions) below the threshold; 40,000 is the most
  // Elasticsearch accepts. Above it they are HyperLogLog estimates, where SQLite stays exact.
  if ('cardinality' in request) return { cardinality: { field, precision_threshold: CARDINALITY_PRECISION_THRESHOLD } };
  if ('avg' in request) return { avg: { field } };
  if ('min' in request) return { min: { field } };
  return { max: { field } };
}

function requestField(request: AggregationRequest): string {
  const [body] = Object.values(request) as Array<{ field: string }>;
  return body.field;
}

function kindOf(request: AggregationRequest): PlannedAggregation['kind'] {
  if ('terms' in request) return 'terms';
  if ('date_histogram' in request) return 'date_histogram';
  return 'metric';
}

export function planAggregations(
  types: SavedObjectsType[],
  aggs: Record<string, AggregationRequest>,
): AggregationPlan {
  const plan: AggregationPlan = {};
  for (const [name, request] of Object.entries(aggs)) {
    const target = esFieldForTypes(types, requestField(request), 'aggregate');
    if (target.nestedPath) {
      throw invalidQuery(`Aggregation [${name}]: field [${requestField(request)}] is inside a nested mapping`);
    }
    plan[name] = { body: requestBody(request, target.field), kind: kindOf(request), fieldType: target.info.type };
  }
  return plan;
}

export const aggregationsBody = (plan: AggregationPlan): Record<string, estypes.AggregationsAggregationContainer> =>
  Object.fromEntries(Object.entries(plan).map(([name, p]) => [name, p.body]));

interface RawBucket {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
}

function termsKey(bucket: RawBucket, fieldType: LeafFieldType): TermsBucket['key'] {
  if (fieldType === 'boolean') return bucket.key_as_string === 'true' || bucket.key === 1;
  if (fieldType === 'date') return bucket.key_as_string ?? new Date(Number(bucket.key)).toISOString();
  return bucket.key;
}

function parseOne(planned: PlannedAggregation, raw: unknown): AggregationResult {
  if (planned.kind === 'metric') {
    const value = (raw as { value?: number | null } | undefined)?.value;
    return { value: typeof value === 'number' ? value : null };
  }
  const buckets = ((raw as { buckets?: RawBucket[] } | undefined)?.buckets ?? []) as RawBucket[];
  if (planned.kind === 'terms') {
    return { buckets: buckets.map((b) => ({ key: termsKey(b, planned.fieldType), doc_count: b.doc_count })) };
  }
  return {
    buckets: buckets.map((b) => ({ key: Number(b.key), key_as_string: b.key_as_string ?? '', doc_count: b.doc_count })),
  };
}

export function parseAggregations(
  plan: AggregationPlan,
  raw: Record<string, unknown> | undefined,
): Record<string, AggregationResult> {
  return Object.fromEntries(Object.entries(plan).map(([name, planned]) => [name, parseOne(planned, raw?.[name])]));
}
