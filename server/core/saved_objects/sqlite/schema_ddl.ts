/**
 * Creates or brings up to date the tables and indexes of every registered type. Idempotent:
 * run at every start, it adds indexes for new fields, drops those of removed fields and
 * rebuilds a type's FTS table when its text fields changed.
 */
import { ftsTexts } from './derived_values';
import { syncFacetTable } from './facet_rows';
import { loadMultiFields, MULTI_FIELDS_TABLE } from './multi_fields';
import type { SqliteContext } from './sqlite_context';
import { attributeExpr, quoteIdent } from './sql_text';
import { expressionIndexName, type TypeSchema } from './type_schema';

export const TYPES_TABLE = 'so_meta_types';

export function ensureSchema(ctx: SqliteContext): void {
  ctx.write(() => {
    ctx.db.exec(`
      CREATE TABLE IF NOT EXISTS ${MULTI_FIELDS_TABLE} (type TEXT NOT NULL, field TEXT NOT NULL, PRIMARY KEY (type, field)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS ${TYPES_TABLE} (type TEXT PRIMARY KEY, fts_columns TEXT NOT NULL);
    `);
    addColumn(ctx, TYPES_TABLE, 'facets', 'TEXT');
    // The model version every stored row of the type is known to be at (migrate_at_start.ts).
    addColumn(ctx, TYPES_TABLE, 'model_version', 'INTEGER');
    for (const schema of ctx.schemas.values()) {
      createTables(ctx, schema);
      // Rows from before model versions existed are at version 1.
      addColumn(ctx, schema.names.main, 'model_version', 'INTEGER NOT NULL DEFAULT 1');
      addColumn(ctx, schema.names.main, 'origin_id', 'TEXT');
      ensureOriginIndex(ctx, schema);
      syncExpressionIndexes(ctx, schema);
      syncFts(ctx, schema);
      const recorded = ctx.db.prepare(`SELECT facets FROM ${TYPES_TABLE} WHERE type = ?`).pluck().get(schema.type.name) as string | null | undefined;
      const facets = syncFacetTable(ctx, schema, recorded ?? null);
      ctx.db.prepare(`UPDATE ${TYPES_TABLE} SET facets = ? WHERE type = ?`).run(facets, schema.type.name);
    }
  });
}

/** Databases from before a feature lack the column it added (facets, model versions, origin ids). */
function addColumn(ctx: SqliteContext, table: string, column: string, definition: string): void {
  const columns = ctx.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
  if (!columns.includes(column)) ctx.db.exec(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${column} ${definition}`);
}

/**
 * Import looks earlier copies up by `originId` within a type and space. Partial: most objects
 * are no copy, and a NULL row costs the index nothing on write; `origin_id = ?` implies the
 * index's condition, so the planner still takes it. After addColumn: older files gain the
 * column there.
 */
function ensureOriginIndex(ctx: SqliteContext, schema: TypeSchema): void {
  ctx.db.exec(
    `CREATE INDEX IF NOT EXISTS ${quoteIdent(`${schema.names.main}:origin_id`)} ON ${schema.main} (namespace, origin_id, id) WHERE origin_id IS NOT NULL`,
  );
}

function createTables(ctx: SqliteContext, schema: TypeSchema): void {
  const { names } = schema;
  ctx.db.exec(`
    CREATE TABLE IF NOT EXISTS ${schema.main} (
      rid INTEGER PRIMARY KEY,
      namespace TEXT NOT NULL,
      id TEXT NOT NULL,
      attributes BLOB NOT NULL,
      refs TEXT NOT NULL,
      version INTEGER NOT NULL,
      model_version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT,
      updated_by TEXT,
      origin_id TEXT,
      UNIQUE (namespace, id)
    );
    CREATE INDEX IF NOT EXISTS ${quoteIdent(`${names.main}:updated_at`)} ON ${schema.main} (namespace, updated_at, id);
    CREATE INDEX IF NOT EXISTS ${quoteIdent(`${names.main}:created_at`)} ON ${schema.main} (namespace, created_at, id);
    CREATE TABLE IF NOT EXISTS ${schema.values} (
      field TEXT NOT NULL, value NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (field, value, rid)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS ${quoteIdent(`${names.values}:rid`)} ON ${schema.values} (rid);
    CREATE TABLE IF NOT EXISTS ${schema.refs} (
      ref_type TEXT NOT NULL, ref_id TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (ref_type, ref_id, rid)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS ${quoteIdent(`${names.refs}:rid`)} ON ${schema.refs} (rid);
  `);
}

/** (namespace, value, id): filter and sort on one field within a space, ties by id, from the index. */
function syncExpressionIndexes(ctx: SqliteContext, schema: TypeSchema): void {
  const typeName = schema.type.name;
  const multi = loadMultiFields(ctx, typeName);
  const wanted = new Map<string, string>();
  for (const source of schema.indexedSources) {
    if (!multi.has(source)) wanted.set(expressionIndexName(typeName, source), source);
  }
  const existing = ctx.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE ?`)
    .pluck()
    .all(schema.names.main, `${expressionIndexName(typeName, '')}%`) as string[];
  for (const name of existing) {
    if (!wanted.has(name)) ctx.db.exec(`DROP INDEX ${quoteIdent(name)}`);
  }
  for (const [name, source] of wanted) {
    if (existing.includes(name)) continue;
    ctx.db.exec(`CREATE INDEX ${quoteIdent(name)} ON ${schema.main} (namespace, ${attributeExpr(source, '')}, id)`);
    ctx.logger?.debug(`saved objects: indexed [${typeName}.${source}]`);
  }
}

function syncFts(ctx: SqliteContext, schema: TypeSchema): void {
  const typeName = schema.type.name;
  const wanted = JSON.stringify(schema.textColumns.map((c) => c.path));
  const recorded = ctx.db.prepare(`SELECT fts_columns FROM ${TYPES_TABLE} WHERE type = ?`).pluck().get(typeName);
  const exists = ctx.db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(schema.names.fts) !== undefined;
  if (recorded === wanted && exists === schema.textColumns.length > 0) return;

  ctx.db.exec(`DROP TABLE IF EXISTS ${schema.fts}`);
  if (schema.textColumns.length > 0) {
    const columns = schema.textColumns.map((c) => c.column).join(', ');
    ctx.db.exec(
      `CREATE VIRTUAL TABLE ${schema.fts} USING fts5(${columns}, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
    );
    repopulateFts(ctx, schema);
  }
  ctx.db.prepare(`INSERT OR REPLACE INTO ${TYPES_TABLE} (type, fts_columns) VALUES (?, ?)`).run(typeName, wanted);
}

/** Only when text fields change. Chunks by rid: better-sqlite3 cannot write while a cursor is open. */
function repopulateFts(ctx: SqliteContext, schema: TypeSchema): void {
  const columns = schema.textColumns.map((c) => c.column);
  const insert = ctx.db.prepare(
    `INSERT INTO ${schema.fts} (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
  );
  const chunk = ctx.db.prepare(
    `SELECT rid, json(attributes) AS attributes FROM ${schema.main} WHERE rid > ? ORDER BY rid LIMIT 1000`,
  );
  let after = 0;
  for (;;) {
    const rows = chunk.all(after) as Array<{ rid: number; attributes: string }>;
    if (rows.length === 0) return;
    for (const row of rows) {
      const texts = ftsTexts(schema, JSON.parse(row.attributes));
      if (texts) insert.run(row.rid, ...texts);
    }
    after = rows[rows.length - 1].rid;
  }
}
