/**
 * Aggregations over the documents a find matches, in Elasticsearch's result shapes. Each
 * one reads (doc, value) pairs of its field: a scalar from the row, an array field from the
 * values table, so terms over `tags` count documents per tag.
 */
import { invalidQuery } from '../errors';
import type { FieldInfo } from '../mapping_fields';
import type { AggregationRequest, AggregationResult, FilterValue, TermsBucket } from '../types';
import { checkHistogramRequest, histogramBuckets, sqlGroupFormat } from './date_histogram';
import { facetIndexOf } from './facet_plan';
import { facetColumn } from './facet_rows';
import { accessField, type FieldAccess } from './field_access';
import type { FindPlan } from './find_plan';
import type { SqliteContext } from './sqlite_context';
import { joinSql, sql, type SqlFragment } from './sql_text';
import { coerceValue } from './value_coercion';

const NUMERIC = new Set(['long', 'integer', 'short', 'float', 'double']);
const DEFAULT_TERMS_SIZE = 10;

interface FieldValues {
  /** `vals(ti, obj, value)`: one row per (document, value) of the matching documents. */
  cte: SqlFragment;
  info: FieldInfo;
  /** The stored values' mapping type (a multi-field's parent type). */
  valueType: FieldInfo['type'];
  multi: boolean;
}

/** A facet of a find the facets table answers: its values come from the range itself. */
function facetValues(plan: FindPlan, field: string): FieldValues | undefined {
  const [part] = plan.parts;
  if (plan.parts.length !== 1 || !part.facets) return undefined;
  const access = accessField(part.scope, field, 'aggregate');
  const index = access ? facetIndexOf(part.scope, access) : -1;
  if (!access || index < 0) return undefined;
  const column = `f.${facetColumn(index)}`;
  const { where, distinct } = part.facets;
  return {
    cte: sql(
      `WITH vals(ti, obj, value) AS (SELECT 0, f.rid, ${column} FROM ${part.scope.schema.facetsTable} f WHERE ${where.sql} AND ${column} IS NOT NULL) `,
      where.params,
    ),
    info: access.info,
    valueType: access.valueType,
    multi: distinct,
  };
}

function fieldValues(plan: FindPlan, field: string): FieldValues {
  if (typeof field !== 'string') throw invalidQuery('An aggregation needs a field');
  const facet = facetValues(plan, field);
  if (facet) return facet;
  const selects: SqlFragment[] = [];
  let info: FieldInfo | undefined;
  let valueType: FieldInfo['type'] = 'keyword';
  let multi = false;
  plan.parts.forEach((part, i) => {
    const access: FieldAccess | null = accessField(part.scope, field, 'aggregate');
    if (!access) return;
    if (!info) [info, valueType] = [access.info, access.valueType];
    const where = part.where;
    if (access.kind === 'scalar') {
      selects.push(sql(
        `SELECT ${i} AS ti, t.rid AS obj, ${access.expr} AS value FROM ${part.from.sql} WHERE ${where.sql} AND ${access.expr} IS NOT NULL`,
        [...part.from.params, ...where.params],
      ));
    } else {
      multi = true;
      selects.push(sql(
        `SELECT ${i} AS ti, t.rid AS obj, v.value AS value FROM ${part.from.sql} JOIN ${part.scope.schema.values} v ON v.rid = t.rid AND v.field = ? WHERE ${where.sql}`,
        [...part.from.params, access.source, ...where.params],
      ));
    }
  });
  if (!info) throw invalidQuery(`Unknown field [${field}]`);
  const union = joinSql(selects, ' UNION ALL ');
  return { cte: sql(`WITH vals(ti, obj, value) AS (${union.sql}) `, union.params), info, valueType, multi: multi || plan.parts.length > 1 };
}

export function runAggregations(
  ctx: SqliteContext,
  plan: FindPlan,
  aggs: Record<string, AggregationRequest>,
  total: number,
): Record<string, AggregationResult> {
  const results: Record<string, AggregationResult> = {};
  for (const [name, request] of Object.entries(aggs)) {
    results[name] = runOne(ctx, plan, request, total);
  }
  return results;
}

