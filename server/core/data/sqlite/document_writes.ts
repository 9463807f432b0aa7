/** The bulk writes of an index client: field changes by ids or across the index, and deletes. */
import { HttpError } from '../../errors';
import { removeDerived } from '../../saved_objects/sqlite/derived_rows';
import { loadMultiFields, markMultiValued } from '../../saved_objects/sqlite/multi_fields';
import type { SqliteContext } from '../../saved_objects/sqlite/sqlite_context';
import { WriteTx } from '../../saved_objects/sqlite/write_ops';
import { BATCH_RIDS, DOCUMENT_BATCH_SIZE, forEachIdBatch, ridsOfIds, runBatch, writeAlone } from './document_batches';
import { applyFieldChange, holdsValue, type FieldChange } from './field_changes';
import { checkIds } from '../document_input';

export interface IndexScope {
  /** Read at each batch: the connection of the running backend. */
  context: () => SqliteContext;
  namespace: string;
  type: string;
}

/** Documents that already hold the value (add) or do not (remove) are not rewritten, nor counted. */
function narrowing(change: FieldChange) {
  if (change.kind === 'set') return undefined;
  return { sql: change.kind === 'add' ? `NOT ${holdsValue(change.path)}` : holdsValue(change.path), params: [change.value] };
}

export async function changeFields(scope: IndexScope, ids: string[] | 'all', change: FieldChange): Promise<number> {
  if (ids === 'all') {
    if (change.kind !== 'remove') throw new HttpError(400, 'Only removeFromArray applies to every document of an index');
    return removeEverywhere(scope, change);
  }
  const where = narrowing(change);
  return forEachIdBatch(checkIds(ids), (batch) => {
    const ctx = scope.context();
    const schema = ctx.schemaOf(scope.type);
    return runBatch(ctx, schema, scope.namespace, ridsOfIds(schema, scope.namespace, batch, where), (b) => applyFieldChange(b, change));
  });
}

/**
 * Every document of the space holding the value, found through the values table (an index
 * seek on (field, value)), never a scan: hence only a mapped field qualifies. Batch after
 * batch until none holds it.
 */
async function removeEverywhere(scope: IndexScope, change: Extract<FieldChange, { kind: 'remove' }>): Promise<number> {
  const schemaOf = () => scope.context().schemaOf(scope.type);
  if (!schemaOf().exactSources.includes(change.path)) {
    throw new HttpError(400, `Field [${change.path}] is not a mapped keyword field of [${scope.type}]: it cannot be searched for a value`);
  }
  // Once per field and database: from then on its values rows are the index the batches seek.
  if (!loadMultiFields(scope.context(), scope.type).has(change.path)) {
    await writeAlone(scope.context(), () => {
      const ctx = scope.context();
      const multi = new WriteTx(ctx).multiFor(schemaOf());
      if (!multi.has(change.path)) markMultiValued(ctx, schemaOf(), change.path, multi);
    });
  }
  let total = 0;
  for (;;) {
    const ctx = scope.context();
    const schema = schemaOf();
    const select = {
      sql: `SELECT v.rid FROM ${schema.values} v JOIN ${schema.main} t ON t.rid = v.rid WHERE v.field = ? AND v.value = ? AND t.namespace = ? LIMIT ${DOCUMENT_BATCH_SIZE}`,
      params: [change.path, change.value, scope.namespace],
    };
    const changed = await runBatch(ctx, schema, scope.namespace, select, (b) => applyFieldChange(b, change));
    if (changed === 0) return total;
    total += changed;
  }
}

export async function bulkDeleteDocuments(scope: IndexScope, ids: string[]): Promise<number> {
  return forEachIdBatch(checkIds(ids), (batch) => {
    const ctx = scope.context();
    const schema = ctx.schemaOf(scope.type);
    return runBatch(ctx, schema, scope.namespace, ridsOfIds(schema, scope.namespace, batch), () => {
      const rids = ctx.stmt(BATCH_RIDS).pluck().all() as number[];
      for (const rid of rids) removeDerived(ctx, schema, rid);
      return ctx.stmt(`DELETE FROM ${schema.main} WHERE rid IN (${BATCH_RIDS})`).run().changes;
    });
  });
}
