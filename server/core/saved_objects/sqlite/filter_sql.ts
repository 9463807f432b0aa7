/**
 * Compiles the filter AST to a parameterised SQL condition over `t` (the type's main table).
 * Values are always bound; only field expressions validated against the mappings are
 * spelled into the text, exactly as the expression indexes spell them.
 */
import { HttpError } from '../../errors';
import { invalidQuery } from '../errors';
import type { FilterNode, FilterValue } from '../types';
import { accessField, type FieldAccess, type QueryScope } from './field_access';
import { FALSE_SQL, joinSql, sql, TRUE_SQL, type SqlFragment } from './sql_text';
import { coerceValue, prefixUpperBound } from './value_coercion';

type Leaf = Exclude<FilterNode, { op: 'and' | 'or' | 'not' }>;

export function compileFilter(node: FilterNode, scope: QueryScope): SqlFragment {
  if (!node || typeof node !== 'object') throw invalidQuery('A filter node must be an object');
  switch (node.op) {
    case 'and':
    case 'or': {
      if (!Array.isArray(node.nodes)) throw invalidQuery(`[${node.op}] needs an array of nodes`);
      if (node.nodes.length === 0) return node.op === 'and' ? TRUE_SQL : FALSE_SQL;
      const parts = node.nodes.map((child) => compileFilter(child, scope));
      const joined = joinSql(parts, node.op === 'and' ? ' AND ' : ' OR ');
      return sql(`(${joined.sql})`, joined.params);
    }
    case 'not': {
      // A missing field makes a comparison NULL; NOT NULL is NULL, yet "not X" must match it.
      const inner = compileFilter(node.node, scope);
      return sql(`NOT coalesce((${inner.sql}), 0)`, inner.params);
    }
    case 'term':
    case 'terms':
    case 'range':
    case 'exists':
    case 'prefix':
      return compileLeaf(node, scope);
    default:
      throw invalidQuery(`Unknown filter operator [${String((node as { op?: unknown }).op)}]`);
  }
}

function compileLeaf(node: Leaf, scope: QueryScope): SqlFragment {
  if (typeof node.field !== 'string') throw invalidQuery(`[${node.op}] needs a field`);
  const access = accessField(scope, node.field, 'filter');
  if (!access) return FALSE_SQL;
  const condition = valueCondition(node, access);
  if (!condition) return FALSE_SQL;
  return applyToField(access, condition, scope.schema.values);
}

/** A condition over `{v}`, the placeholder for the field's value. */
export function valueCondition(node: Leaf, access: FieldAccess): SqlFragment | null {
  const coerce = (value: FilterValue) => coerceValue(access.info, value, access.valueType);
  switch (node.op) {
    case 'term':
      return sql('{v} = ?', [coerce(node.value)]);
    case 'terms': {
      if (!Array.isArray(node.values)) throw invalidQuery('[terms] needs an array of values');
      if (node.values.length === 0) return null;
      return sql(`{v} IN (${node.values.map(() => '?').join(', ')})`, node.values.map(coerce));
    }
    case 'range':
      return rangeCondition(node, coerce);
    case 'exists':
      return sql('{v} IS NOT NULL');
    case 'prefix': {
      if (typeof node.value !== 'string') throw invalidQuery('[prefix] needs a string value');
      return sql('({v} >= ? AND {v} < ?)', [node.value, prefixUpperBound(node.value)]);
    }
  }
}

function rangeCondition(
  node: Extract<FilterNode, { op: 'range' }>,
  coerce: (value: FilterValue) => string | number,
): SqlFragment {
  const ops = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
  const parts: SqlFragment[] = [];
  for (const key of Object.keys(ops) as Array<keyof typeof ops>) {
    const bound = node[key];
    if (bound !== undefined) parts.push(sql(`{v} ${ops[key]} ?`, [coerce(bound)]));
  }
  if (parts.length === 0) throw new HttpError(400, `[range] on [${node.field}] needs gt, gte, lt or lte`);
  const joined = joinSql(parts, ' AND ');
  return sql(`(${joined.sql})`, joined.params);
}

/** Scalar: the condition on the indexed expression. Multi: any flattened value matches. */
export function applyToField(access: FieldAccess, condition: SqlFragment, valuesTable: string): SqlFragment {
  if (access.kind === 'scalar') return sql(condition.sql.split('{v}').join(access.expr), condition.params);
  return sql(
    `t.rid IN (SELECT rid FROM ${valuesTable} WHERE field = ? AND ${condition.sql.split('{v}').join('value')})`,
    [access.source, ...condition.params],
  );
}
