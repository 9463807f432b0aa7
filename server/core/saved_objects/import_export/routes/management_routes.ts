/**
 * The Saved Objects page's two read routes, in Kibana's shapes:
 * - `GET /api/kibana/management/savedObjects/_find`: a page of the space's listable objects,
 *   each with the `meta` the table shows (title, icon, in-app link) and its attributes emptied;
 * - `GET /api/kibana/management/saved_objects/_allowed_types`: the types the page may list.
 * The two spellings are Kibana's own: its `_find` has always been under `savedObjects`
 * (camelCase), its other management routes under `saved_objects`.
 *
 * Listable types are the importable-and-exportable ones that do not hide from the page
 * (`visibleInManagement !== false`: a case's comments travel with it, never alone). Both routes
 * take the `savedObjectsManagement` feature's `read` in the space.
 */
import * as t from 'io-ts';
import { badRequest } from '../../../errors';
import { limitedString, strictWithOptional } from '../../../../../common/core/codec';
import type { IRouter, KibanaRequest, RouteOptions } from '../../../http/types';
import type { AuthorizationService } from '../../../security/types';
import { MAX_RESULT_WINDOW, type FindOptions, type SavedObject, type SavedObjectsRepository, type SavedObjectsType, type SavedObjectTypeRegistry } from '../../types';
import { ensureCanReadSavedObjectsManagement } from '../management_feature';
import type { ExchangeRequestContext } from '../types';

export const MANAGEMENT_FIND_PATH = '/api/kibana/management/savedObjects/_find';
export const MANAGEMENT_ALLOWED_TYPES_PATH = '/api/kibana/management/saved_objects/_allowed_types';

export interface ManagementServices {
  registry: SavedObjectTypeRegistry;
  /** Unscoped: every call names the request's space. */
  repository: SavedObjectsRepository;
  authz: Pick<AuthorizationService, 'getSpacePrivileges'>;
}

export interface ManagementRouteDeps {
  /** Throws 503 until the service has started. */
  services(): ManagementServices;
}

const DEFAULT_PER_PAGE = 20;
/** Objects read per page when the total must be recounted after a refusal. */
const RECOUNT_PAGE_SIZE = 1000;
/** Objects handed to a type's `authorize` at once. */
const AUTHORIZE_BATCH = 1000;
const MAX_TYPES = 100;
const MAX_SEARCH_LENGTH = 1024;

const options: RouteOptions = { access: 'internal' };

/** A whole number given as a query-string value. */
const wholeFromQuery = (field: string) =>
  new t.Type<number, number, unknown>(
    field,
    (u): u is number => typeof u === 'number',
    (u, ctx) => {
      const n = typeof u === 'string' && u.trim() !== '' ? Number(u) : typeof u === 'number' ? u : NaN;
      return Number.isInteger(n) && n >= 0 ? t.success(n) : t.failure(u, ctx, `[${field}]: expected a whole number of at least 0`);
    },
    t.identity,
  );

/** `type=a`, `type=a&type=b`: always an array, 1 to MAX_TYPES names. */
const typeList = new t.Type<string[], string[], unknown>(
  'type',
  (u): u is string[] => Array.isArray(u),
  (u, ctx) => {
    const values = Array.isArray(u) ? u : [u];
    if (values.length === 0 || values.length > MAX_TYPES || !values.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 256)) {
      return t.failure(u, ctx, `[type]: expected a type name or 1 to ${MAX_TYPES} of them`);
    }
    return t.success(values as string[]);
  },
  t.identity,
);

export const managementFindQuery = strictWithOptional(
  { type: typeList },
  {
    search: limitedString('search', { max: MAX_SEARCH_LENGTH }),
    defaultSearchOperator: t.keyof({ OR: null, AND: null }),
    page: wholeFromQuery('page'),
    perPage: wholeFromQuery('perPage'),
    sortField: t.keyof({ created_at: null, updated_at: null, type: null }),
    sortOrder: t.keyof({ asc: null, desc: null }),
  },
);

export type ManagementFindQuery = t.TypeOf<typeof managementFindQuery>;

/** The types the page lists. */
export const listableTypes = (registry: SavedObjectTypeRegistry): SavedObjectsType[] =>
  registry
    .getAllTypes()
    .filter((type) => type.management?.importableAndExportable === true && type.management.visibleInManagement !== false);

