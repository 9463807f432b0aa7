/**
 * One change to a field of a batch of documents, applied by a single UPDATE over the batch
 * (json_set and friends on the stored JSONB), plus what the saved-objects layout derives from
 * that field: values rows of a multi-valued field, facet rows, facet columns. The statements
 * here are the set-wise form of derived_rows.ts for one mapped leaf; whatever else a change
 * touches (a text field, a mapped object) is reindexed row by row by the saved-objects code.
 */
import { copyStatement, facetColumn, hasFacets } from '../../saved_objects/sqlite/facet_rows';
import { markMultiValued } from '../../saved_objects/sqlite/multi_fields';
import { jsonPathLiteral } from '../../saved_objects/sqlite/sql_text';
import type { TypeSchema } from '../../saved_objects/sqlite/type_schema';
import type { DocumentFieldValue } from '../types';
import { BATCH_RIDS, BATCH_TABLE, reindexBatch, type BatchContext } from './document_batches';

export type FieldChange =
  | { kind: 'set'; fields: Array<[string, DocumentFieldValue]> }
  | { kind: 'add'; path: string; value: string }
  | { kind: 'remove'; path: string; value: string };

const appendPathLiteral = (path: string): string => jsonPathLiteral(path).replace(/'$/, "[#]'");

/** The condition that a document holds `value` at `path` (an array element, or the scalar itself). */
export const holdsValue = (path: string): string =>
  `EXISTS (SELECT 1 FROM json_each(t.attributes, ${jsonPathLiteral(path)}) j WHERE j.value = ?)`;

/** The new attributes of row `t`, and its parameters. */
function newAttributes(change: FieldChange): { sql: string; params: unknown[] } {
  if (change.kind === 'set') {
    const pairs = change.fields.map(([path]) => `${jsonPathLiteral(path)}, json(?)`);
    return { sql: `jsonb_set(t.attributes, ${pairs.join(', ')})`, params: change.fields.map(([, value]) => JSON.stringify(value)) };
  }
  const p = jsonPathLiteral(change.path);
  if (change.kind === 'add') {
    return {
      // A missing or null field becomes a one-element array; a scalar, an array of it and the value.
      sql: `CASE coalesce(json_type(t.attributes, ${p}), 'null')
        WHEN 'array' THEN jsonb_insert(t.attributes, ${appendPathLiteral(change.path)}, ?)
        WHEN 'null' THEN jsonb_set(t.attributes, ${p}, jsonb_array(?))
        ELSE jsonb_set(t.attributes, ${p}, jsonb_array(json_extract(t.attributes, ${p}), ?)) END`,
      params: [change.value, change.value, change.value],
    };
  }
  // A scalar equal to the value leaves an empty array, as removing the one element would.
  return {
    sql: `jsonb_set(t.attributes, ${p}, (SELECT jsonb_group_array(j.value) FROM json_each(t.attributes, ${p}) j WHERE j.value IS NOT ?))`,
    params: [change.value],
  };
}

const changedPaths = (change: FieldChange): string[] => (change.kind === 'set' ? change.fields.map(([path]) => path) : [change.path]);

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** True when the change reaches a text field or a mapped field other than a changed leaf itself. */
function needsReindex(schema: TypeSchema, paths: string[]): boolean {
  const texts = schema.textColumns.map((column) => column.sourcePath);
  return paths.some(
    (path) =>
      texts.some((text) => related(text, path)) ||
      schema.exactSources.some((source) => source !== path && related(source, path)),
  );
}

/** Applies the change to the batch's rows; returns how many changed. */
export function applyFieldChange(batch: BatchContext, change: FieldChange): number {
  const { ctx, schema, tx } = batch;
  const paths = changedPaths(change);
  const reindex = needsReindex(schema, paths);
  const arrayPath = change.kind === 'set' ? undefined : change.path;
  // Array operations need the field's values rows; before the rewrite, so the rows it leaves behind are right.
  if (!reindex && arrayPath && schema.exactSources.includes(arrayPath)) {
    const multi = tx.multiFor(schema);
    if (!multi.has(arrayPath)) markMultiValued(ctx, schema, arrayPath, multi);
  }
  const attributes = newAttributes(change);
  const changed = ctx
    .stmt(`UPDATE ${schema.main} AS t SET attributes = ${attributes.sql}, version = t.version + 1, updated_at = ? WHERE t.rid IN (${BATCH_RIDS})`)
    .run(...attributes.params, tx.now).changes;
  if (reindex) reindexBatch(batch);
  else for (const path of paths) if (schema.exactSources.includes(path)) syncLeaf(batch, change, path);
  return changed;
}

/** Values rows, facet rows and the facet column of one mapped leaf, for the batch's rows. */
function syncLeaf(batch: BatchContext, change: FieldChange, path: string): void {
  const { ctx, schema, tx } = batch;
  const multi = tx.multiFor(schema);
  if (!multi.has(path) && change.kind === 'set') {
    const value = change.fields.find(([p]) => p === path)?.[1];
    // A first array turns the field multi-valued; the rows just written are not scalars and get theirs below.
    if (Array.isArray(value)) markMultiValued(ctx, schema, path, multi);
  }
  if (multi.has(path)) syncValues(batch, change, path);
  const facet = schema.facets.indexOf(path);
  if (facet >= 0) {
    ctx
      .stmt(
        `UPDATE ${schema.facetsTable} SET ${facetColumn(facet)} = (SELECT json_extract(t.attributes, ${jsonPathLiteral(path)}) FROM ${schema.main} t WHERE t.rid = ${schema.facetsTable}.rid)
         WHERE rid IN (${BATCH_RIDS})`,
      )
      .run();
  }
}

function syncValues({ ctx, schema }: BatchContext, change: FieldChange, path: string): void {
  const facets = hasFacets(schema);
  if (change.kind === 'remove') {
    ctx.stmt(`DELETE FROM ${schema.values} WHERE field = ? AND value = ? AND rid IN (${BATCH_RIDS})`).run(path, change.value);
    if (facets) ctx.stmt(`DELETE FROM ${schema.facetsTable} WHERE field = ? AND value = ? AND rid IN (${BATCH_RIDS})`).run(path, change.value);
    return;
  }
  if (change.kind === 'add') {
    ctx.stmt(`INSERT OR IGNORE INTO ${schema.values} (field, value, rid) SELECT ?, ?, rid FROM ${BATCH_TABLE}`).run(path, change.value);
    if (facets) ctx.stmt(copyStatement(schema, `WHERE v.field = ? AND v.value = ? AND v.rid IN (${BATCH_RIDS})`)).run(path, change.value);
    return;
  }
  ctx.stmt(`DELETE FROM ${schema.values} WHERE field = ? AND rid IN (${BATCH_RIDS})`).run(path);
  ctx
    .stmt(
      `INSERT OR IGNORE INTO ${schema.values} (field, value, rid)
       SELECT ?, j.value, t.rid FROM ${schema.main} t, json_each(t.attributes, ${jsonPathLiteral(path)}) j
       WHERE t.rid IN (${BATCH_RIDS}) AND j.type IN ('text', 'integer', 'real', 'true', 'false')`,
    )
    .run(path);
  if (facets) {
    ctx.stmt(`DELETE FROM ${schema.facetsTable} WHERE field = ? AND rid IN (${BATCH_RIDS})`).run(path);
    ctx.stmt(copyStatement(schema, `WHERE v.field = ? AND v.rid IN (${BATCH_RIDS})`)).run(path);
  }
}
