/**
 * Single-object writes. Each runs inside a write transaction opened by the caller (one per
 * call, one per bulk), so an object and its side rows always change together.
 */
import { HttpError } from '../../errors';
import { newObjectId } from '../object_id';
import { savedObjectConflict, savedObjectNotFound } from '../errors';
import { decodeVersion } from '../version';
import type { SavedObject, SavedObjectReference } from '../types';
import { removeDerived, writeDerived } from './derived_rows';
import { deleteNamespaceFacetRows } from './facet_rows';
import { loadMultiFields } from './multi_fields';
import {
  checkId,
  checkOriginId,
  normalizeAttributes,
  currentAttributes,
  normalizeReferences,
  OBJECT_COLUMNS,
  toSavedObject,
  writeModelVersion,
  type ObjectRow,
} from './object_rows';
import type { SqliteContext } from './sqlite_context';
import { isSafeKey, jsonPathLiteral } from './sql_text';
import { namespaceFor, type TypeSchema } from './type_schema';

/** State of one write transaction: its clock and the multi-valued field sets it has read. */
export class WriteTx {
  private readonly multi = new Map<string, Set<string>>();
  readonly now = new Date().toISOString();

  constructor(readonly ctx: SqliteContext) {}

  multiFor(schema: TypeSchema): Set<string> {
    let set = this.multi.get(schema.type.name);
    if (!set) {
      set = loadMultiFields(this.ctx, schema.type.name);
      this.multi.set(schema.type.name, set);
    }
    return set;
  }

  reindex(schema: TypeSchema, rid: number, attributes: unknown, refs: SavedObjectReference[], isNew: boolean): void {
    if (!isNew) removeDerived(this.ctx, schema, rid);
    writeDerived(this.ctx, schema, this.multiFor(schema), rid, attributes, refs);
  }
}

export interface CreateInput {
  type: string;
  id?: string;
  attributes: unknown;
  references?: SavedObjectReference[];
  namespace?: string;
  overwrite?: boolean;
  user?: string;
  /** Kibana's: set by imports that make new copies; an overwrite without it leaves none. */
  originId?: string;
}

export function createOne<T>(tx: WriteTx, input: CreateInput): SavedObject<T> {
  const { ctx } = tx;
  const schema = ctx.schemaOf(input.type);
  const namespace = namespaceFor(schema, input.namespace);
  const id = input.id === undefined ? newObjectId() : checkId(input.id);
  const attributes = normalizeAttributes(input.attributes);
  const refs = normalizeReferences(input.references);
  const originId = checkOriginId(input.originId);
  const existing = ctx.stmt(`SELECT rid, version FROM ${schema.main} WHERE namespace = ? AND id = ?`).get(namespace, id) as
    | { rid: number; version: number }
    | undefined;
  if (existing && !input.overwrite) throw savedObjectConflict(input.type, id);

  const user = input.user ?? null;
  const version = existing ? existing.version + 1 : 1;
  const refsJson = JSON.stringify(refs);
  const modelVersion = writeModelVersion(schema);
  let rid: number;
  if (existing) {
    rid = existing.rid;
    ctx
      .stmt(
        `UPDATE ${schema.main} SET attributes = jsonb(?), refs = ?, version = ?, model_version = ?, created_at = ?, updated_at = ?,
         created_by = ?, updated_by = ?, origin_id = ? WHERE rid = ?`,
      )
      .run(attributes.json, refsJson, version, modelVersion, tx.now, tx.now, user, user, originId, rid);
  } else {
    rid = ctx
      .stmt(
        `INSERT INTO ${schema.main} (namespace, id, attributes, refs, version, model_version, created_at, updated_at, created_by, updated_by, origin_id)
         VALUES (?, ?, jsonb(?), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rid`,
      )
      .pluck()
      .get(namespace, id, attributes.json, refsJson, version, modelVersion, tx.now, tx.now, user, user, originId) as number;
  }
  tx.reindex(schema, rid, attributes.value, refs, !existing);
  const row: ObjectRow = {
    rid, namespace, id, attributes: attributes.json, refs: refsJson, version, model_version: modelVersion,
    created_at: tx.now, updated_at: tx.now, created_by: user, updated_by: user, origin_id: originId,
  };
  return toSavedObject<T>(schema, row);
}

export function readRow(ctx: SqliteContext, schema: TypeSchema, id: string, namespace?: string): ObjectRow | undefined {
  return ctx
    .stmt(`SELECT ${OBJECT_COLUMNS} FROM ${schema.main} t WHERE t.namespace = ? AND t.id = ?`)
    .get(namespaceFor(schema, namespace), id) as ObjectRow | undefined;
}

export interface UpdateInput {
  type: string;
  id: string;
  attributes: unknown;
  version?: string;
  references?: SavedObjectReference[];
  namespace?: string;
  user?: string;
}

