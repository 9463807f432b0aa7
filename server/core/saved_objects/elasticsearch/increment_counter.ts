/**
 * A counter kept in one attribute, incremented on the shard by a scripted upsert so
 * concurrent callers each get their own value (gap-free case numbers). `retry_on_conflict`
 * absorbs most version races between processes incrementing the same document; a 409 that
 * outlives it is retried here with jittered backoff, and increments from this process are
 * queued so they never race each other. An increment is never resent after a lost answer
 * (it may have been applied, and a resend would skip a number): the caller gets a 503.
 * Not refreshed: the value comes back in the answer and nothing searches counters.
 */
import { HttpError } from '../../errors';
import type { NamespaceOption } from '../types';
import { call, normalizeNamespace, requireType, WRITE_THROUGH_ALIAS, type EsContext } from './context';
import { runQueued } from './counter_queue';
import { buildSource, rawId, type RawSource } from './raw_document';
import { isConflict, withRetries, WRITE_OPTIONS } from './write_retry';

export const COUNTER_RETRY_ON_CONFLICT = 10;

/** Requests per increment when each comes back 409 (each already retried on the shard). */
export const COUNTER_ATTEMPTS = 8;

// Runs on the upsert document too (scripted_upsert), so creation and increment share one path.
export const INCREMENT_SCRIPT = [
  'def attrs = ctx._source[params.type];',
  'if (attrs == null) { attrs = new HashMap(); ctx._source[params.type] = attrs; }',
  'def current = attrs[params.field];',
  'attrs[params.field] = (current == null ? params.initial : current) + 1;',
  'ctx._source.updated_at = params.now;',
].join(' ');

export async function incrementCounter(
  ctx: EsContext,
  typeName: string,
  id: string,
  field: string,
  options: NamespaceOption & { initial?: number } = {},
): Promise<number> {
  const type = requireType(ctx, typeName);
  const namespace = normalizeNamespace(options.namespace);
  const now = ctx.now();
  const upsert = buildSource({ type, id, namespace, attributes: {}, references: [], createdAt: now, updatedAt: now });
  const _id = rawId(type, id, namespace);
  const send = () =>
    call(
      ctx,
      () =>
        ctx.client.update<RawSource, RawSource, RawSource>(
          {
            index: ctx.index,
            id: _id,
            script: { source: INCREMENT_SCRIPT, lang: 'painless', params: { type: typeName, field, initial: options.initial ?? 0, now } },
            upsert,
            scripted_upsert: true,
            retry_on_conflict: COUNTER_RETRY_ON_CONFLICT,
            refresh: false,
            _source: true,
            ...WRITE_THROUGH_ALIAS,
          },
          WRITE_OPTIONS,
        ),
      { type: typeName, id },
    );
  const res = await runQueued(ctx.client, `${ctx.index}\u0000${_id}`, () => withRetries(COUNTER_ATTEMPTS, isConflict, send));
  const attributes = res.get?._source?.[typeName] as Record<string, unknown> | undefined;
  const value = attributes?.[field];
  if (typeof value !== 'number') {
    throw new HttpError(500, `Counter [${field}] of [${typeName}/${id}] is not a number`);
  }
  return value;
}
