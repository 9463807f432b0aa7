/**
 * The first half of a unit of work on Elasticsearch, before anything is written: every type
 * known, every create given its final id, every object read in one mget and checked (a
 * create's id free, an update's or delete's object there, an update's version current), so a
 * unit that would fail fails here with nothing written. Then `buildSteps` turns the checked
 * unit, with its counter values, into the fully resolved steps the journal keeps.
 */
import { savedObjectConflict, savedObjectNotFound } from '../errors';
import type { SavedObjectsType, UnitOfWorkOperation, UnitOfWorkOptions } from '../types';
import { withCounters } from '../unit_of_work';
import { decodeVersion } from '../version';
import { call, normalizeNamespace, requireType, type EsContext } from './context';
import { belongsTo, buildSource, checkOriginId, rawId, type RawHit, type RawSource } from './raw_document';
import { applyPatch, type Patch } from './update_operations';

/** One write as the journal keeps it: enough to apply it again, with the same result. */
export type JournalStep =
  | { op: 'create'; _id: string; type: string; id: string; source: RawSource; overwrite: boolean }
  | {
      op: 'update';
      _id: string;
      type: string;
      id: string;
      /** The document as the unit writes it, and the sequence numbers it was computed from. */
      source: RawSource;
      seqNo: number;
      primaryTerm: number;
      /** Re-applied onto a newer document when someone wrote it in between (see applySteps). */
      patch: Patch;
    }
  | { op: 'delete'; _id: string; type: string; id: string };

export interface CheckedOperation {
  operation: UnitOfWorkOperation;
  type: SavedObjectsType;
  /** The final id (generated for a create that had none). */
  id: string;
  _id: string;
  /** For an update: the document read, with its sequence numbers. */
  current?: { source: RawSource; seqNo: number; primaryTerm: number };
}

type Doc = RawHit & { found?: boolean };

function checkOne(checked: CheckedOperation, doc: Doc | undefined, namespace: string): void {
  const { operation: op, type, id } = checked;
  const present = Boolean(doc?.found && doc._source && belongsTo(doc._source, type, namespace));
  if (op.kind === 'create') {
    if (doc?.found && !op.overwrite) throw savedObjectConflict(type.name, id);
    return;
  }
  if (!present || !doc?._source) throw savedObjectNotFound(type.name, id);
  if (op.kind !== 'update') return;
  const current = { source: doc._source, seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 1 };
  if (op.version !== undefined) {
    const expected = decodeVersion(op.version);
    if (expected.seqNo !== current.seqNo || expected.primaryTerm !== current.primaryTerm) throw savedObjectConflict(type.name, id);
  }
  checked.current = current;
}

/** Resolves and checks every object the unit writes; counters are left for later. */
export async function checkOperations(
  ctx: EsContext,
  operations: UnitOfWorkOperation[],
  options: UnitOfWorkOptions,
): Promise<Array<CheckedOperation | undefined>> {
  const namespace = normalizeNamespace(options.namespace);
  const checked = operations.map((op): CheckedOperation | undefined => {
    const type = requireType(ctx, op.type);
    if (op.kind === 'incrementCounter') return undefined;
    if (op.kind === 'update' && op.version !== undefined) decodeVersion(op.version);
    // Before any counter moves: a bad originId fails the unit with nothing written.
    if (op.kind === 'create') checkOriginId(op.originId);
    const id = op.kind === 'create' ? (op.id ?? ctx.generateId()) : op.id;
    return { operation: op, type, id, _id: rawId(type, id, namespace) };
  });
  const targets = checked.filter((c): c is CheckedOperation => c !== undefined);
  if (targets.length === 0) return checked;
  const res = await call(ctx, () => ctx.client.mget<RawSource>({ index: ctx.index, docs: targets.map((c) => ({ _id: c._id })) }));
  targets.forEach((c, i) => checkOne(c, res.docs[i] as Doc | undefined, namespace));
  return checked;
}

/** The steps to journal and apply, in the unit's order; counters already have their values. */
export function buildSteps(
  checked: CheckedOperation[],
  counters: ReadonlyMap<string, number>,
  options: UnitOfWorkOptions,
  now: string,
): JournalStep[] {
  const namespace = normalizeNamespace(options.namespace);
  return checked.map(({ operation: op, type, id, _id, current }): JournalStep => {
    if (op.kind === 'create') {
      const attributes = withCounters(op.attributes, op.counters, counters);
      const source = buildSource({
        type, id, namespace, attributes, references: op.references ?? [], createdAt: now, updatedAt: now, user: options.user,
        originId: op.originId,
      });
      return { op: 'create', _id, type: type.name, id, source, overwrite: op.overwrite === true };
    }
    if (op.kind === 'update' && current) {
      const patch: Patch = { attributes: op.attributes, references: op.references, user: options.user };
      const source = applyPatch(current.source, type, patch, now);
      return { op: 'update', _id, type: type.name, id, source, seqNo: current.seqNo, primaryTerm: current.primaryTerm, patch };
    }
    return { op: 'delete', _id, type: type.name, id };
  });
}
