/**
 * Keeps the side tables (values, facets, refs, fts) in step with an object's row. Always called
 * inside the write transaction of the row itself, so they can never drift from it.
 */
import type { SavedObjectReference } from '../types';
import { exactShape, ftsTexts } from './derived_values';
import { removeFacetRows, writeFacetRows } from './facet_rows';
import { markMultiValued } from './multi_fields';
import type { SqliteContext } from './sqlite_context';
import type { TypeSchema } from './type_schema';

export function removeDerived(ctx: SqliteContext, schema: TypeSchema, rid: number): void {
  ctx.stmt(`DELETE FROM ${schema.values} WHERE rid = ?`).run(rid);
  ctx.stmt(`DELETE FROM ${schema.refs} WHERE rid = ?`).run(rid);
  removeFacetRows(ctx, schema, rid);
  if (schema.textColumns.length > 0) ctx.stmt(`DELETE FROM ${schema.fts} WHERE rowid = ?`).run(rid);
}

export function writeDerived(
  ctx: SqliteContext,
  schema: TypeSchema,
  multi: Set<string>,
  rid: number,
  attributes: unknown,
  references: SavedObjectReference[],
): void {
  const insertValue = ctx.stmt(`INSERT OR IGNORE INTO ${schema.values} (field, value, rid) VALUES (?, ?, ?)`);
  for (const source of schema.exactSources) {
    const shape = exactShape(attributes, source);
    if (shape.multi && !multi.has(source)) markMultiValued(ctx, schema, source, multi);
    if (!multi.has(source)) continue;
    for (const value of shape.values) insertValue.run(source, value, rid);
  }
  writeFacetRows(ctx, schema, rid);
  const insertRef = ctx.stmt(`INSERT OR IGNORE INTO ${schema.refs} (ref_type, ref_id, rid) VALUES (?, ?, ?)`);
  for (const ref of references) insertRef.run(ref.type, ref.id, rid);

  const texts = ftsTexts(schema, attributes);
  if (texts) {
    const columns = schema.textColumns.map((c) => c.column);
    ctx
      .stmt(`INSERT INTO ${schema.fts} (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`)
      .run(rid, ...texts);
  }
}
