/**
 * The facets table of a type that declares facets: one row per object, and every row of its
 * values table (one per array value: a tag, an assignee) again, each with the object's
 * namespace and facet values (owner, status, severity) beside it, under one index
 * (field, value, namespace, f0, f1, …).
 *
 * Why: "cases tagged phishing, high severity, open" with tags in the values table means
 * visiting every case tagged phishing (a tenth of a million cases) and reading its row to
 * test the rest. Here the whole filter is one range of the index, as long as the matches,
 * and a total or a count per status reads no object row at all (facet_plan.ts).
 *
 * The rows are derived from the object's own row and its values rows, in the same write
 * transaction, by the same statement everywhere (one object, one newly multi-valued field,
 * or everything after the declaration changed), so they cannot drift.
 */
import type { SqliteContext } from './sqlite_context';
import { attributeExpr, quoteIdent } from './sql_text';
import type { TypeSchema } from './type_schema';

export const facetColumn = (index: number): string => `f${index}`;

const FACET_ROWS_LAYOUT = 1;

/** The values rows that get facets rows: all but those of the type's unfaceted fields. */
function faceted(schema: TypeSchema, where: string): string {
  if (schema.unfaceted.length === 0) return where;
  const excluded = `v.field NOT IN (${schema.unfaceted.map((field) => `'${field.replace(/'/g, "''")}'`).join(', ')})`;
  return where ? `${where} AND ${excluded}` : `WHERE ${excluded}`;
}

export const hasFacets = (schema: TypeSchema): boolean => schema.facets.length > 0;

/**
 * The row every object has whatever its arrays: field and value empty. A filter on facets
 * alone (owner and status, say) is a range of these rows.
 */
export const OBJECT_ROW_FIELD = '';

const insertInto = (schema: TypeSchema): string =>
  `INSERT INTO ${schema.facetsTable} (field, value, namespace, ${schema.facets.map((_, i) => facetColumn(i)).join(', ')}, rid)`;

const facetExprs = (schema: TypeSchema): string => schema.facets.map((facet) => attributeExpr(facet, 't')).join(', ');

/** Copies values rows into the facets table; `where` narrows the values rows `v`. */
export function copyStatement(schema: TypeSchema, where: string): string {
  return `${insertInto(schema)} SELECT v.field, v.value, t.namespace, ${facetExprs(schema)}, v.rid
    FROM ${schema.values} v JOIN ${schema.main} t ON t.rid = v.rid ${faceted(schema, where)}`;
}

/** Writes the object rows; `where` narrows the objects `t`. */
function objectRowStatement(schema: TypeSchema, where: string): string {
  return `${insertInto(schema)} SELECT '${OBJECT_ROW_FIELD}', '', t.namespace, ${facetExprs(schema)}, t.rid FROM ${schema.main} t ${where}`;
}

/** After the object's values rows were written. */
export function writeFacetRows(ctx: SqliteContext, schema: TypeSchema, rid: number): void {
  if (!hasFacets(schema)) return;
  ctx.stmt(objectRowStatement(schema, 'WHERE t.rid = ?')).run(rid);
  ctx.stmt(copyStatement(schema, 'WHERE v.rid = ?')).run(rid);
}

export function removeFacetRows(ctx: SqliteContext, schema: TypeSchema, rid: number): void {
  if (hasFacets(schema)) ctx.stmt(`DELETE FROM ${schema.facetsTable} WHERE rid = ?`).run(rid);
}

/** A field just turned multi-valued: its existing values rows get their facet rows. */
export function copyFieldToFacets(ctx: SqliteContext, schema: TypeSchema, field: string): void {
  if (hasFacets(schema) && !schema.unfaceted.includes(field)) ctx.db.prepare(copyStatement(schema, 'WHERE v.field = ?')).run(field);
}

export function deleteNamespaceFacetRows(ctx: SqliteContext, schema: TypeSchema, rids: string, namespace: string): void {
  if (hasFacets(schema)) ctx.stmt(`DELETE FROM ${schema.facetsTable} WHERE rid IN (${rids})`).run(namespace);
}

/**
 * Creates the table, or rebuilds it when the declared facets changed (`recorded` is what the
 * database last had, as JSON). Returns what to record.
 */
export function syncFacetTable(ctx: SqliteContext, schema: TypeSchema, recorded: string | null): string {
  // The layout number changes whenever what the rows hold changes, so old tables rebuild.
  const wanted = JSON.stringify({ layout: FACET_ROWS_LAYOUT, facets: schema.facets, ...(schema.unfaceted.length > 0 ? { unfaceted: schema.unfaceted } : {}) });
  const exists = ctx.db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(schema.names.facets) !== undefined;
  if (recorded === wanted && exists === hasFacets(schema)) return wanted;
  ctx.db.exec(`DROP TABLE IF EXISTS ${schema.facetsTable}`);
  if (!hasFacets(schema)) return wanted;
  const columns = schema.facets.map((_, i) => facetColumn(i));
  // A rowid table: facet values may be NULL, which a WITHOUT ROWID key refuses.
  ctx.db.exec(`
    CREATE TABLE ${schema.facetsTable} (field TEXT NOT NULL, value NOT NULL, namespace TEXT NOT NULL, ${columns.join(', ')}, rid INTEGER NOT NULL);
    CREATE INDEX ${quoteIdent(`${schema.names.facets}:range`)} ON ${schema.facetsTable} (field, value, namespace, ${columns.join(', ')}, rid);
    CREATE INDEX ${quoteIdent(`${schema.names.facets}:rid`)} ON ${schema.facetsTable} (rid);
  `);
  ctx.db.prepare(objectRowStatement(schema, '')).run();
  ctx.db.prepare(copyStatement(schema, '')).run();
  ctx.logger?.info(`saved objects: facets of [${schema.type.name}] indexed: ${schema.facets.join(', ')}`);
  return wanted;
}
