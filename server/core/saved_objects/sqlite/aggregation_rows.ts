/**
 * The rows an aggregation groups: one per matching document and combination of the values of
 * the fields it reads (`ti, obj, c0, c1, …`). A scalar field is read from the row (its indexed
 * expression), an array field joins the values table, so a document with two tags is one row
 * per tag, as Elasticsearch counts a document once per value. When every field is a facet of a
 * find the facets table answers, the rows come from its range and no object row is read.
 */
import { invalidQuery } from '../errors';
import type { FieldInfo } from '../mapping_fields';
import type { FilterValue } from '../types';
import { facetIndexOf } from './facet_plan';
import { facetColumn } from './facet_rows';
import { accessField, type FieldAccess } from './field_access';
import type { FindPlan, TypePart } from './find_plan';
import { joinSql, sql, type SqlFragment } from './sql_text';
import { coerceValue } from './value_coercion';

export interface RowColumn {
  field: string;
  /**
   * Documents without a value: left out (a bucket's key), kept with NULL (a metric's input),
   * or given a value (a terms' `missing`).
   */
  absent: 'drop' | 'keep' | { missing: FilterValue };
  /** Turns the value expression into the column (a date into its epoch); the value itself when absent. */
  expr?: (value: string) => string;
  /** Only rows whose column is one of these (a terms level's chosen keys, as SQL gave them). */
  only?: unknown[];
}

export interface ResolvedColumn {
  info: FieldInfo;
  /** The stored values' mapping type (a multi-field's parent type). */
  valueType: FieldInfo['type'];
  /** Some type of the find holds several values per document in it (the values table). */
  multi: boolean;
}

export interface RowSource {
  /** `SELECT ti, obj, c0, c1, …` over every part of the find. */
  select: SqlFragment;
  columns: ResolvedColumn[];
  /** A document may make several rows with the same columns (several values, or several facet rows). */
  repeats: boolean;
}

/** Restrictions past this many keys bind one JSON array rather than a parameter per key. */
const MAX_INLINE_KEYS = 200;

export function rowSource(plan: FindPlan, columns: RowColumn[]): RowSource {
  const resolved = resolveColumns(plan, columns);
  const facets = facetRows(plan, columns, resolved);
  if (facets) return facets;
  const selects: SqlFragment[] = [];
  let repeats = plan.parts.length > 1;
  plan.parts.forEach((part, ti) => {
    const select = partRows(part, ti, columns, resolved);
    if (!select) return;
    selects.push(select.fragment);
    repeats ||= select.repeats;
  });
  if (selects.length === 0) selects.push(sql(`SELECT 0 AS ti, 0 AS obj, ${columns.map((_, i) => `NULL AS c${i}`).join(', ')} WHERE 0`));
  return { select: joinSql(selects, ' UNION ALL '), columns: resolved, repeats };
}

/** Each field as the first type that maps it reads it; unknown everywhere is a 400. */
function resolveColumns(plan: FindPlan, columns: RowColumn[]): ResolvedColumn[] {
  return columns.map(({ field }) => resolveField(plan, field));
}

export function resolveField(plan: FindPlan, field: string): ResolvedColumn {
  let found: ResolvedColumn | undefined;
  for (const part of plan.parts) {
    const access = accessField(part.scope, field, 'aggregate');
    if (!access) continue;
    found ??= { info: access.info, valueType: access.valueType, multi: false };
    if (access.kind === 'multi') found.multi = true;
  }
  if (!found) throw invalidQuery(`Unknown field [${field}]`);
  return found;
}

function missingValue(column: RowColumn, resolved: ResolvedColumn): SqlFragment | undefined {
  if (typeof column.absent !== 'object') return undefined;
  return sql('?', [coerceValue(resolved.info, column.absent.missing, resolved.valueType)]);
}

