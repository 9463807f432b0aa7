/**
 * Mappings cannot say whether a field holds arrays, so the data does: the first time an
 * object brings an array on a field's path, the field is recorded as multi-valued, every
 * existing scalar value of it is copied into the values table and its expression index
 * (useless from then on) is dropped. Filters then read that field from the values table only.
 * The set lives in the database so that every process sharing the file agrees on it.
 */
import { copyFieldToFacets } from './facet_rows';
import type { SqliteContext } from './sqlite_context';
import { attributeExpr, jsonPathLiteral, quoteIdent } from './sql_text';
import { expressionIndexName, type TypeSchema } from './type_schema';

export const MULTI_FIELDS_TABLE = 'so_meta_multi_fields';

export function loadMultiFields(ctx: SqliteContext, typeName: string): Set<string> {
  const rows = ctx.stmt(`SELECT field FROM ${MULTI_FIELDS_TABLE} WHERE type = ?`).pluck().all(typeName) as string[];
  return new Set(rows);
}

/** Must run inside the write transaction that brought the first array. */
export function markMultiValued(ctx: SqliteContext, schema: TypeSchema, field: string, multi: Set<string>): void {
  ctx.stmt(`INSERT OR IGNORE INTO ${MULTI_FIELDS_TABLE} (type, field) VALUES (?, ?)`).run(schema.type.name, field);
  const path = jsonPathLiteral(field);
  ctx.db
    .prepare(
      `INSERT OR IGNORE INTO ${schema.values} (field, value, rid)
       SELECT ?, ${attributeExpr(field)}, t.rid FROM ${schema.main} t
       WHERE json_type(t.attributes, ${path}) IN ('text', 'integer', 'real', 'true', 'false')`,
    )
    .run(field);
  copyFieldToFacets(ctx, schema, field);
  ctx.db.exec(`DROP INDEX IF EXISTS ${quoteIdent(expressionIndexName(schema.type.name, field))}`);
  multi.add(field);
  ctx.logger?.debug(`saved objects: field [${schema.type.name}.${field}] holds arrays; indexed as multi-valued`);
}
