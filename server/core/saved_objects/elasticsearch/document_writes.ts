/**
 * Single-document and bulk writes that survive a lost answer (see write_retry.ts). After one,
 * the write is sent again where a second copy cannot do harm:
 * - `index` of a full document without a guard: the second copy writes the same document;
 * - `create`, or `index` guarded by `if_seq_no`: a second copy after the first was applied
 *   gets 409, and the write is ours if the stored document is exactly the one we sent;
 * - `delete`: a second copy after the first was applied gets 404, which is then success.
 */
import { isDeepStrictEqual } from 'node:util';
import type { estypes } from '@elastic/elasticsearch';
import { call, WRITE_THROUGH_ALIAS, type EsContext } from './context';
import type { ObjectTarget } from './es_errors';
import type { RawSource } from './raw_document';
import { backoff, isConflict, isLostAnswer, LOST_ANSWER_ATTEMPTS, WRITE_OPTIONS } from './write_retry';

export interface Written {
  seqNo?: number;
  primaryTerm?: number;
}

export interface DocumentWrite {
  _id: string;
  source: RawSource;
  action: 'create' | 'index';
  /** Optimistic concurrency for `index`: written only over this version. */
  guard?: { seqNo: number; primaryTerm: number };
  refresh: 'wait_for' | false;
}

/** What Elasticsearch stores is the JSON of what we sent: undefined values are dropped. */
const asStored = (source: RawSource): unknown => JSON.parse(JSON.stringify(source));

/** Whether each candidate's stored document is exactly ours, with its version if so. */
export async function storedIfOurs(ctx: EsContext, candidates: Array<{ _id: string; source: RawSource }>): Promise<Array<Written | undefined>> {
  if (candidates.length === 0) return [];
  const res = await ctx.client.mget<RawSource>({ index: ctx.index, docs: candidates.map((c) => ({ _id: c._id })) });
  return candidates.map((candidate, i) => {
    const doc = res.docs[i] as { found?: boolean; _source?: RawSource; _seq_no?: number; _primary_term?: number } | undefined;
    if (!doc?.found || !isDeepStrictEqual(doc._source, asStored(candidate.source))) return undefined;
    return { seqNo: doc._seq_no, primaryTerm: doc._primary_term };
  });
}

async function ourStoredDocument(ctx: EsContext, write: DocumentWrite): Promise<Written | undefined> {
  const res = await ctx.client.get<RawSource>({ index: ctx.index, id: write._id }, { ignore: [404] });
  if (!res.found || !isDeepStrictEqual(res._source, asStored(write.source))) return undefined;
  return { seqNo: res._seq_no, primaryTerm: res._primary_term };
}

function sendOnce(ctx: EsContext, write: DocumentWrite) {
  const params = { index: ctx.index, id: write._id, document: write.source, refresh: write.refresh, ...WRITE_THROUGH_ALIAS };
  if (write.action === 'create') return ctx.client.create(params, WRITE_OPTIONS);
  const guard = write.guard ? { if_seq_no: write.guard.seqNo, if_primary_term: write.guard.primaryTerm } : {};
  return ctx.client.index({ ...params, ...guard }, WRITE_OPTIONS);
}

/** `create` or `index` of one whole document; errors mapped for `target`. */
export function writeDocument(ctx: EsContext, write: DocumentWrite, target: ObjectTarget): Promise<Written> {
  return call(
    ctx,
    async () => {
      let lostBefore = false;
      for (let attempt = 1; ; attempt++) {
        try {
          const res = await sendOnce(ctx, write);
          return { seqNo: res._seq_no, primaryTerm: res._primary_term };
        } catch (e) {
          if (lostBefore && isConflict(e)) {
            const ours = await ourStoredDocument(ctx, write);
            if (ours) return ours;
          }
          if (attempt >= LOST_ANSWER_ATTEMPTS || !isLostAnswer(e)) throw e;
          lostBefore = true;
          await backoff(attempt);
        }
      }
    },
    target,
  );
}

export function deleteDocument(ctx: EsContext, _id: string, refresh: 'wait_for' | false, target: ObjectTarget): Promise<void> {
  return call(
    ctx,
    async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          await ctx.client.delete({ index: ctx.index, id: _id, refresh }, { ...WRITE_OPTIONS, ignore: attempt > 1 ? [404] : [] });
          return;
        } catch (e) {
          if (attempt >= LOST_ANSWER_ATTEMPTS || !isLostAnswer(e)) throw e;
          await backoff(attempt);
        }
      }
    },
    target,
  );
}

export interface BulkAnswer {
  items: Array<Partial<Record<string, estypes.BulkResponseItem>>>;
  /** Sent more than once: a 409 on a create or guarded index, or a 404 on a delete, may be our own first copy. */
  resent: boolean;
}

/** One `_bulk`, sent again as a whole after a lost answer; callers settle items with `resent` in mind. */
export function sendBulk(ctx: EsContext, operations: unknown[], refresh: 'wait_for' | false): Promise<BulkAnswer> {
  return call(ctx, async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await ctx.client.bulk({ index: ctx.index, operations, refresh, ...WRITE_THROUGH_ALIAS }, WRITE_OPTIONS);
        return { items: res.items, resent: attempt > 1 };
      } catch (e) {
        if (attempt >= LOST_ANSWER_ATTEMPTS || !isLostAnswer(e)) throw e;
        await backoff(attempt);
      }
    }
  });
}