function runOne(ctx: SqliteContext, plan: FindPlan, request: AggregationRequest, total: number): AggregationResult {
  const query = (values: FieldValues, select: string, ...extra: unknown[]) =>
    ctx.stmt(`${values.cte.sql}${select}`).all(...values.cte.params, ...extra) as Array<Record<string, unknown>>;
  if ('terms' in request) return terms(plan, request.terms, total, query);
  if ('cardinality' in request) {
    const values = fieldValues(plan, request.cardinality.field);
    return { value: query(values, 'SELECT count(DISTINCT value) AS v FROM vals')[0].v as number };
  }
  if ('date_histogram' in request) {
    const { field, calendar_interval: interval, time_zone: timeZone } = request.date_histogram;
    const checked = checkHistogramRequest(interval, timeZone);
    const values = fieldValues(plan, field);
    if (values.valueType !== 'date') throw invalidQuery(`date_histogram needs a date field, [${field}] is not`);
    const docs = values.multi ? "count(DISTINCT ti || ':' || obj)" : 'count(*)';
    const rows = query(values, `SELECT strftime(?, value) AS k, ${docs} AS c FROM vals GROUP BY k`, sqlGroupFormat(checked, timeZone));
    const counts = rows.filter((r) => r.k !== null).map((r) => ({ epoch: Date.parse(r.k as string), count: r.c as number }));
    return { buckets: histogramBuckets(counts, checked, timeZone) };
  }
  const [kind, body] = Object.entries(request)[0] ?? [];
  if (kind !== 'avg' && kind !== 'min' && kind !== 'max') throw invalidQuery(`Unsupported aggregation [${String(kind)}]`);
  return metric(plan, kind, (body as { field: string }).field, query);
}

type Query = (values: FieldValues, select: string, ...extra: unknown[]) => Array<Record<string, unknown>>;

/** Dates aggregate as epoch milliseconds, as Elasticsearch reports them. */
function metric(plan: FindPlan, kind: 'avg' | 'min' | 'max', field: string, query: Query): AggregationResult {
  const values = fieldValues(plan, field);
  const type = values.valueType;
  if (!NUMERIC.has(type) && type !== 'date') throw invalidQuery(`[${kind}] needs a numeric or date field, [${field}] is not`);
  const expr = type === 'date' ? "unixepoch(value, 'subsec') * 1000" : 'value';
  const value = query(values, `SELECT ${kind}(${expr}) AS v FROM vals`)[0].v as number | null;
  return { value: value === null ? null : type === 'date' ? Math.round(value) : value };
}

function terms(
  plan: FindPlan,
  request: { field: string; size?: number; missing?: FilterValue },
  total: number,
  query: Query,
): AggregationResult {
  const size = request.size ?? DEFAULT_TERMS_SIZE;
  if (!Number.isInteger(size) || size < 1) throw invalidQuery('terms size must be a positive integer');
  const values = fieldValues(plan, request.field);
  const docs = values.multi ? "count(DISTINCT ti || ':' || obj)" : 'count(*)';
  const rows = query(values, `SELECT value AS k, ${docs} AS c FROM vals GROUP BY value ORDER BY c DESC, value ASC LIMIT ?`, size);
  const buckets: TermsBucket[] = rows.map((r) => ({ key: termKey(values.valueType, r.k as string | number), doc_count: r.c as number }));
  if (request.missing !== undefined) {
    const withValue = query(values, `SELECT ${values.multi ? "count(DISTINCT ti || ':' || obj)" : 'count(*)'} AS c FROM vals`)[0].c as number;
    const missing = total - withValue;
    if (missing > 0) mergeMissing(buckets, termKey(values.valueType, coerceValue(values.info, request.missing, values.valueType)), missing);
  }
  buckets.sort(compareBuckets);
  return { buckets: buckets.slice(0, size) };
}

function mergeMissing(buckets: TermsBucket[], key: TermsBucket['key'], count: number): void {
  const existing = buckets.find((b) => b.key === key);
  if (existing) existing.doc_count += count;
  else buckets.push({ key, doc_count: count });
}

function termKey(type: FieldInfo['type'], value: string | number): TermsBucket['key'] {
  if (type === 'boolean') return value === 1;
  if (type === 'date' && typeof value === 'string') return Date.parse(value);
  return value;
}

function compareBuckets(a: TermsBucket, b: TermsBucket): number {
  if (a.doc_count !== b.doc_count) return b.doc_count - a.doc_count;
  const [x, y] = [a.key, b.key];
  if (typeof x === typeof y) return x < y ? -1 : x > y ? 1 : 0;
  return typeof x === 'number' ? -1 : 1;
}
