/**
 * Bucket aggregations level by level, one GROUP BY per bucket aggregation of the request, not
 * one query per bucket. A level groups the rows by its ancestors' keys and its own, restricted
 * to the keys its terms ancestors chose (each ancestor's set; a tuple outside the chosen ones
 * is dropped here), and computes its metrics in the same statement. Then each parent's top
 * terms are picked, or its histogram filled, in JavaScript, from at most a few thousand groups.
 *
 * So Lens' "top 10 hosts, per day" is two statements: the hosts' counts, then the days of the
 * ten chosen hosts; and "per day, top 10 hosts" is the days, then (day, host) counts, the top
 * ten of each day picked from them: Elasticsearch's per-bucket top-N, exactly.
 */
import type { FieldInfo } from '../mapping_fields';
import type { AggregationResult, DateHistogramBucket, TermsBucket } from '../types';
import type { AggregationTree, BucketNode, HistogramNode, MetricNode, TermsNode } from './aggregation_tree';
import { emptyMetric, metricInput, metricResult, metricSelect, metricValue, type MetricInput } from './aggregation_metrics';
import { rowSource, resolveField, type RowColumn } from './aggregation_rows';
import { histogramBucket, histogramStarts } from './date_histogram';
import { epochSql, histogramKeySql, keyToStart } from './histogram_sql';
import { invalidQuery } from '../errors';
import type { FindPlan } from './find_plan';
import type { SqliteContext } from './sqlite_context';
import { sql, type SqlFragment } from './sql_text';

type RawKey = string | number | null;

/** A bucket aggregation above the level being computed, with the keys it chose. */
interface Ancestor {
  node: BucketNode;
  /** The SQL keys kept at that level (terms); undefined for a histogram, which keeps all. */
  chosen?: RawKey[];
}

/** One group of a level: its keys (ancestors' then its own), count and metric values. */
interface Group {
  keys: RawKey[];
  count: number;
  metrics: Map<string, number | null>;
}

type Bucket = TermsBucket | DateHistogramBucket;

/** Where a level's results go: the parent bucket of each ancestor key tuple (the root's is `[]`). */
type Parents = Map<string, Bucket | null>;

const tupleId = (keys: RawKey[]): string => JSON.stringify(keys);

export function rootMetrics(ctx: SqliteContext, plan: FindPlan, metrics: MetricNode[]): Map<string, AggregationResult> {
  const groups = runLevel(ctx, plan, [], [], metrics);
  const [group] = groups;
  return new Map(metrics.map((metric) => [metric.name, group ? metricResult(metric, group.metrics.get(metric.name) ?? null) : emptyMetric(metric)]));
}

/** The results of a root bucket aggregation, with everything under it. */
export function rootBuckets(ctx: SqliteContext, plan: FindPlan, node: BucketNode): AggregationResult {
  const parents: Parents = new Map([[tupleId([]), null]]);
  const results = new Map<string, AggregationResult>();
  runBucketLevel(ctx, plan, node, [], parents, (parent, result) => results.set(parent, result));
  return results.get(tupleId([])) ?? emptyBuckets(node);
}

/**
 * Computes `node` under every parent tuple of `parents`, hands each parent its result, then
 * recurses into the node's bucket sub-aggregations under the buckets it made.
 */
function runBucketLevel(
  ctx: SqliteContext,
  plan: FindPlan,
  node: BucketNode,
  ancestors: Ancestor[],
  parents: Parents,
  deliver: (parentId: string, result: AggregationResult) => void,
): void {
  const keyColumns = [...ancestors.map((a) => keyColumn(a.node, a.chosen)), keyColumn(node)];
  const keyType = checkKeyFields(plan, node);
  const groups = runLevel(ctx, plan, ancestors.map((a) => a.node).concat(node), keyColumns, node.metrics);
  const byParent = new Map<string, Group[]>();
  for (const group of groups) {
    const id = tupleId(group.keys.slice(0, -1));
    if (!parents.has(id)) continue;
    let list = byParent.get(id);
    if (!list) byParent.set(id, (list = []));
    list.push(group);
  }
  // Buckets this level made, by their full key tuple: the parents of the next level.
  const made: Parents = new Map();
  const chosen = new Set<RawKey>();
  for (const parentId of parents.keys()) {
    const own = byParent.get(parentId) ?? [];
    const parentKeys = JSON.parse(parentId) as RawKey[];
    const buckets = node.kind === 'terms' ? termsBuckets(node, own, keyType) : histogramBuckets(node, own);
    for (const { bucket, group } of buckets) {
      for (const metric of node.metrics) {
        bucket[metric.name] = group ? metricResult(metric, group.metrics.get(metric.name) ?? null) : emptyMetric(metric);
      }
      if (group) {
        made.set(tupleId([...parentKeys, group.keys[group.keys.length - 1]]), bucket);
        chosen.add(group.keys[group.keys.length - 1]);
      } else {
        fillEmpty(node, bucket);
      }
    }
    deliver(parentId, { buckets: buckets.map((b) => b.bucket) } as AggregationResult);
  }
  const nextAncestors = [...ancestors, { node, chosen: node.kind === 'terms' ? [...chosen] : undefined }];
  for (const child of node.buckets) {
    if (made.size === 0) break;
    runBucketLevel(ctx, plan, child, nextAncestors, made, (parentId, result) => {
      const bucket = made.get(parentId);
      if (bucket) bucket[child.name] = result;
    });
  }
  for (const bucket of made.values()) if (bucket) orderKeys(bucket, node.names);
}

