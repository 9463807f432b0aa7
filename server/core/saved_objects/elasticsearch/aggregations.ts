/**
 * Contract aggregations to Elasticsearch requests. The plan keeps, per aggregation, what the
 * response parser needs (aggregation_results.ts): its kind, the field's type to type term keys
 * with, and the plans of its sub-aggregations. Every check happens here, before a request is
 * sent, so a bad request is the same 400 SQLite answers rather than whatever the cluster says.
 * Saved-object types and document families share it: field paths come from field_paths.ts.
 */
import type { estypes } from '@elastic/elasticsearch';
import { invalidQuery } from '../errors';
import type { LeafFieldType } from '../mapping_fields';
import {
  MAX_AGGREGATION_DEPTH,
  type AggregationRequest,
  type DateHistogramRequest,
  type SavedObjectsType,
} from '../types';
import { dateHistogramBody } from './date_histogram_request';
import { esFieldForTypes } from './field_paths';
import { termsBody, type TermsRequestBody } from './terms_request';

export { parseAggregations } from './aggregation_results';
export { DEFAULT_TERMS_SIZE } from './terms_request';

export const CARDINALITY_PRECISION_THRESHOLD = 40_000;

export type MetricKind = 'cardinality' | 'sum' | 'avg' | 'min' | 'max';
type BucketKind = 'terms' | 'date_histogram';

export type PlannedAggregation =
  | { kind: 'metric'; metric: MetricKind; body: estypes.AggregationsAggregationContainer }
  | { kind: BucketKind; fieldType: LeafFieldType; children: AggregationPlan; body: estypes.AggregationsAggregationContainer };

export type AggregationPlan = Record<string, PlannedAggregation>;

const METRICS = new Set<string>(['cardinality', 'sum', 'avg', 'min', 'max']);
const BUCKETS = new Set<string>(['terms', 'date_histogram']);
const NUMERIC = new Set<LeafFieldType>(['long', 'integer', 'short', 'float', 'double']);
/** A sub-result sits beside these in its bucket, so it may not take their names. */
const BUCKET_FIELDS = new Set(['key', 'doc_count', 'key_as_string']);
/** Elasticsearch reads `>` and brackets in a name as an aggregation path. */
const NAME_PATH_CHARS = /[[\]>]/;

interface Level {
  types: SavedObjectsType[];
  /** Bucket levels above this one. */
  depth: number;
  /** Names from the top down, for messages: `hosts > per_day`. */
  path: string[];
}

function checkName(name: string, level: Level): void {
  if (name.length === 0 || NAME_PATH_CHARS.test(name)) {
    throw invalidQuery(`Invalid aggregation name [${name}]: it must be non-empty, without '[', ']' or '>'`);
  }
  if (level.depth > 0 && BUCKET_FIELDS.has(name)) {
    throw invalidQuery(`Sub-aggregation [${[...level.path, name].join(' > ')}] may not be named key, doc_count or key_as_string`);
  }
}

/** The one kind a request names (beside `aggs`), and its body. */
function kindOf(label: string, request: unknown): { kind: string; body: Record<string, unknown> } {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw invalidQuery(`Aggregation [${label}] must be an object`);
  }
  const kinds = Object.keys(request).filter((key) => key !== 'aggs');
  if (kinds.length !== 1) throw invalidQuery(`Aggregation [${label}] must name exactly one kind, got [${kinds.join(', ')}]`);
  const [kind] = kinds;
  if (!METRICS.has(kind) && !BUCKETS.has(kind)) throw invalidQuery(`Unsupported aggregation [${kind}]`);
  const body = (request as Record<string, unknown>)[kind];
  if (body === null || typeof body !== 'object' || typeof (body as { field?: unknown }).field !== 'string') {
    throw invalidQuery('An aggregation needs a field');
  }
  if (METRICS.has(kind) && 'aggs' in request) {
    throw invalidQuery(`Aggregation [${label}]: a ${kind} aggregation takes no sub-aggregations`);
  }
  return { kind, body: body as Record<string, unknown> };
}

function checkFieldType(kind: string, field: string, type: LeafFieldType): void {
  if (kind === 'date_histogram' && type !== 'date') throw invalidQuery(`date_histogram needs a date field, [${field}] is not`);
  if (kind === 'sum' && !NUMERIC.has(type)) throw invalidQuery(`[sum] needs a numeric field, [${field}] is not`);
  if ((kind === 'avg' || kind === 'min' || kind === 'max') && !NUMERIC.has(type) && type !== 'date') {
    throw invalidQuery(`[${kind}] needs a numeric or date field, [${field}] is not`);
  }
}

function metricBody(kind: MetricKind, field: string): estypes.AggregationsAggregationContainer {
  // Counts are exact (up to hash collisions) below the threshold; 40,000 is the most
  // Elasticsearch accepts. Above it they are HyperLogLog estimates, where SQLite stays exact.
  if (kind === 'cardinality') return { cardinality: { field, precision_threshold: CARDINALITY_PRECISION_THRESHOLD } };
  return { [kind]: { field } };
}

function planOne(name: string, request: AggregationRequest, level: Level): PlannedAggregation {
  checkName(name, level);
  const path = [...level.path, name];
  const label = path.join(' > ');
  const { kind, body } = kindOf(label, request);
  const rawField = body.field as string;
  const target = esFieldForTypes(level.types, rawField, 'aggregate');
  if (target.nestedPath) throw invalidQuery(`Aggregation [${label}]: field [${rawField}] is inside a nested mapping`);
  checkFieldType(kind, rawField, target.info.type);
  if (METRICS.has(kind)) return { kind: 'metric', metric: kind as MetricKind, body: metricBody(kind as MetricKind, target.field) };

  const depth = level.depth + 1;
  if (depth > MAX_AGGREGATION_DEPTH) {
    throw invalidQuery(`Aggregation [${label}] nests bucket aggregations more than ${MAX_AGGREGATION_DEPTH} levels deep`);
  }
  const subRequests = (request as { aggs?: unknown }).aggs;
  const children = planLevel(subRequests ?? {}, { types: level.types, depth, path });
  const aggs = Object.keys(children).length > 0 ? { aggs: aggregationsBody(children) } : {};
  const fieldType = target.info.type;
  if (kind === 'terms') {
    const isMetric = (sub: string) => children[sub]?.kind === 'metric';
    return { kind, fieldType, children, body: { terms: termsBody(label, target.field, body as unknown as TermsRequestBody, isMetric), ...aggs } };
  }
  const histogram = dateHistogramBody(label, target.field, body as unknown as DateHistogramRequest);
  return { kind: 'date_histogram', fieldType, children, body: { date_histogram: histogram, ...aggs } };
}

function planLevel(aggs: unknown, level: Level): AggregationPlan {
  if (aggs === null || typeof aggs !== 'object' || Array.isArray(aggs)) {
    throw invalidQuery(`aggs${level.path.length > 0 ? ` of [${level.path.join(' > ')}]` : ''} must be an object of named aggregations`);
  }
  const plan: AggregationPlan = {};
  for (const [name, request] of Object.entries(aggs as Record<string, AggregationRequest>)) {
    plan[name] = planOne(name, request, level);
  }
  return plan;
}

export const planAggregations = (types: SavedObjectsType[], aggs: Record<string, AggregationRequest>): AggregationPlan =>
  planLevel(aggs, { types, depth: 0, path: [] });

export const aggregationsBody = (plan: AggregationPlan): Record<string, estypes.AggregationsAggregationContainer> =>
  Object.fromEntries(Object.entries(plan).map(([name, planned]) => [name, planned.body]));
