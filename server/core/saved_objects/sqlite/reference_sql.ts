/** hasReference: a seek on the refs table's (ref_type, ref_id) key per reference asked. */
import { invalidQuery } from '../errors';
import type { HasReference } from '../types';
import { joinSql, sql, type SqlFragment } from './sql_text';
import type { TypeSchema } from './type_schema';

export function hasReferenceCondition(
  schema: TypeSchema,
  hasReference: HasReference | HasReference[] | undefined,
  operator: 'AND' | 'OR' = 'OR',
): SqlFragment | undefined {
  if (hasReference === undefined) return undefined;
  const refs = Array.isArray(hasReference) ? hasReference : [hasReference];
  if (refs.length === 0) return undefined;
  for (const ref of refs) {
    if (!ref || typeof ref.type !== 'string' || typeof ref.id !== 'string') {
      throw invalidQuery('hasReference needs a type and an id');
    }
  }
  if (operator === 'AND') {
    return joinSql(
      refs.map((ref) => sql(`t.rid IN (SELECT rid FROM ${schema.refs} WHERE ref_type = ? AND ref_id = ?)`, [ref.type, ref.id])),
      ' AND ',
    );
  }
  if (operator !== 'OR') throw invalidQuery(`Invalid hasReferenceOperator [${String(operator)}]`);
  const any = joinSql(
    refs.map((ref) => sql('(ref_type = ? AND ref_id = ?)', [ref.type, ref.id])),
    ' OR ',
  );
  return sql(`t.rid IN (SELECT rid FROM ${schema.refs} WHERE ${any.sql})`, any.params);
}
