/**
 * Runs a FindPlan: exact totals and one page of rows. One type queries its table directly so
 * SQLite can walk an index in sort order and stop after the page; several types are merged
 * with UNION ALL and sorted on the aliases.
 */
import type { SavedObject } from '../types';
import type { FindPlan, TypePart } from './find_plan';
import { OBJECT_COLUMNS, toSavedObject, type ObjectRow } from './object_rows';
import { keysetAfter, orderBy, type OrderKey } from './order_keys';
import type { SqliteContext } from './sqlite_context';
import type { TypeSchema } from './type_schema';
import { joinSql, sql, type SqlFragment } from './sql_text';

export interface PageRequest {
  limit: number;
  offset: number;
  /** Values of every order key of the last row already returned (finder pages). */
  after?: unknown[];
  fields?: string[];
}

export interface PageRow<T> {
  object: SavedObject<T> & { score?: number };
  /** Values of the order keys, to resume after this row. */
  keyValues: unknown[];
}

type RawRow = ObjectRow & { _ti: number; _score: number | null } & Record<string, unknown>;

export const countQuery = (part: TypePart): SqlFragment =>
  sql(`SELECT count(*) FROM ${part.from.sql} WHERE ${part.where.sql}`, [...part.from.params, ...part.where.params]);

/** A facet range is counted in the facets index alone. */
function facetCountQuery(part: TypePart): SqlFragment | undefined {
  const { facets } = part;
  if (!facets) return undefined;
  const counted = facets.distinct ? 'count(DISTINCT f.rid)' : 'count(*)';
  return sql(`SELECT ${counted} FROM ${part.scope.schema.facetsTable} f WHERE ${facets.where.sql}`, facets.where.params);
}

export function countMatches(ctx: SqliteContext, plan: FindPlan): number {
  let total = 0;
  for (const part of plan.parts) {
    const query = facetCountQuery(part) ?? countQuery(part);
    total += ctx.stmt(query.sql).pluck().get(...query.params) as number;
  }
  return total;
}

function partSelect(part: TypePart, index: number, keys: OrderKey[]): SqlFragment {
  const keyColumns = keys
    .filter((key) => key.alias !== 'id' && key.alias !== '_ti')
    .map((key) => `${key.exprs[index] ?? 'NULL'} AS ${key.alias}`);
  const columns = [`${index} AS _ti`, OBJECT_COLUMNS, `${part.score} AS _score`, ...keyColumns].join(', ');
  return sql(`SELECT ${columns} FROM ${part.from.sql} WHERE ${part.where.sql}`, [...part.from.params, ...part.where.params]);
}

/** The page query, LIMIT and OFFSET excluded. */
export function pageQuery(plan: FindPlan, after?: unknown[]): SqlFragment {
  const { keys } = plan;
  if (plan.parts.length === 1) {
    const raw = (key: OrderKey) => key.exprs[0] ?? 'NULL';
    const base = partSelect(plan.parts[0], 0, keys);
    const condition = after ? keysetAfter(keys, raw, after) : undefined;
    const query = condition ? joinSql([base, condition], ' AND ') : base;
    return sql(`${query.sql} ORDER BY ${orderBy(keys, raw)}`, query.params);
  }
  const union = joinSql(plan.parts.map((part, i) => partSelect(part, i, keys)), ' UNION ALL ');
  const alias = (key: OrderKey) => key.alias;
  const condition = after ? keysetAfter(keys, alias, after) : undefined;
  return sql(
    `SELECT * FROM (${union.sql})${condition ? ` WHERE ${condition.sql}` : ''} ORDER BY ${orderBy(keys, alias)}`,
    [...union.params, ...(condition?.params ?? [])],
  );
}

/**
 * A row of a page as the store holds it: converting it into a SavedObject (model-version
 * migrations included) needs the type's functions, which a read worker does not have, so
 * that step runs where the type registry lives (toPageRows).
 */
export interface RawPageRow {
  type: string;
  row: ObjectRow;
  /** Relevance, when the plan ranks by it. */
  score?: number;
  /** Values of the order keys, to resume after this row. */
  keyValues: unknown[];
}

export function pageRawRows(ctx: SqliteContext, plan: FindPlan, page: Omit<PageRequest, 'fields'>): RawPageRow[] {
  const query = pageQuery(plan, page.after);
  const rows = ctx.stmt(`${query.sql} LIMIT ? OFFSET ?`).all(...query.params, page.limit, page.offset) as RawRow[];
  return rows.map((row) => {
    const { _ti, _score, ...stored } = row;
    const raw: RawPageRow = {
      type: plan.parts[_ti].scope.schema.type.name,
      row: stored as ObjectRow,
      keyValues: plan.keys.map((key) => row[key.alias]),
    };
    if (plan.relevance) raw.score = _score ?? 0;
    return raw;
  });
}

export function toPageRows<T>(schemaOf: (type: string) => TypeSchema, rows: RawPageRow[], fields?: string[]): Array<PageRow<T>> {
  return rows.map((raw) => {
    const object: SavedObject<T> & { score?: number } = toSavedObject<T>(schemaOf(raw.type), raw.row, fields);
    if (raw.score !== undefined) object.score = raw.score;
    return { object, keyValues: raw.keyValues };
  });
}

export function pageRows<T>(ctx: SqliteContext, plan: FindPlan, page: PageRequest): Array<PageRow<T>> {
  return toPageRows<T>((type) => ctx.schemaOf(type), pageRawRows(ctx, plan, page), page.fields);
}
