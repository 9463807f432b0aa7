/** The contract's repository over one Elasticsearch alias; each operation lives in its own file. */
import type { SavedObjectsRepository } from '../types';
import type { EsContext } from './context';
import { bulkUpdate } from './bulk_update';
import { bulkCreate, create } from './create_operations';
import { deleteByNamespace } from './delete_by_namespace';
import { bulkDelete, deleteObject } from './delete_operations';
import { incrementCounter } from './increment_counter';
import { createPointInTimeFinder } from './point_in_time_finder';
import { bulkGet, find, get } from './read_operations';
import { unitOfWork } from './unit_of_work';
import { update } from './update_operations';

export function createElasticsearchRepository(ctx: EsContext): SavedObjectsRepository {
  return {
    create: (type, attributes, options) => create(ctx, type, attributes, options),
    bulkCreate: (objects, options) => bulkCreate(ctx, objects, options),
    get: (type, id, options) => get(ctx, type, id, options),
    bulkGet: (objects, options) => bulkGet(ctx, objects, options),
    update: (type, id, attributes, options) => update(ctx, type, id, attributes, options),
    bulkUpdate: (objects, options) => bulkUpdate(ctx, objects, options),
    delete: (type, id, options) => deleteObject(ctx, type, id, options),
    bulkDelete: (objects, options) => bulkDelete(ctx, objects, options),
    find: (options) => find(ctx, options),
    createPointInTimeFinder: (options) => createPointInTimeFinder(ctx, options),
    incrementCounter: (type, id, field, options) => incrementCounter(ctx, type, id, field, options),
    unitOfWork: (operations, options) => unitOfWork(ctx, operations, options),
    deleteByNamespace: (namespace) => deleteByNamespace(ctx, namespace),
  };
}
