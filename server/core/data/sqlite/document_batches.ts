/**
 * Bulk changes to documents run batch by batch, each batch in one write transaction that
 * selects its rows and rewrites them with single UPDATE statements (json_set and friends), so
 * a concurrent writer can never slip between a read and its write and no update is lost.
 * The batch's row ids sit in a temporary table, which every statement of the batch joins.
 */
import type { SqliteContext } from '../../saved_objects/sqlite/sqlite_context';
import type { TypeSchema } from '../../saved_objects/sqlite/type_schema';
import type { SqlFragment } from '../../saved_objects/sqlite/sql_text';
import { WriteTx } from '../../saved_objects/sqlite/write_ops';

/**
 * A bulk write in a transaction of its own, committed (and fsynced) before the promise
 * resolves. Not through group commit: a grouped write runs as a savepoint of the group's
 * transaction, and SQLite journals every page a savepoint changes, which made a batch of
 * thousands of documents with the alert family's thirty indexes ten to forty times slower
 * (3,000 inserts: 0.4 s alone, 3 to 15 s in a savepoint). Writes grouped so far are committed
 * first, so their order holds.
 */
export function writeAlone<R>(ctx: SqliteContext, fn: () => R): Promise<R> {
  try {
    ctx.flushWrites();
    return Promise.resolve(ctx.write(fn));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Large enough that the fsync per batch is noise, small enough to keep other writers waiting briefly. */
export const DOCUMENT_BATCH_SIZE = 5_000;

export const BATCH_TABLE = 'temp.documents_batch';
export const BATCH_RIDS = `SELECT rid FROM ${BATCH_TABLE}`;

export interface BatchContext {
  tx: WriteTx;
  ctx: SqliteContext;
  schema: TypeSchema;
  namespace: string;
}

/**
 * Fills the batch table from `select` (a query returning `rid`), then runs `apply`, which
 * returns how many documents it changed. All in one write transaction, acknowledged once
 * committed.
 */
export function runBatch(ctx: SqliteContext, schema: TypeSchema, namespace: string, select: SqlFragment, apply: (batch: BatchContext) => number): Promise<number> {
  return writeAlone(ctx, () => {
    ctx.db.exec(`CREATE TEMP TABLE IF NOT EXISTS documents_batch (rid INTEGER PRIMARY KEY)`);
    ctx.stmt(`DELETE FROM ${BATCH_TABLE}`).run();
    const selected = ctx.stmt(`INSERT OR IGNORE INTO ${BATCH_TABLE} (rid) ${select.sql}`).run(...select.params).changes;
    if (selected === 0) return 0;
    const changed = apply({ tx: new WriteTx(ctx), ctx, schema, namespace });
    ctx.stmt(`DELETE FROM ${BATCH_TABLE}`).run();
    return changed;
  });
}

/** The rows of these ids in the space, optionally narrowed by a condition on `t`. */
export function ridsOfIds(schema: TypeSchema, namespace: string, ids: string[], where?: SqlFragment): SqlFragment {
  return {
    sql: `SELECT t.rid FROM json_each(?) j JOIN ${schema.main} t ON t.namespace = ? AND t.id = j.value${where ? ` WHERE ${where.sql}` : ''}`,
    params: [JSON.stringify(ids), namespace, ...(where?.params ?? [])],
  };
}

/** Splits unique ids into batches and sums what each batch changed. */
export async function forEachIdBatch(ids: string[], run: (batch: string[]) => Promise<number>): Promise<number> {
  const unique = [...new Set(ids)];
  let total = 0;
  for (let i = 0; i < unique.length; i += DOCUMENT_BATCH_SIZE) total += await run(unique.slice(i, i + DOCUMENT_BATCH_SIZE));
  return total;
}

/**
 * The slow, general way to bring side tables in step with rewritten rows: every derived row
 * of each document again (saved objects' own reindex). Used when a change touches a text
 * field or a mapped object rather than one mapped leaf.
 */
export function reindexBatch({ tx, ctx, schema }: BatchContext): void {
  const rows = ctx
    .stmt(`SELECT t.rid, json(t.attributes) AS attributes, t.refs FROM ${schema.main} t WHERE t.rid IN (${BATCH_RIDS})`)
    .all() as Array<{ rid: number; attributes: string; refs: string }>;
  for (const row of rows) tx.reindex(schema, row.rid, JSON.parse(row.attributes), JSON.parse(row.refs), false);
}