/**
 * Every field of the tree, checked before the first statement: a sub-aggregation under
 * buckets that turn out empty is refused as surely as one that runs.
 */
export function checkTreeFields(plan: FindPlan, tree: AggregationTree): void {
  const walk = (nodes: BucketNode[]) => {
    for (const node of nodes) {
      checkKeyFields(plan, node);
      for (const metric of node.metrics) metricInput(plan, metric);
      walk(node.buckets);
    }
  };
  for (const metric of tree.metrics) metricInput(plan, metric);
  walk(tree.buckets);
}

/** A level key's stored type; a histogram needs a date field. */
function checkKeyFields(plan: FindPlan, node: BucketNode): FieldInfo['type'] {
  const resolved = resolveField(plan, node.field);
  if (node.kind === 'date_histogram' && resolved.valueType !== 'date') throw invalidQuery(`date_histogram needs a date field, [${node.field}] is not`);
  return resolved.valueType;
}

function keyColumn(node: BucketNode, chosen?: RawKey[]): RowColumn {
  if (node.kind === 'terms') {
    return { field: node.field, absent: node.missing === undefined ? 'drop' : { missing: node.missing }, only: chosen };
  }
  return { field: node.field, absent: 'drop', expr: (value) => epochSql(value, node.interval) };
}

/** The SQL of a level's key over its row column `c<i>` (a histogram's bucket key from the epoch). */
function keySql(node: BucketNode, column: string): string {
  return node.kind === 'terms' ? column : histogramKeySql(column, node.interval, node.timeZone);
}

/**
 * One GROUP BY over the level's keys with its metrics. Metrics over a field some type holds
 * as an array get a statement of their own: joining their values would repeat the level's rows.
 */
function runLevel(ctx: SqliteContext, plan: FindPlan, path: BucketNode[], keyColumns: RowColumn[], metrics: MetricNode[]): Group[] {
  const inputs = metrics.map((metric) => metricInput(plan, metric));
  const shared = inputs.filter((input) => !input.field.multi);
  const own = inputs.filter((input) => input.field.multi);
  const groups = new Map<string, Group>();
  // Only the counted statement makes groups under buckets: a metric's rows add to them.
  const merge = (rows: Group[], create: boolean) => {
    for (const row of rows) {
      const group = groups.get(tupleId(row.keys));
      if (group) for (const [name, value] of row.metrics) group.metrics.set(name, value);
      else if (create) groups.set(tupleId(row.keys), row);
    }
  };
  if (path.length > 0 || shared.length > 0) merge(groupRows(ctx, plan, path, keyColumns, shared, true), true);
  for (const input of own) merge(groupRows(ctx, plan, path, keyColumns, [input], false), path.length === 0);
  return [...groups.values()];
}

