/**
 * A counter kept in one attribute, incremented on the shard by a scripted upsert so
 * concurrent callers each get their own value (gap-free case numbers). `retry_on_conflict`
 * absorbs the version races between concurrent increments of the same document.
 */
import { HttpError } from '../../errors';
import type { NamespaceOption } from '../types';
import { call, normalizeNamespace, requireType, type EsContext } from './context';
import { buildSource, rawId, type RawSource } from './raw_document';

export const COUNTER_RETRY_ON_CONFLICT = 10;

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
  const res = await call(
    ctx,
    () =>
      ctx.client.update<RawSource, RawSource, RawSource>({
        index: ctx.index,
        id: rawId(type, id, namespace),
        script: { source: INCREMENT_SCRIPT, lang: 'painless', params: { type: typeName, field, initial: options.initial ?? 0, now } },
        upsert,
        scripted_upsert: true,
        retry_on_conflict: COUNTER_RETRY_ON_CONFLICT,
        refresh: 'wait_for',
        _source: true,
      }),
    { type: typeName, id },
  );
  const attributes = res.get?._source?.[typeName] as Record<string, unknown> | undefined;
  const value = attributes?.[field];
  if (typeof value !== 'number') {
    throw new HttpError(500, `Counter [${field}] of [${typeName}/${id}] is not a number`);
  }
  return value;
}
