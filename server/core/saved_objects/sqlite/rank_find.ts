/**
 * A find ranked by overlap (`rankBy`) on SQLite. The objects holding any of the values, with
 * how many they hold, are one GROUP BY over the values table, each value an index seek of
 * (field, value); the find's own conditions (space, filter) then apply to those rows alone,
 * and the order is that count, most first, then the find's sort. The count and the page read
 * the same matches, so the total is exact.
 */
import { invalidQuery } from '../errors';
import { rankByValues } from '../rank_by';
import type { FindOptions } from '../types';
import { accessField, type FieldAccess } from './field_access';
import type { RawFindResult } from './find_objects';
import { planFind, type TypePart } from './find_plan';
import type { RawPageRow } from './find_rows';
import { OBJECT_COLUMNS, type ObjectRow } from './object_rows';
import { orderBy } from './order_keys';
import type { SqliteContext } from './sqlite_context';
import { sql, type SqlFragment } from './sql_text';

/**
 * `(rid, n)` of every object holding one of the values, `n` how many. The values come as one
 * JSON array so the statement text is the same whatever their number (one cached statement).
 */
function matchesQuery(part: TypePart, access: FieldAccess, values: string[]): SqlFragment {
  const list = JSON.stringify(values);
  if (access.kind === 'multi') {
    return sql(
      `SELECT v.rid, count(*) AS n FROM ${part.scope.schema.values} v WHERE v.field = ? AND v.value IN (SELECT value FROM json_each(?)) GROUP BY v.rid`,
      [access.source, list],
    );
  }
  // No object holds an array there yet: one value per object, read from its expression index.
  return sql(`SELECT t.rid, 1 AS n FROM ${part.scope.schema.main} t WHERE ${access.expr} IN (SELECT value FROM json_each(?))`, [list]);
}

function rankedPart(ctx: SqliteContext, options: FindOptions): { part: TypePart; matches: SqlFragment; keysSql: string } | undefined {
  const { rankBy: _ranked, ...rest } = options;
  const plan = planFind(ctx, rest);
  if (!plan) return undefined;
  if (plan.parts.length !== 1) throw invalidQuery('rankBy ranks the objects of one type');
  const part = plan.parts[0];
  const access = accessField(part.scope, options.rankBy!.field, 'filter');
  if (!access || access.valueType !== 'keyword') throw invalidQuery(`rankBy needs a keyword field, got [${options.rankBy!.field}]`);
  const keys = plan.keys.filter((key) => key.alias !== '_ti');
  return { part, matches: matchesQuery(part, access, rankByValues(options)!), keysSql: orderBy(keys, (key) => key.exprs[0] ?? 'NULL') };
}

/** FROM and WHERE of the ranked matches: `m` the counts, `t` the objects. */
const rankedFrom = (part: TypePart, matches: SqlFragment): SqlFragment =>
  sql(`FROM (${matches.sql}) m JOIN ${part.from.sql} ON t.rid = m.rid WHERE ${part.where.sql}`, [
    ...matches.params,
    ...part.from.params,
    ...part.where.params,
  ]);

export function rankedFindRaw(ctx: SqliteContext, options: FindOptions, page: number, perPage: number): RawFindResult {
  const values = rankByValues(options) ?? [];
  const empty: RawFindResult = { rows: [], total: 0, page, per_page: perPage };
  return ctx.read(() => {
    const ranked = rankedPart(ctx, options);
    if (!ranked || values.length === 0) return empty;
    const from = rankedFrom(ranked.part, ranked.matches);
    const total = ctx.stmt(`SELECT count(*) ${from.sql}`).pluck().get(...from.params) as number;
    const offset = (page - 1) * perPage;
    if (perPage === 0 || total <= offset) return { ...empty, total };
    const query = `SELECT ${OBJECT_COLUMNS}, m.n AS _score ${from.sql} ORDER BY m.n DESC, ${ranked.keysSql} LIMIT ? OFFSET ?`;
    const found = ctx.stmt(query).all(...from.params, perPage, offset) as Array<ObjectRow & { _score: number }>;
    const type = ranked.part.scope.schema.type.name;
    const rows = found.map(({ _score, ...row }): RawPageRow => ({ type, row: row as ObjectRow, score: _score, keyValues: [] }));
    return { rows, total, page, per_page: perPage };
  });
}
