/**
 * Streams every match on one snapshot: a point in time keeps the view stable while
 * `search_after` walks it page by page, past the 10,000 hits from/size allows. The point in
 * time is closed when the walk ends, when the consumer stops early, or on `close()`.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { FindResult, FinderOptions, PointInTimeFinder } from '../types';
import { call, normalizeNamespace, type EsContext } from './context';
import { buildSearchRequest, fieldsToProject, resolveTypes } from './find_request';
import type { RawSource } from './raw_document';
import { withScore } from './read_operations';

export const FINDER_KEEP_ALIVE = '2m';
export const DEFAULT_FINDER_PER_PAGE = 1000;

export function createPointInTimeFinder<T>(ctx: EsContext, options: FinderOptions): PointInTimeFinder<T> {
  const perPage = options.perPage && options.perPage > 0 ? options.perPage : DEFAULT_FINDER_PER_PAGE;
  let pitId: string | undefined;

  async function close(): Promise<void> {
    if (pitId === undefined) return;
    const id = pitId;
    pitId = undefined;
    await call(ctx, () => ctx.client.closePointInTime({ id }));
  }

  async function* find(): AsyncGenerator<FindResult<T>> {
    const types = resolveTypes(ctx, options.type);
    if (types.length === 0) return;
    const request = buildSearchRequest(types, normalizeNamespace(options.namespace), options);
    const project = fieldsToProject(types, options.fields);
    pitId = (await call(ctx, () => ctx.client.openPointInTime({ index: ctx.index, keep_alive: FINDER_KEEP_ALIVE }))).id;
    try {
      let searchAfter: estypes.SortResults | undefined;
      for (let page = 1; ; page++) {
        const res = await call(ctx, () =>
          ctx.client.search<RawSource>({
            ...request,
            pit: { id: pitId as string, keep_alive: FINDER_KEEP_ALIVE },
            size: perPage,
            ...(searchAfter ? { search_after: searchAfter } : {}),
            track_total_hits: true,
            seq_no_primary_term: true,
          }),
        );
        // Elasticsearch may hand back a new id for the same point in time.
        pitId = res.pit_id ?? pitId;
        const hits = res.hits.hits;
        if (hits.length === 0) return;
        const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
        yield {
          saved_objects: hits.flatMap((hit) => (hit._source ? [withScore<T>(ctx, hit, hit._source, project)] : [])),
          total,
          page,
          per_page: perPage,
        };
        if (hits.length < perPage) return;
        searchAfter = hits[hits.length - 1].sort;
      }
    } finally {
      await close();
    }
  }

  return { find, close };
}
