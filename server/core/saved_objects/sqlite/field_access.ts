/**
 * How a field named in a filter, sort, search or aggregation is read for one type: an
 * indexed expression over the row (root columns, scalar attributes) or the values table
 * (fields that hold arrays).
 */
import { HttpError } from '../../errors';
import { resolveField, ROOT_FIELDS, type FieldInfo, type FieldUse } from '../mapping_fields';
import { attributeExpr } from './sql_text';
import type { TypeSchema } from './type_schema';

/**
 * `valueType`: the mapping type of the stored value, which a multi-field inherits from its
 * parent (`seq.text` is a keyword view of a number: its stored values are numbers).
 */
export type FieldAccess =
  | { kind: 'scalar'; info: FieldInfo; valueType: FieldInfo['type']; expr: string; nullable: boolean }
  | { kind: 'multi'; info: FieldInfo; valueType: FieldInfo['type']; source: string };

/** One type's view of a find: its layout, its multi-valued fields, and the other types asked. */
export interface QueryScope {
  schema: TypeSchema;
  multi: Set<string>;
  /** Every type of the find, this one included: a field of another type is "no match" here. */
  allSchemas: TypeSchema[];
}

/** Root fields read from their column; `origin_id` is NULL on objects that are no copy. */
const ROOT_COLUMNS: Record<string, { expr: string; nullable: boolean }> = {
  id: { expr: 't.id', nullable: false },
  created_at: { expr: 't.created_at', nullable: false },
  updated_at: { expr: 't.updated_at', nullable: false },
  originId: { expr: 't.origin_id', nullable: true },
};

/** Resolves for this type; null when the field belongs to another type of the same find. */
export function resolveInScope(scope: QueryScope, rawPath: string, use: FieldUse): FieldInfo | null {
  try {
    return resolveField(scope.schema.type, scope.schema.fields, rawPath, use);
  } catch (error) {
    if (!(error instanceof HttpError) || scope.allSchemas.length < 2) throw error;
    const elsewhere = scope.allSchemas.some((other) => {
      if (other === scope.schema) return false;
      try {
        resolveField(other.type, other.fields, rawPath, use);
        return true;
      } catch {
        return false;
      }
    });
    if (elsewhere) return null;
    throw error;
  }
}

export function accessFor(scope: QueryScope, info: FieldInfo): FieldAccess {
  const root = ROOT_COLUMNS[info.path];
  if (root && ROOT_FIELDS[info.path] === info) return { kind: 'scalar', info, valueType: info.type, expr: root.expr, nullable: root.nullable };
  const valueType = scope.schema.sourceTypes.get(info.sourcePath) ?? info.type;
  if (scope.multi.has(info.sourcePath)) return { kind: 'multi', info, valueType, source: info.sourcePath };
  return { kind: 'scalar', info, valueType, expr: attributeExpr(info.sourcePath), nullable: true };
}

export function accessField(scope: QueryScope, rawPath: string, use: FieldUse): FieldAccess | null {
  const info = resolveInScope(scope, rawPath, use);
  return info ? accessFor(scope, info) : null;
}
