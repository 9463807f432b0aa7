/**
 * Rewrites rows of an older model version at the latest one when the backend starts, so that
 * filters, sorts and searches on mapped fields see today's values (reads migrate anyway, but
 * the indexes, side tables and FTS hold what was written). It runs only when cheap: above
 * `limit` rows it leaves them to be migrated on read and rewritten by their next update, and
 * says so in the log. Once every row of a type is at the latest version, the version is
 * recorded in so_meta_types and later starts skip the count.
 */
import { migrateAttributes } from '../migrate_document';
import { DEFAULT_BULK_MIGRATION_LIMIT, type StartMigrationReport } from '../model_versions';
import type { SavedObjectReference } from '../types';
import { removeDerived, writeDerived } from './derived_rows';
import { loadMultiFields } from './multi_fields';
import { writeModelVersion } from './object_rows';
import { TYPES_TABLE } from './schema_ddl';
import type { SqliteContext } from './sqlite_context';
import type { TypeSchema } from './type_schema';


export function migrateAtStart(ctx: SqliteContext, limit = DEFAULT_BULK_MIGRATION_LIMIT): StartMigrationReport[] {
  const reports: StartMigrationReport[] = [];
  for (const schema of ctx.schemas.values()) {
    const report = migrateType(ctx, schema, limit);
    if (report) reports.push(report);
  }
  return reports;
}

function migrateType(ctx: SqliteContext, schema: TypeSchema, limit: number): StartMigrationReport | undefined {
  const name = schema.type.name;
  const latest = writeModelVersion(schema);
  const recorded = ctx.db.prepare(`SELECT model_version FROM ${TYPES_TABLE} WHERE type = ?`).pluck().get(name);
  if (recorded === latest) return undefined;
  const counts = ctx.db
    .prepare(`SELECT count(*) FILTER (WHERE model_version < ?) AS older, count(*) FILTER (WHERE model_version > ?) AS newer FROM ${schema.main}`)
    .get(latest, latest) as { older: number; newer: number };
  const report: StartMigrationReport = { type: name, migrated: 0, failed: 0, deferred: 0, newer: counts.newer };
  if (counts.newer > 0) {
    ctx.logger?.warn(`saved objects: ${counts.newer} [${name}] documents are at a model version newer than ${latest}; reads of them are refused`);
  }
  if (counts.older > limit) {
    report.deferred = counts.older;
    ctx.logger?.info(
      `saved objects: ${counts.older} [${name}] documents are older than model version ${latest}, more than ${limit} to migrate at start; ` +
        'they are migrated as they are read and rewritten when next updated',
    );
    return report;
  }
  if (counts.older > 0) {
    ctx.write(() => rewriteOlderRows(ctx, schema, latest, report));
    ctx.logger?.info(`saved objects: migrated ${report.migrated} [${name}] documents to model version ${latest}`);
  }
  if (report.failed === 0 && report.newer === 0) {
    // ensure_schema has written the type's row already.
    ctx.db.prepare(`UPDATE ${TYPES_TABLE} SET model_version = ? WHERE type = ?`).run(latest, name);
  }
  return report;
}

interface OlderRow {
  rid: number;
  id: string;
  attributes: string;
  refs: string;
  model_version: number;
}

/** Chunks by rid: better-sqlite3 cannot write while a cursor is open. */
function rewriteOlderRows(ctx: SqliteContext, schema: TypeSchema, latest: number, report: StartMigrationReport): void {
  const chunk = ctx.db.prepare(
    `SELECT rid, id, json(attributes) AS attributes, refs, model_version FROM ${schema.main}
     WHERE model_version < ? AND rid > ? ORDER BY rid LIMIT 500`,
  );
  const update = ctx.db.prepare(`UPDATE ${schema.main} SET attributes = jsonb(?), model_version = ? WHERE rid = ?`);
  const multi = loadMultiFields(ctx, schema.type.name);
  let after = 0;
  for (;;) {
    const rows = chunk.all(latest, after) as OlderRow[];
    if (rows.length === 0) return;
    for (const row of rows) {
      let attributes: Record<string, unknown>;
      try {
        const stored = JSON.parse(row.attributes) as Record<string, unknown>;
        attributes = migrateAttributes(schema.type, { id: row.id, attributes: stored, modelVersion: row.model_version });
      } catch (error) {
        // Left as stored: reading it reports the same failure, with the document named.
        report.failed++;
        ctx.logger?.error({ err: error }, `saved objects: could not migrate [${schema.type.name}/${row.id}] at start`);
        continue;
      }
      // Neither `version` nor `updated_at` moves: what a read returns is the same before and after.
      update.run(JSON.stringify(attributes), latest, row.rid);
      removeDerived(ctx, schema, row.rid);
      writeDerived(ctx, schema, multi, row.rid, attributes, JSON.parse(row.refs) as SavedObjectReference[]);
      report.migrated++;
    }
    after = rows[rows.length - 1].rid;
  }
}
