/** `get`, `bulkGet` and `find`. */
import { invalidQuery, savedObjectNotFound, toItemError, unsupportedType } from '../errors';
import {
  MAX_RESULT_WINDOW,
  type BulkGetObject,
  type FindOptions,
  type FindResult,
  type NamespaceOption,
  type SavedObject,
  type SavedObjectBulkItem,
  type SavedObjectsType,
} from '../types';
import { aggregationsBody, parseAggregations, planAggregations } from './aggregations';
import { call, normalizeNamespace, requireType, type EsContext } from './context';
import { projectAttributes } from '../project_fields';
import { buildSearchRequest, fieldsToProject, resolveTypes } from './find_request';
import { rankByValues } from '../rank_by';
import { rankedSearchRequest } from './rank_query';
import { belongsTo, hitToSavedObject, rawId, toSavedObject, upToDate, type RawHit, type RawSource } from './raw_document';

export const DEFAULT_PER_PAGE = 20;

export interface CurrentDocument {
  source: RawSource;
  seqNo: number;
  primaryTerm: number;
}

/**
 * The stored document with its sequence numbers, at the type's latest model version (an
 * update patches today's shape); 404 when missing or in another space, 422 when newer.
 */
export async function readCurrent(ctx: EsContext, type: SavedObjectsType, id: string, namespace: string): Promise<CurrentDocument> {
  const target = { type: type.name, id };
  const res = await call(ctx, () => ctx.client.get<RawSource>({ index: ctx.index, id: rawId(type, id, namespace) }), target);
  if (!res.found || !res._source || !belongsTo(res._source, type, namespace)) {
    throw savedObjectNotFound(type.name, id);
  }
  return { source: upToDate(res._source, type), seqNo: res._seq_no ?? 0, primaryTerm: res._primary_term ?? 1 };
}

export async function get<T>(ctx: EsContext, typeName: string, id: string, options: NamespaceOption = {}): Promise<SavedObject<T>> {
  const type = requireType(ctx, typeName);
  const current = await readCurrent(ctx, type, id, normalizeNamespace(options.namespace));
  return toSavedObject<T>(current.source, current.seqNo, current.primaryTerm);
}

/** mget of the known types; unknown types and misses become per-item errors. */
export async function bulkGet<T>(
  ctx: EsContext,
  objects: BulkGetObject[],
  options: NamespaceOption = {},
): Promise<{ saved_objects: Array<SavedObjectBulkItem<T>> }> {
  const namespace = normalizeNamespace(options.namespace);
  const types = objects.map((o) => ctx.registry.getType(o.type));
  const wanted = objects.flatMap((o, i) => {
    const type = types[i];
    return type ? [{ _id: rawId(type, o.id, namespace) }] : [];
  });
  const docs =
    wanted.length > 0
      ? (await call(ctx, () => ctx.client.mget<RawSource>({ index: ctx.index, docs: wanted }))).docs
      : [];
  let next = 0;
  const saved_objects = objects.map((o, i): SavedObjectBulkItem<T> => {
    const type = types[i];
    if (!type) return { type: o.type, id: o.id, error: toItemError(unsupportedType(o.type)) };
    const doc = docs[next++] as RawHit & { found?: boolean };
    if (!doc?.found || !doc._source || !belongsTo(doc._source, type, namespace)) {
      return { type: o.type, id: o.id, error: toItemError(savedObjectNotFound(o.type, o.id)) };
    }
    try {
      return hitToSavedObject<T>({ ...doc, _source: upToDate(doc._source, type) });
    } catch (e) {
      return { type: o.type, id: o.id, error: toItemError(e) };
    }
  });
  return { saved_objects };
}

function pagination(options: FindOptions): { page: number; perPage: number } {
  const page = options.page ?? 1;
  const perPage = options.perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(page) || page < 1) throw invalidQuery(`[page] must be a positive integer, got [${page}]`);
  if (!Number.isInteger(perPage) || perPage < 0) throw invalidQuery(`[perPage] must be a non-negative integer, got [${perPage}]`);
  if (page * perPage > MAX_RESULT_WINDOW) {
    throw invalidQuery(
      `Cannot page past ${MAX_RESULT_WINDOW} results (page ${page} × perPage ${perPage}); use a point-in-time finder to read further`,
    );
  }
  return { page, perPage };
}

export async function find<T>(ctx: EsContext, options: FindOptions): Promise<FindResult<T>> {
  const { page, perPage } = pagination(options);
  const rankValues = rankByValues(options);
  const types = resolveTypes(ctx, options.type);
  if (types.length === 0 || rankValues?.length === 0) return { saved_objects: [], total: 0, page, per_page: perPage };
  const plan = options.aggs ? planAggregations(types, options.aggs) : undefined;
  const namespace = normalizeNamespace(options.namespace);
  const request = rankValues ? rankedSearchRequest(types, namespace, options, rankValues) : buildSearchRequest(types, namespace, options);
  const res = await call(ctx, () =>
    ctx.client.search<RawSource>({
      index: ctx.index,
      ...request,
      from: (page - 1) * perPage,
      size: perPage,
      track_total_hits: true,
      seq_no_primary_term: true,
      // The score is the ranked find's answer (how many values a hit holds): returned with each hit.
      ...(rankValues ? { track_scores: true } : {}),
      ...(plan ? { aggs: aggregationsBody(plan) } : {}),
    }),
  );
  const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
  const project = fieldsToProject(types, options.fields);
  return {
    saved_objects: res.hits.hits.flatMap((hit) => (hit._source ? [withScore<T>(ctx, hit, hit._source, project)] : [])),
    total,
    page,
    per_page: perPage,
    ...(plan ? { aggregations: parseAggregations(plan, res.aggregations as Record<string, unknown> | undefined) } : {}),
  };
}

/** A search hit as a saved object at the latest model version, projected to `project` when given. */
export function withScore<T>(
  ctx: EsContext,
  hit: RawHit & { _score?: number | null },
  source: RawSource,
  project?: string[],
): SavedObject<T> & { score?: number } {
  const type = ctx.registry.getType(source.type);
  const current = type ? upToDate(source, type) : source;
  const object = hitToSavedObject<T>({ ...hit, _source: current });
  if (project) object.attributes = projectAttributes(object.attributes as Record<string, unknown>, project) as T;
  return typeof hit._score === 'number' ? { ...object, score: hit._score } : object;
}