export interface ManagementObjectMeta {
  title: string;
  icon?: string;
  editUrl?: string;
  inAppUrl?: { path: string; uiCapabilitiesPath: string };
  namespaceType: SavedObjectsType['namespaceType'];
  hiddenType: boolean;
}

/** Kibana's `meta.title`: the type's `getTitle`, else `name`, else `title`, else the id. */
export function managementMeta(type: SavedObjectsType, object: Pick<SavedObject, 'id' | 'type' | 'attributes'>): ManagementObjectMeta {
  const management = type.management ?? {};
  const attributes = (object.attributes ?? {}) as Record<string, unknown>;
  const named = typeof attributes.name === 'string' ? attributes.name : typeof attributes.title === 'string' ? attributes.title : undefined;
  const inAppUrl = management.getInAppUrl?.(object);
  return {
    title: management.getTitle?.(object) ?? named ?? object.id,
    ...(management.icon ? { icon: management.icon } : {}),
    ...(inAppUrl ? { inAppUrl } : {}),
    namespaceType: type.namespaceType,
    hiddenType: type.hidden === true,
  };
}

export function registerManagementRoutes(router: IRouter, deps: ManagementRouteDeps): void {
  router.get({ path: MANAGEMENT_FIND_PATH, validate: { query: managementFindQuery }, options }, async (context, request, response) => {
    const services = deps.services();
    await ensureCanReadSavedObjectsManagement(services.authz, context.user, request);
    return response.ok({ body: await findForManagement(services, request, request.query) });
  });

  router.get({ path: MANAGEMENT_ALLOWED_TYPES_PATH, validate: false, options }, async (context, request, response) => {
    const services = deps.services();
    await ensureCanReadSavedObjectsManagement(services.authz, context.user, request);
    const types = listableTypes(services.registry).map((type) => ({
      name: type.name,
      namespaceType: type.namespaceType,
      hidden: type.hidden === true,
      displayName: type.management?.displayName ?? type.name,
    }));
    return response.ok({ body: { types } });
  });
}

/**
 * One page of the listable objects among `query.type`. Types the page may not list are dropped
 * silently, as Kibana does. Objects a type's `authorize` refuses for `export` are left out of
 * the page; pages keep their place in the store's order, so such a page holds fewer than
 * `perPage`. `total` is the store's count when nothing on the page was refused; when something
 * was, the matching objects of the types that authorize are read once more, in pages, to count
 * what the caller may see (a cost only callers who are refused something pay). A later page
 * that refuses nothing reports the store's count again.
 */
export async function findForManagement(services: ManagementServices, request: KibanaRequest, query: ManagementFindQuery) {
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  if (page < 1) throw badRequest('[request query]: [page]: Value must be equal to or greater than [1].');
  if (page * perPage > MAX_RESULT_WINDOW) {
    throw badRequest(`[request query]: paging past the first ${MAX_RESULT_WINDOW} objects is not possible: narrow the search or the types`);
  }
  const listable = new Map(listableTypes(services.registry).map((type) => [type.name, type]));
  const types = [...new Set(query.type)].filter((name) => listable.has(name)).map((name) => listable.get(name)!);
  if (types.length === 0) return { saved_objects: [], total: 0, page, per_page: perPage };

  const base = baseFind(types, request.spaceId, query);
  const { objects, total } =
    query.sortField === 'type' && types.length > 1 ? await pageByType(services, base, types, page, perPage, query.sortOrder ?? 'asc') : await pageOf(services, base, page, perPage);

  const context: ExchangeRequestContext = { request, namespace: request.spaceId };
  const refused = await refusedIds(services.registry, context, objects);
  const visible = objects.filter((object) => !refused.has(key(object)));
  const counted = refused.size === 0 ? total : await countVisible(services, base, types, context);
  return {
    saved_objects: visible.map((object) => toManagementObject(listable.get(object.type)!, object)),
    total: counted,
    page,
    per_page: perPage,
  };
}

