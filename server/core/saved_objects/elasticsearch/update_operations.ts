/**
 * `update` as read-modify-write guarded by `if_seq_no`/`if_primary_term` (`bulkUpdate` is in
 * bulk_update.ts). Elasticsearch's partial `doc` update deep-merges objects, but the contract
 * replaces each top-level attribute given, so the whole document is rebuilt here and indexed
 * only if nobody wrote it since it was read. Without a caller's version a lost race is ours
 * to retry: SQLite, which writes in one transaction, never reports one.
 */
import { savedObjectConflict } from '../errors';
import type { BulkUpdateObject, SavedObject, SavedObjectsType, UpdateOptions } from '../types';
import { decodeVersion, type DecodedVersion } from '../version';
import { normalizeNamespace, refreshParam, requireType, type EsContext } from './context';
import { writeDocument } from './document_writes';
import { rawId, toSavedObject, upToDate, type RawSource } from './raw_document';
import { readCurrent, type CurrentDocument } from './read_operations';
import { isConflict, withRetries } from './write_retry';

/**
 * Tries of a version-less update that keeps losing races, each after a jittered pause: enough
 * for a hot object under several writers, bounded so a livelock still ends in a 409.
 */
export const UPDATE_ATTEMPTS = 10;

export interface Patch {
  attributes: object;
  references?: BulkUpdateObject['references'];
  user?: string;
}

export function applyPatch(stored: RawSource, type: SavedObjectsType, patch: Patch, now: string): RawSource {
  // The patch lands on today's shape: an older model version is migrated (and stamped) first.
  const current = upToDate(stored, type);
  const previous = (current[type.name] ?? {}) as object;
  return {
    ...current,
    [type.name]: { ...previous, ...patch.attributes },
    references: patch.references ?? current.references ?? [],
    updated_at: now,
    ...(patch.user !== undefined ? { updated_by: patch.user } : {}),
  };
}

export const sameVersion = (expected: DecodedVersion, current: CurrentDocument | { seqNo: number; primaryTerm: number }) =>
  expected.seqNo === current.seqNo && expected.primaryTerm === current.primaryTerm;

async function updateOnce<T>(
  ctx: EsContext,
  type: SavedObjectsType,
  id: string,
  patch: Patch,
  options: UpdateOptions,
  expected: DecodedVersion | undefined,
): Promise<SavedObject<T>> {
  const namespace = normalizeNamespace(options.namespace);
  const current = await readCurrent(ctx, type, id, namespace);
  if (expected && !sameVersion(expected, current)) throw savedObjectConflict(type.name, id);
  const source = applyPatch(current.source, type, patch, ctx.now());
  const written = await writeDocument(
    ctx,
    {
      _id: rawId(type, id, namespace),
      source,
      action: 'index',
      guard: { seqNo: current.seqNo, primaryTerm: current.primaryTerm },
      refresh: refreshParam(options.refresh),
    },
    { type: type.name, id },
  );
  return toSavedObject<T>(source, written.seqNo, written.primaryTerm);
}

export async function update<T>(
  ctx: EsContext,
  typeName: string,
  id: string,
  attributes: Partial<T>,
  options: UpdateOptions = {},
): Promise<SavedObject<T>> {
  const type = requireType(ctx, typeName);
  const expected = options.version !== undefined ? decodeVersion(options.version) : undefined;
  const patch = { attributes: attributes as object, references: options.references, user: options.user };
  return withRetries(expected ? 1 : UPDATE_ATTEMPTS, isConflict, () => updateOnce<T>(ctx, type, id, patch, options, expected));
}