function groupRows(
  ctx: SqliteContext,
  plan: FindPlan,
  path: BucketNode[],
  keyColumns: RowColumn[],
  inputs: MetricInput[],
  counted: boolean,
): Group[] {
  const columns: RowColumn[] = [...keyColumns, ...inputs.map((input) => ({ field: input.metric.field, absent: 'keep' as const }))];
  const source = rowSource(plan, columns);
  const keys = path.map((node, i) => `${keySql(node, `c${i}`)} AS k${i}`);
  const metricColumns = inputs.map((_, j) => `c${path.length + j} AS m${j}`);
  const inner = [...keys, ...metricColumns];
  const distinct = source.repeats || inputs.some((input) => input.field.multi) ? 'DISTINCT ti, obj, ' : '';
  // A histogram's rows stay a subquery (LIMIT -1 keeps SQLite from flattening it): each row's
  // epoch is parsed once however often the bucket expression reads it, and the date is read
  // from an index holding it rather than from the row. Terms alone are flattened into the
  // grouping, so an index ordered by the key (or holding it and the filter's fields) answers
  // them with no sort and no row read.
  const keep = path.some((node) => node.kind === 'date_histogram') ? ' LIMIT -1' : '';
  const rows: SqlFragment = sql(
    `SELECT ${distinct}${inner.length > 0 ? inner.join(', ') : '1 AS one'} FROM (${source.select.sql}${keep})`,
    source.select.params,
  );
  const groupBy = path.map((_, i) => `k${i}`);
  const selects = [...groupBy, counted ? 'count(*) AS n' : '0 AS n', ...inputs.map((input, j) => `${metricSelect(input, `m${j}`)} AS a${j}`)];
  const text = `SELECT ${selects.join(', ')} FROM (${rows.sql})${groupBy.length > 0 ? ` GROUP BY ${groupBy.join(', ')}` : ''}`;
  const found = ctx.stmt(text).raw(true).all(...rows.params) as unknown[][];
  return found.map((row) => ({
    keys: row.slice(0, path.length) as RawKey[],
    count: row[path.length] as number,
    metrics: new Map(inputs.map((input, j) => [input.metric.name, metricValue(input, row[path.length + 1 + j])])),
  }));
}

function termsBuckets(node: TermsNode, groups: Group[], type: FieldInfo['type']): Array<{ bucket: Bucket; group?: Group }> {
  const entries = groups.map((group) => ({ group, key: termKey(type, group.keys[group.keys.length - 1] as string | number) }));
  const { by, order } = node.order;
  const sign = order === 'asc' ? 1 : -1;
  entries.sort((a, b) => {
    if (by === '_key') return sign * compareKeys(a.key, b.key);
    if (by === '_count') return sign * (a.group.count - b.group.count) || compareKeys(a.key, b.key);
    const [x, y] = [a.group.metrics.get(by.name) ?? null, b.group.metrics.get(by.name) ?? null];
    // A bucket without a value sorts last either way, as Elasticsearch puts NaN last.
    if (x === null || y === null) return x === y ? compareKeys(a.key, b.key) : x === null ? 1 : -1;
    return sign * (x - y) || compareKeys(a.key, b.key);
  });
  return entries.slice(0, node.size).map(({ group, key }) => ({ bucket: { key, doc_count: group.count }, group }));
}

function histogramBuckets(node: HistogramNode, groups: Group[]): Array<{ bucket: Bucket; group?: Group }> {
  const toStart = keyToStart(node.interval, node.timeZone);
  const byStart = new Map<number, Group>();
  for (const group of groups) {
    const key = group.keys[group.keys.length - 1];
    // A stored text that is no date has no epoch, so no bucket.
    if (key !== null) byStart.set(toStart(key), group);
  }
  const starts = histogramStarts([...byStart.keys()], node.interval, node.timeZone, node.bounds);
  return starts.map((start) => {
    const group = byStart.get(start);
    return { bucket: histogramBucket(start, group?.count ?? 0, node.timeZone), group };
  });
}

/** The result of a bucket aggregation with no documents: buckets only when extended_bounds ask for them. */
function emptyBuckets(node: BucketNode): AggregationResult {
  if (node.kind === 'terms' || !node.bounds) return { buckets: [] } as AggregationResult;
  const buckets = histogramStarts([], node.interval, node.timeZone, node.bounds).map((start) => {
    const bucket = histogramBucket(start, 0, node.timeZone);
    for (const metric of node.metrics) bucket[metric.name] = emptyMetric(metric);
    fillEmpty(node, bucket);
    return bucket;
  });
  return { buckets };
}

/** An empty bucket's sub-aggregations, as Elasticsearch reports them under a bucket with no documents. */
function fillEmpty(node: BucketNode, bucket: Bucket): void {
  for (const child of node.buckets) bucket[child.name] = emptyBuckets(child);
  orderKeys(bucket, node.names);
}

/** Sub-results in the order the request named them, after key and doc_count. */
function orderKeys(bucket: Bucket, names: string[]): void {
  for (const name of names) {
    const value = bucket[name];
    delete bucket[name];
    bucket[name] = value;
  }
}

function termKey(type: FieldInfo['type'], value: string | number): TermsBucket['key'] {
  if (type === 'boolean') return value === 1;
  if (type === 'date' && typeof value === 'string') return Date.parse(value);
  return value;
}

/** Numbers before strings (a find over several types may mix them), then natural order. */
function compareKeys(x: TermsBucket['key'], y: TermsBucket['key']): number {
  if (typeof x === typeof y) return x < y ? -1 : x > y ? 1 : 0;
  return typeof x === 'number' ? -1 : 1;
}