/** The find every read of the query shares: the types, the space, the search in each type's search field. */
function baseFind(types: SavedObjectsType[], namespace: string, query: ManagementFindQuery): FindOptions {
  const find: FindOptions = { type: types.map((type) => type.name), namespace };
  if (query.search !== undefined && query.search.trim() !== '') {
    find.search = query.search;
    find.defaultSearchOperator = query.defaultSearchOperator ?? 'OR';
    // As the export of a search: the types' title fields when each names one, else all text fields.
    const fields = types.map((type) => type.management?.defaultSearchField);
    if (fields.every((field): field is string => typeof field === 'string')) find.searchFields = [...new Set(fields)];
  }
  if (query.sortField && query.sortField !== 'type') {
    find.sortField = query.sortField;
    find.sortOrder = query.sortOrder ?? 'desc';
  }
  return find;
}

async function pageOf(services: ManagementServices, base: FindOptions, page: number, perPage: number) {
  const found = await services.repository.find({ ...base, page, perPage });
  return { objects: found.saved_objects as SavedObject[], total: found.total };
}

/**
 * Sorted by type: the store sorts by attributes and dates, not by type, so the types are walked
 * in name order and the page is cut from the slice of each that falls in it.
 */
async function pageByType(services: ManagementServices, base: FindOptions, types: SavedObjectsType[], page: number, perPage: number, order: 'asc' | 'desc') {
  const names = types.map((type) => type.name).sort();
  if (order === 'desc') names.reverse();
  const start = (page - 1) * perPage;
  const objects: SavedObject[] = [];
  let seen = 0;
  let total = 0;
  for (const name of names) {
    const { total: count } = await services.repository.find({ ...base, type: name, perPage: 0 });
    total += count;
    const from = Math.max(0, start - seen);
    const wanted = perPage - objects.length;
    if (from < count && wanted > 0) {
      const found = await services.repository.find({ ...base, type: name, page: 1, perPage: from + wanted });
      objects.push(...(found.saved_objects as SavedObject[]).slice(from, from + wanted));
    }
    seen += count;
  }
  return { objects, total };
}

const key = (object: { type: string; id: string }) => `${object.type}:${object.id}`;

/** `type:id` of the objects their type's `authorize` refuses for export. */
async function refusedIds(registry: SavedObjectTypeRegistry, context: ExchangeRequestContext, objects: SavedObject[]): Promise<Set<string>> {
  const refused = new Set<string>();
  const byType = new Map<string, SavedObject[]>();
  for (const object of objects) byType.set(object.type, [...(byType.get(object.type) ?? []), object]);
  for (const [name, list] of byType) {
    const authorize = registry.getType(name)?.management?.authorize;
    if (!authorize) continue;
    for (let i = 0; i < list.length; i += AUTHORIZE_BATCH) {
      const batch = list.slice(i, i + AUTHORIZE_BATCH).map(({ id, type, attributes }) => ({ id, type, attributes }));
      for (const id of (await authorize(context, 'export', batch)).keys()) refused.add(key({ type: name, id }));
    }
  }
  return refused;
}

/** What the caller may see of the whole query: the store's count of types that do not authorize, and a read of those that do. */
async function countVisible(services: ManagementServices, base: FindOptions, types: SavedObjectsType[], context: ExchangeRequestContext): Promise<number> {
  const open = types.filter((type) => !type.management?.authorize).map((type) => type.name);
  const guarded = types.filter((type) => type.management?.authorize).map((type) => type.name);
  let count = open.length > 0 ? (await services.repository.find({ ...base, type: open, perPage: 0 })).total : 0;
  const { sortField: _field, sortOrder: _order, ...unsorted } = base;
  const finder = services.repository.createPointInTimeFinder({ ...unsorted, type: guarded, perPage: RECOUNT_PAGE_SIZE });
  try {
    for await (const found of finder.find()) {
      const objects = found.saved_objects as SavedObject[];
      count += objects.length - (await refusedIds(services.registry, context, objects)).size;
    }
  } finally {
    await finder.close();
  }
  return count;
}

/** Kibana's management object: the saved object without its attributes, with `meta`. */
function toManagementObject(type: SavedObjectsType, object: SavedObject) {
  return {
    id: object.id,
    type: object.type,
    ...(object.namespaces ? { namespaces: object.namespaces } : {}),
    references: object.references ?? [],
    created_at: object.created_at,
    updated_at: object.updated_at,
    managed: false,
    attributes: {},
    meta: managementMeta(type, object),
  };
}