/** The column's SQL from the raw value expression, with its conditions. */
function columnSql(column: RowColumn, resolved: ResolvedColumn, value: string, conditions: SqlFragment[]): SqlFragment {
  const missing = missingValue(column, resolved);
  const raw = missing ? sql(`coalesce(${value}, ${missing.sql})`, missing.params) : sql(value);
  if (column.absent === 'drop') conditions.push(sql(`${value} IS NOT NULL`));
  if (column.only) conditions.push(inKeys(raw, column.only));
  return column.expr ? sql(column.expr(raw.sql), raw.params) : raw;
}

function inKeys(value: SqlFragment, keys: unknown[]): SqlFragment {
  if (keys.length === 0) return sql('0');
  if (keys.length > MAX_INLINE_KEYS) return sql(`${value.sql} IN (SELECT value FROM json_each(?))`, [...value.params, JSON.stringify(keys)]);
  return sql(`${value.sql} IN (${keys.map(() => '?').join(', ')})`, [...value.params, ...keys]);
}

function partRows(
  part: TypePart,
  ti: number,
  columns: RowColumn[],
  resolved: ResolvedColumn[],
): { fragment: SqlFragment; repeats: boolean } | undefined {
  const joins: SqlFragment[] = [];
  const conditions: SqlFragment[] = [];
  const selected: SqlFragment[] = [];
  let repeats = false;
  for (const [i, column] of columns.entries()) {
    const access: FieldAccess | null = accessField(part.scope, column.field, 'aggregate');
    if (!access) {
      // A field of another type of the find: these documents have no value for it.
      if (column.absent === 'drop') return undefined;
      selected.push(columnSql(column, resolved[i], 'NULL', conditions));
      continue;
    }
    let value: string;
    if (access.kind === 'scalar') {
      value = access.expr;
    } else {
      repeats = true;
      const alias = `v${i}`;
      const kind = column.absent === 'drop' ? 'JOIN' : 'LEFT JOIN';
      joins.push(sql(`${kind} ${part.scope.schema.values} ${alias} ON ${alias}.rid = t.rid AND ${alias}.field = ?`, [access.source]));
      value = `${alias}.value`;
    }
    selected.push(columnSql(column, resolved[i], value, conditions));
  }
  const select = joinSql(selected.map((s, i) => sql(`${s.sql} AS c${i}`, s.params)), ', ');
  const where = joinSql([part.where, ...conditions], ' AND ');
  const from = joinSql([part.from, ...joins], ' ');
  return {
    fragment: sql(`SELECT ${ti} AS ti, t.rid AS obj, ${select.sql} FROM ${from.sql} WHERE ${where.sql}`, [...select.params, ...from.params, ...where.params]),
    repeats,
  };
}

/**
 * The facets table's range as the rows, when the find has one and every column is a facet:
 * the case list's per-status counts read no case row.
 */
function facetRows(plan: FindPlan, columns: RowColumn[], resolved: ResolvedColumn[]): RowSource | undefined {
  const [part] = plan.parts;
  if (plan.parts.length !== 1 || !part.facets || columns.length === 0) return undefined;
  const selected: SqlFragment[] = [];
  const conditions: SqlFragment[] = [];
  for (const [i, column] of columns.entries()) {
    const access = accessField(part.scope, column.field, 'aggregate');
    const index = access ? facetIndexOf(part.scope, access) : -1;
    if (index < 0) return undefined;
    selected.push(columnSql(column, resolved[i], `f.${facetColumn(index)}`, conditions));
  }
  const { where, distinct } = part.facets;
  const select = joinSql(selected.map((s, i) => sql(`${s.sql} AS c${i}`, s.params)), ', ');
  const allWhere = joinSql([where, ...conditions], ' AND ');
  return {
    select: sql(`SELECT 0 AS ti, f.rid AS obj, ${select.sql} FROM ${part.scope.schema.facetsTable} f WHERE ${allWhere.sql}`, [...select.params, ...allWhere.params]),
    columns: resolved,
    repeats: distinct,
  };
}
