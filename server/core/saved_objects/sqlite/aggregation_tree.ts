/**
 * A find's `aggs` read into a checked tree before any SQL is built: every refusal the
 * request's shape alone can earn (an unknown aggregation, nesting past MAX_AGGREGATION_DEPTH
 * bucket levels, a bad interval, a terms order naming no metric) is a 400 here, so the
 * executor only meets requests it can answer. Field checks need the types' mappings: they
 * follow, over the whole tree, in aggregation_levels.ts (checkTreeFields).
 */
import { invalidQuery } from '../errors';
import { MAX_AGGREGATION_DEPTH, type FilterValue, type SortOrder } from '../types';
import { readHistogramBounds, readHistogramInterval, type HistogramInterval } from '../histogram_interval';
import { checkTimeZone } from './date_histogram';

export type MetricKind = 'sum' | 'avg' | 'min' | 'max' | 'cardinality';

export interface MetricNode {
  kind: MetricKind;
  name: string;
  field: string;
}

/** `_count`, `_key`, or a metric sub-aggregation of the same terms, by name. */
export interface TermsOrderKey {
  by: '_count' | '_key' | MetricNode;
  order: SortOrder;
}

interface BucketBase {
  name: string;
  field: string;
  metrics: MetricNode[];
  buckets: BucketNode[];
  /** Names of the sub-aggregations in request order, so results list them as asked. */
  names: string[];
}

export interface TermsNode extends BucketBase {
  kind: 'terms';
  size: number;
  order: TermsOrderKey;
  missing?: FilterValue;
}

export interface HistogramNode extends BucketBase {
  kind: 'date_histogram';
  interval: HistogramInterval;
  timeZone?: string;
  bounds?: { min: number; max: number };
}

export type BucketNode = TermsNode | HistogramNode;

export interface AggregationTree {
  metrics: MetricNode[];
  buckets: BucketNode[];
}

const DEFAULT_TERMS_SIZE = 10;
const METRIC_KINDS = new Set<string>(['sum', 'avg', 'min', 'max', 'cardinality']);
const BUCKET_KINDS = new Set<string>(['terms', 'date_histogram']);
/** A sub-aggregation sits beside these in its bucket, so it cannot take their names. */
const BUCKET_OWN_KEYS = new Set(['key', 'doc_count', 'key_as_string']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function readAggregationTree(aggs: unknown): AggregationTree {
  const { metrics, buckets } = readLevel(aggs, [], false);
  return { metrics, buckets };
}

function readLevel(aggs: unknown, path: string[], nested: boolean): AggregationTree & { names: string[] } {
  if (!isObject(aggs)) throw invalidQuery('aggs must be an object of named aggregations');
  const metrics: MetricNode[] = [];
  const buckets: BucketNode[] = [];
  for (const [name, request] of Object.entries(aggs)) {
    checkName(name, nested);
    const node = readNode(name, request, path);
    if ('metrics' in node) buckets.push(node);
    else metrics.push(node);
  }
  return { metrics, buckets, names: Object.keys(aggs) };
}

function checkName(name: string, nested: boolean): void {
  // Elasticsearch refuses these characters: they build paths to sub-aggregations.
  if (name === '' || /[[\]>]/.test(name)) throw invalidQuery(`Invalid aggregation name [${name}]`);
  if (nested && BUCKET_OWN_KEYS.has(name)) {
    throw invalidQuery(`Invalid aggregation name [${name}]: a sub-aggregation cannot be named key, doc_count or key_as_string`);
  }
}

function readNode(name: string, request: unknown, path: string[]): MetricNode | BucketNode {
  if (!isObject(request)) throw invalidQuery(`Aggregation [${name}] must be an object`);
  const kinds = Object.keys(request).filter((key) => key !== 'aggs');
  if (kinds.length !== 1) {
    throw invalidQuery(`Aggregation [${name}] must name exactly one of terms, date_histogram, cardinality, sum, avg, min, max`);
  }
  const [kind] = kinds;
  const body = request[kind];
  if (!METRIC_KINDS.has(kind) && !BUCKET_KINDS.has(kind)) throw invalidQuery(`Unsupported aggregation [${kind}]`);
  if (!isObject(body)) throw invalidQuery(`Aggregation [${name}] of type [${kind}] needs an object body`);
  const field = body.field;
  if (typeof field !== 'string' || field === '') throw invalidQuery(`Aggregation [${name}] needs a field`);
  if (METRIC_KINDS.has(kind)) {
    if (request.aggs !== undefined) throw invalidQuery(`Aggregation [${name}] of type [${kind}] cannot have sub-aggregations`);
    return { kind: kind as MetricKind, name, field };
  }
  const here = [...path, name];
  if (here.length > MAX_AGGREGATION_DEPTH) {
    throw invalidQuery(
      `Aggregations nest at most ${MAX_AGGREGATION_DEPTH} bucket levels deep: [${here.join('>')}] is ${here.length}`,
    );
  }
  const children = request.aggs === undefined ? { metrics: [], buckets: [], names: [] } : readLevel(request.aggs, here, true);
  const base: BucketBase = { name, field, metrics: children.metrics, buckets: children.buckets, names: children.names };
  return kind === 'terms' ? readTerms(base, body) : readHistogram(base, body);
}

function readTerms(base: BucketBase, body: Record<string, unknown>): TermsNode {
  const size = body.size ?? DEFAULT_TERMS_SIZE;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) throw invalidQuery('terms size must be a positive integer');
  const node: TermsNode = { ...base, kind: 'terms', size, order: readOrder(base, body.order) };
  if (body.missing !== undefined) node.missing = body.missing as FilterValue;
  return node;
}

function readOrder(base: BucketBase, order: unknown): TermsOrderKey {
  if (order === undefined) return { by: '_count', order: 'desc' };
  const entries = isObject(order) ? Object.entries(order) : [];
  if (entries.length !== 1) throw invalidQuery(`terms order of [${base.name}] must be one { key: 'asc' | 'desc' }`);
  const [[key, direction]] = entries;
  if (direction !== 'asc' && direction !== 'desc') throw invalidQuery(`terms order of [${base.name}] must be asc or desc, got [${String(direction)}]`);
  if (key === '_count' || key === '_key') return { by: key, order: direction };
  const metric = base.metrics.find((m) => m.name === key);
  if (!metric) {
    throw invalidQuery(`terms order of [${base.name}] names [${key}], which is neither _count, _key nor a metric sub-aggregation of it`);
  }
  return { by: metric, order: direction };
}

function readHistogram(base: BucketBase, body: Record<string, unknown>): HistogramNode {
  const interval = readHistogramInterval(base.name, body.calendar_interval, body.fixed_interval);
  const node: HistogramNode = { ...base, kind: 'date_histogram', interval };
  if (body.time_zone !== undefined) {
    if (typeof body.time_zone !== 'string') throw invalidQuery(`time_zone of [${base.name}] must be a string`);
    checkTimeZone(body.time_zone);
    node.timeZone = body.time_zone;
  }
  if (body.extended_bounds !== undefined) node.bounds = readHistogramBounds(base.name, body.extended_bounds);
  return node;
}
