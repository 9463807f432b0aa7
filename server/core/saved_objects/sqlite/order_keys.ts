/**
 * Sort order and keyset pagination. Every order ends with the id (then the type, when
 * several types are searched) so that it is total: pages never overlap and the finder can
 * resume strictly after the last row it returned. The id follows the direction of the first
 * sort clause, which lets a (namespace, field, id) index deliver the whole order.
 * Missing values sort last in both directions, as in Elasticsearch.
 */
import { invalidQuery } from '../errors';
import type { FindOptions, SortClause, SortOrder } from '../types';
import { accessField, type QueryScope } from './field_access';
import { joinSql, quoteLiteral, sql, type SqlFragment } from './sql_text';

export interface OrderKey {
  /** Per type: the expression over `t` (null when the field belongs to another type). */
  exprs: Array<string | null>;
  /** Column alias in a multi-type union. */
  alias: string;
  order: SortOrder;
  nullable: boolean;
}

export function sortClauses(options: Pick<FindOptions, 'sort' | 'sortField' | 'sortOrder'>): SortClause[] {
  const clauses = options.sort ?? (options.sortField ? [{ field: options.sortField, order: options.sortOrder ?? 'asc' }] : []);
  for (const clause of clauses) {
    if (typeof clause.field !== 'string' || (clause.order !== 'asc' && clause.order !== 'desc')) {
      throw invalidQuery(`Invalid sort [${JSON.stringify(clause)}]`);
    }
  }
  return clauses;
}

/** Sort on a multi-valued field uses its smallest value ascending, its largest descending. */
export function sortExpr(scope: QueryScope, clause: SortClause): { expr: string; nullable: boolean } | null {
  const access = accessField(scope, clause.field, 'sort');
  if (!access) return null;
  if (access.kind === 'scalar') return { expr: access.expr, nullable: access.nullable };
  const fn = clause.order === 'asc' ? 'min' : 'max';
  return {
    expr: `(SELECT ${fn}(value) FROM ${scope.schema.values} WHERE rid = t.rid AND field = ${quoteLiteral(access.source)})`,
    nullable: true,
  };
}

/** `rankExprs`: per type, the bm25 rank expression when ordering by relevance. */
export function orderKeys(scopes: QueryScope[], clauses: SortClause[], rankExprs?: string[]): OrderKey[] {
  const keys: OrderKey[] = clauses.map((clause, i) => {
    const resolved = scopes.map((scope) => sortExpr(scope, clause));
    return {
      exprs: resolved.map((r) => r?.expr ?? null),
      alias: `_s${i}`,
      order: clause.order,
      nullable: resolved.some((r) => r === null || r.nullable),
    };
  });
  if (rankExprs) keys.push({ exprs: rankExprs, alias: '_rank', order: 'asc', nullable: false });
  const tieOrder = keys[0]?.order ?? 'asc';
  // An explicit sort on id already makes the order total (and an extra key would hide the index).
  const idKey = keys.findIndex((k) => k.exprs.every((e) => e === 't.id'));
  if (idKey >= 0) keys[idKey] = { ...keys[idKey], alias: 'id' };
  else keys.push({ exprs: scopes.map(() => 't.id'), alias: 'id', order: tieOrder, nullable: false });
  if (scopes.length > 1) keys.push({ exprs: scopes.map((_, i) => String(i)), alias: '_ti', order: tieOrder, nullable: false });
  return keys;
}

/** ORDER BY text; `ref` picks the expression of type i or the union alias. */
export function orderBy(keys: OrderKey[], ref: (key: OrderKey) => string): string {
  return keys
    .map((key) => `${ref(key)} ${key.order.toUpperCase()}${key.nullable && key.order === 'asc' ? ' NULLS LAST' : ''}`)
    .join(', ');
}

/**
 * Rows strictly after `values` in the order of `keys`. When no key can be missing and all
 * go one way, a row-value comparison, which SQLite answers with an index seek.
 */
export function keysetAfter(keys: OrderKey[], ref: (key: OrderKey) => string, values: unknown[]): SqlFragment {
  const direction = keys[0].order;
  if (keys.every((k) => !k.nullable && k.order === direction)) {
    const op = direction === 'asc' ? '>' : '<';
    return sql(`(${keys.map(ref).join(', ')}) ${op} (${keys.map(() => '?').join(', ')})`, values);
  }
  const branches: SqlFragment[] = [];
  keys.forEach((key, i) => {
    const after = strictlyAfter(ref(key), key, values[i]);
    if (!after) return;
    const equalities = keys.slice(0, i).map((prev, j) => sql(`${ref(prev)} IS ?`, [values[j]]));
    const joined = joinSql([...equalities, after], ' AND ');
    branches.push(sql(`(${joined.sql})`, joined.params));
  });
  if (branches.length === 0) return sql('0');
  const joined = joinSql(branches, ' OR ');
  return sql(`(${joined.sql})`, joined.params);
}

/** With missing last: after a value come greater (or smaller) values, then the missing. */
function strictlyAfter(expr: string, key: OrderKey, value: unknown): SqlFragment | null {
  if (value === null || value === undefined) return null;
  const op = key.order === 'asc' ? '>' : '<';
  return key.nullable ? sql(`(${expr} ${op} ? OR ${expr} IS NULL)`, [value]) : sql(`${expr} ${op} ?`, [value]);
}