export function updateOne<T>(tx: WriteTx, input: UpdateInput): SavedObject<T> {
  const { ctx } = tx;
  const schema = ctx.schemaOf(input.type);
  const patch = normalizeAttributes(input.attributes).value;
  const row = readRow(ctx, schema, checkId(input.id), input.namespace);
  if (!row) throw savedObjectNotFound(input.type, input.id);
  if (input.version !== undefined) {
    const wanted = decodeVersion(input.version);
    if (wanted.seqNo !== row.version || wanted.primaryTerm !== 1) throw savedObjectConflict(input.type, input.id);
  }
  // Top-level keys replace, as a partial document update does in Elasticsearch.
  // The patch lands on today's shape: a row of an older model version is migrated first.
  const merged = { ...currentAttributes(schema, row), ...patch };
  const refs = input.references === undefined ? (JSON.parse(row.refs) as SavedObjectReference[]) : normalizeReferences(input.references);
  const next: ObjectRow = {
    ...row,
    attributes: JSON.stringify(merged),
    refs: JSON.stringify(refs),
    version: row.version + 1,
    model_version: writeModelVersion(schema),
    updated_at: tx.now,
    updated_by: input.user ?? row.updated_by,
  };
  ctx
    .stmt(`UPDATE ${schema.main} SET attributes = jsonb(?), refs = ?, version = ?, model_version = ?, updated_at = ?, updated_by = ? WHERE rid = ?`)
    .run(next.attributes, next.refs, next.version, next.model_version, next.updated_at, next.updated_by, row.rid);
  tx.reindex(schema, row.rid, merged, refs, false);
  return toSavedObject<T>(schema, next);
}

export function deleteOne(tx: WriteTx, type: string, id: string, namespace?: string): void {
  const { ctx } = tx;
  const schema = ctx.schemaOf(type);
  const rid = ctx
    .stmt(`SELECT rid FROM ${schema.main} WHERE namespace = ? AND id = ?`)
    .pluck()
    .get(namespaceFor(schema, namespace), checkId(id)) as number | undefined;
  if (rid === undefined) throw savedObjectNotFound(type, id);
  ctx.stmt(`DELETE FROM ${schema.main} WHERE rid = ?`).run(rid);
  removeDerived(ctx, schema, rid);
}

/** One UPSERT ... RETURNING: atomic within the process and across processes sharing the file. */
export function incrementOne(tx: WriteTx, type: string, id: string, field: string, namespace?: string, initial = 0): number {
  const { ctx } = tx;
  const schema = ctx.schemaOf(type);
  if (!isSafeKey(field)) throw new HttpError(400, `Invalid counter field [${field}]`);
  if (!Number.isFinite(initial)) throw new HttpError(400, 'initial must be a finite number');
  const ns = namespaceFor(schema, namespace);
  const path = jsonPathLiteral(field);
  const current = ctx
    .stmt(`SELECT json_type(attributes, ${path}) FROM ${schema.main} WHERE namespace = ? AND id = ?`)
    .pluck()
    .get(ns, checkId(id)) as string | null | undefined;
  if (current !== undefined && current !== null && current !== 'integer' && current !== 'real') {
    throw new HttpError(400, `Field [${field}] of [${type}/${id}] is not a number`);
  }
  const row = ctx
    .stmt(
      `INSERT INTO ${schema.main} (namespace, id, attributes, refs, version, model_version, created_at, updated_at)
       VALUES (?, ?, jsonb_object(?, ?), '[]', 1, ?, ?, ?)
       ON CONFLICT (namespace, id) DO UPDATE SET
         attributes = jsonb_set(attributes, ${path}, coalesce(json_extract(attributes, ${path}), ?) + 1),
         version = version + 1, updated_at = excluded.updated_at
       RETURNING rid, version, json_extract(attributes, ${path}) AS value, json(attributes) AS attributes, refs`,
    )
    .get(ns, id, field, initial + 1, writeModelVersion(schema), tx.now, tx.now, initial) as { rid: number; version: number; value: number; attributes: string; refs: string };
  tx.reindex(schema, row.rid, JSON.parse(row.attributes), JSON.parse(row.refs), row.version === 1);
  return row.value;
}

export function deleteNamespace(tx: WriteTx, namespace: string): number {
  const { ctx } = tx;
  let deleted = 0;
  for (const schema of ctx.schemas.values()) {
    if (schema.agnostic) continue;
    const rids = `SELECT rid FROM ${schema.main} WHERE namespace = ?`;
    ctx.stmt(`DELETE FROM ${schema.values} WHERE rid IN (${rids})`).run(namespace);
    ctx.stmt(`DELETE FROM ${schema.refs} WHERE rid IN (${rids})`).run(namespace);
    deleteNamespaceFacetRows(ctx, schema, rids, namespace);
    if (schema.textColumns.length > 0) ctx.stmt(`DELETE FROM ${schema.fts} WHERE rowid IN (${rids})`).run(namespace);
    deleted += ctx.stmt(`DELETE FROM ${schema.main} WHERE namespace = ?`).run(namespace).changes;
  }
  return deleted;
}
