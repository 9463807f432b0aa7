/**
 * Streams every match on one snapshot: a point in time keeps the view stable while
 * `search_after` walks it page by page, past the 10,000 hits from/size allows. The point in
 * time is closed when the walk ends, when the consumer stops early, or on `close()`; after
 * `close()` the walk stops, as the SQLite finder's does, rather than search without an id.
 */
import type { estypes } from '@elastic/elasticsearch';
import type { FindResult, FinderOptions, PointInTimeFinder } from '../types';
import { call, normalizeNamespace, type EsContext } from './context';
import { pointInTimeGone } from './es_errors';
import { isHttpError } from '../../errors';
import { buildSearchRequest, fieldsToProject, resolveTypes } from './find_request';
import type { RawSource } from './raw_document';
import { withScore } from './read_operations';

export const FINDER_KEEP_ALIVE = '2m';
export const DEFAULT_FINDER_PER_PAGE = 1000;

type SearchResponse = estypes.SearchResponse<RawSource>;

export function createPointInTimeFinder<T>(ctx: EsContext, options: FinderOptions): PointInTimeFinder<T> {
  const perPage = options.perPage && options.perPage > 0 ? options.perPage : DEFAULT_FINDER_PER_PAGE;
  let pitId: string | undefined;
  let closed = false;
  // The request in flight, if any: close() waits for it so a PIT it opens or renews is freed too.
  let inFlight: Promise<unknown> | undefined;

  async function track<R>(request: Promise<R>): Promise<R> {
    inFlight = request;
    try {
      return await request;
    } finally {
      inFlight = undefined;
    }
  }

  async function release(): Promise<void> {
    if (pitId === undefined) return;
    const id = pitId;
    pitId = undefined;
    // A PIT that expired is already freed: Elasticsearch answers 404, which is what we wanted.
    await call(ctx, () => ctx.client.closePointInTime({ id }, { ignore: [404] }));
  }

  async function close(): Promise<void> {
    closed = true;
    await inFlight?.catch(() => undefined);
    await release();
  }

  /** Cleanup at the end of a walk never throws: the error that ended it is the one to report. */
  async function releaseQuietly(): Promise<void> {
    try {
      await release();
    } catch (e) {
      // An unfreed PIT expires on its own after the keep-alive.
      ctx.logger?.warn({ err: e }, 'Could not close the finder point in time; it expires after its keep-alive');
    }
  }

  async function searchPage(request: estypes.SearchRequest, searchAfter: estypes.SortResults | undefined, first: boolean) {
    const search = call(ctx, () =>
      ctx.client.search<RawSource>({
        ...request,
        pit: { id: pitId as string, keep_alive: FINDER_KEEP_ALIVE },
        size: perPage,
        ...(searchAfter ? { search_after: searchAfter } : {}),
        // The snapshot does not change, so the first count holds for every page.
        track_total_hits: first,
        seq_no_primary_term: true,
      }),
    ).then((res: SearchResponse) => {
      // Elasticsearch may hand back a new id for the same point in time.
      pitId = res.pit_id ?? pitId;
      return res;
    }, (e: unknown) => {
      // Name the keep-alive, the one thing the caller can act on.
      throw isHttpError(e) && e.statusCode === 410 ? pointInTimeGone(FINDER_KEEP_ALIVE) : e;
    });
    return track(search);
  }

  async function* find(): AsyncGenerator<FindResult<T>> {
    if (closed) return;
    const types = resolveTypes(ctx, options.type);
    if (types.length === 0) return;
    const request = buildSearchRequest(types, normalizeNamespace(options.namespace), options);
    const project = fieldsToProject(types, options.fields);
    const opened = call(ctx, () => ctx.client.openPointInTime({ index: ctx.index, keep_alive: FINDER_KEEP_ALIVE })).then((res) => {
      pitId = res.id;
    });
    await track(opened);
    try {
      let searchAfter: estypes.SortResults | undefined;
      let total = 0;
      for (let page = 1; !closed; page++) {
        const res = await searchPage(request, searchAfter, page === 1);
        const hits = res.hits.hits;
        if (closed || hits.length === 0) return;
        if (page === 1) total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
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
      await releaseQuietly();
    }
  }

  return { find, close };
}
