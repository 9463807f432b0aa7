/**
 * The rules of spaces: ids are unique and fixed, reserved spaces stay, a deleted space takes
 * its objects with it. Authorization is the route's job; this only knows what a space may be.
 */
import { badRequest, conflict, notFound } from '../errors';
import type { Logger } from '../logging/types';
import type { SavedObjectsRepository } from '../saved_objects/types';
import { isConflict, isNotFound } from '../security/repository_errors';
import type { SpaceBody } from './space_codecs';
import type { SpaceIdCache } from './space_id_cache';
import { DEFAULT_SPACE, MAX_SPACES, SPACE_TYPE, toSpace, type Space, type SpaceAttributes } from './space_type';

/** What is stored of a request body: never the id (it is the object id) nor `_reserved`. */
function toAttributes(body: SpaceBody): SpaceAttributes {
  const { id: _id, _reserved, disabledFeatures, ...rest } = body;
  return { ...rest, disabledFeatures: disabledFeatures ?? [] };
}

export function createSpacesClient(deps: { repository: SavedObjectsRepository; cache: SpaceIdCache; logger: Logger }) {
  const { repository, cache, logger } = deps;

  const rethrowNotFound = (e: unknown): never => {
    throw isNotFound(e) ? notFound() : e;
  };

  async function get(id: string): Promise<Space> {
    return toSpace(await repository.get<SpaceAttributes>(SPACE_TYPE, id).catch(rethrowNotFound));
  }

  async function list(): Promise<Space[]> {
    const found = await repository.find<SpaceAttributes>({ type: SPACE_TYPE, perPage: MAX_SPACES, sortField: 'name.keyword', sortOrder: 'asc' });
    return found.saved_objects.map(toSpace);
  }

  async function create(body: SpaceBody): Promise<Space> {
    const { total } = await repository.find({ type: SPACE_TYPE, perPage: 0 });
    if (total >= MAX_SPACES) {
      throw badRequest('Unable to create Space, this exceeds the maximum number of spaces set by the xpack.spaces.maxSpaces setting');
    }
    try {
      const created = toSpace(await repository.create<SpaceAttributes>(SPACE_TYPE, toAttributes(body), { id: body.id }));
      cache.saved(created.id, created.disabledFeatures);
      return created;
    } catch (e) {
      if (isConflict(e)) throw conflict(`A space with the identifier ${body.id} already exists.`);
      throw e;
    }
  }

  async function update(id: string, body: SpaceBody): Promise<Space> {
    if (body.id !== id) throw badRequest(`The space id in the body [${body.id}] must match the id in the path [${id}].`);
    const updated = toSpace(await repository.update<SpaceAttributes>(SPACE_TYPE, id, toAttributes(body)).catch(rethrowNotFound));
    // Switching a feature off takes effect on the next request, not after the cache's next re-read.
    cache.saved(id, updated.disabledFeatures);
    return updated;
  }

  async function remove(id: string): Promise<void> {
    const existing = await get(id);
    if (existing._reserved) throw badRequest(`The ${id} space cannot be deleted because it is reserved.`);
    // Objects first: a failure then leaves the space in place, and deleting it again finishes the job.
    const deleted = await repository.deleteByNamespace(id);
    await repository.delete(SPACE_TYPE, id).catch(rethrowNotFound);
    cache.removed(id);
    logger.info({ event: { action: 'space_delete', outcome: 'success' }, kibana: { space_id: id } }, `Deleted space [${id}] and ${deleted} saved objects in it`);
  }

  /** The default space must exist for `/` to be served; it is created on start when missing. */
  async function ensureDefaultSpace(): Promise<void> {
    try {
      const existing = await repository.get<SpaceAttributes>(SPACE_TYPE, DEFAULT_SPACE.id);
      cache.saved(DEFAULT_SPACE.id, existing.attributes.disabledFeatures);
      return;
    } catch (e) {
      if (!isNotFound(e)) throw e;
      const { id, ...attributes } = DEFAULT_SPACE;
      // Another process sharing the store may win the race; its default space is as good.
      await repository.create<SpaceAttributes>(SPACE_TYPE, attributes, { id }).catch((err) => {
        if (!isConflict(err)) throw err;
      });
      logger.info('Created the default space');
    }
    cache.saved(DEFAULT_SPACE.id, DEFAULT_SPACE.disabledFeatures);
  }

  return { get, list, create, update, remove, ensureDefaultSpace };
}

export type SpacesClient = ReturnType<typeof createSpacesClient>;
