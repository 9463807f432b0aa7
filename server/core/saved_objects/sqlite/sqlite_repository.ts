/**
 * SavedObjectsRepository over SQLite. better-sqlite3 is synchronous, so each method runs its
 * work to completion before returning; calls never interleave within a process. Reads by id
 * answer at once; finds answer from a read worker (read_pool.ts) or, without a pool, at once;
 * writes answer once their group has committed (group_commit.ts), so a find that follows an
 * acknowledged write sees it from any connection. busy_timeout plus IMMEDIATE transactions
 * serialise writers across processes.
 */
import { toItemError, savedObjectNotFound } from '../errors';
import type {
  BulkCreateObject,
  BulkCreateOptions,
  BulkDeleteResult,
  BulkGetObject,
  BulkUpdateObject,
  CreateOptions,
  DeleteOptions,
  FinderOptions,
  FindOptions,
  NamespaceOption,
  SavedObjectBulkItem,
  SavedObjectsRepository,
  UnitOfWorkOptions,
  UpdateOptions,
} from '../types';
import { checkFindOptions, toFindResult } from './find_objects';
import { checkId, toSavedObject } from './object_rows';
import { createFinder } from './point_in_time_finder';
import type { ReadRunner } from './read_requests';
import type { SqliteContext } from './sqlite_context';
import { applyUnit, type BeforeOperation } from './unit_of_work';
import { createOne, deleteNamespace, deleteOne, incrementOne, readRow, updateOne, WriteTx } from './write_ops';

/** Runs synchronous work as a promise, so a thrown error is a rejection, never a throw. */
const settle = <R>(fn: () => R | Promise<R>): Promise<R> => {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
};

/** A bulk item runs in its own savepoint: a failure undoes that item only. */
function item<T>(tx: WriteTx, type: string, id: string | undefined, fn: () => T): T | { type: string; id: string; error: ReturnType<typeof toItemError> } {
  try {
    return tx.ctx.savepoint(fn);
  } catch (error) {
    return { type, id: id ?? '', error: toItemError(error) };
  }
}

export interface RepositoryHooks {
  /** After a committed bulk write, with how many objects it carried. */
  afterBulkWrite?: (count: number) => void;
  /**
   * Test-only fault injection: called before each operation of a unit of work, inside its
   * transaction. Not part of the repository contract.
   */
  beforeOperation?: BeforeOperation;
}

/**
 * `context` and `reader` are read on each call: the repository exists before the backend has
 * started. Reads by id run on the main connection (a round trip to a worker costs more than
 * the read); finds and finder pages go to `reader`, a read pool or the main connection.
 */
export function createSqliteRepository(
  context: () => SqliteContext,
  reader: () => ReadRunner,
  hooks: RepositoryHooks = {},
): SavedObjectsRepository {
  const write = <R>(fn: (tx: WriteTx) => R): Promise<R> => {
    let ctx: SqliteContext;
    try {
      ctx = context();
    } catch (error) {
      return Promise.reject(error);
    }
    return ctx.writeGrouped(() => fn(new WriteTx(ctx)));
  };
  const bulkWrite = <R>(count: number, fn: (tx: WriteTx) => R): Promise<R> =>
    write(fn).then((result) => {
      hooks.afterBulkWrite?.(count);
      return result;
    });

  return {
    create: (type, attributes, options: CreateOptions = {}) =>
      write((tx) => createOne(tx, { ...options, type, attributes })),

    bulkCreate: <T>(objects: Array<BulkCreateObject<T>>, options: BulkCreateOptions = {}) =>
      bulkWrite(objects.length, (tx) => ({
        saved_objects: objects.map(
          (object) => item(tx, object.type, object.id, () => createOne<T>(tx, { ...options, ...object })) as SavedObjectBulkItem<T>,
        ),
      })),

    get: <T>(type: string, id: string, options: NamespaceOption = {}) =>
      settle(() => {
        const ctx = context();
        const schema = ctx.schemaOf(type);
        const row = readRow(ctx, schema, checkId(id), options.namespace);
        if (!row) throw savedObjectNotFound(type, id);
        return toSavedObject<T>(schema, row);
      }),

    bulkGet: <T>(objects: BulkGetObject[], options: NamespaceOption = {}) =>
      settle(() => {
        const ctx = context();
        return ctx.read(() => ({
          saved_objects: objects.map((object): SavedObjectBulkItem<T> => {
            try {
              const schema = ctx.schemaOf(object.type);
              const row = readRow(ctx, schema, checkId(object.id), options.namespace);
              if (!row) throw savedObjectNotFound(object.type, object.id);
              return toSavedObject<T>(schema, row);
            } catch (error) {
              return { type: object.type, id: object.id, error: toItemError(error) };
            }
          }),
        }));
      }),

    update: (type, id, attributes, options: UpdateOptions = {}) =>
      write((tx) => updateOne(tx, { ...options, type, id, attributes })),

    bulkUpdate: <T>(objects: Array<BulkUpdateObject<T>>, options: Omit<UpdateOptions, 'version' | 'references'> = {}) =>
      bulkWrite(objects.length, (tx) => ({
        saved_objects: objects.map(
          (object) => item(tx, object.type, object.id, () => updateOne<T>(tx, { ...options, ...object })) as SavedObjectBulkItem<T>,
        ),
      })),

    delete: (type, id, options: DeleteOptions = {}) => write((tx) => deleteOne(tx, type, id, options.namespace)),

    bulkDelete: (objects, options: DeleteOptions = {}) =>
      write((tx) => ({
        statuses: objects.map((object): BulkDeleteResult => {
          const result = item(tx, object.type, object.id, () => deleteOne(tx, object.type, object.id, options.namespace));
          return result && typeof result === 'object' && 'error' in result
            ? { type: object.type, id: object.id, success: false, error: result.error }
            : { type: object.type, id: object.id, success: true };
        }),
      })),

    find: <T>(options: FindOptions) =>
      settle(() => {
        // Sent now, not a tick later: without a pool the read runs at the call, as before.
        checkFindOptions(options);
        return reader().run({ op: 'find', options });
      }).then((raw) => {
        const ctx = context();
        return toFindResult<T>((type) => ctx.schemaOf(type), raw, options.fields);
      }),

    createPointInTimeFinder: <T>(options: FinderOptions) => createFinder<T>(context, { run: (request) => reader().run(request) }, options),

    incrementCounter: (type, id, field, options = {}) =>
      write((tx) => incrementOne(tx, type, id, field, options.namespace, options.initial)),

    unitOfWork: (operations, options: UnitOfWorkOptions = {}) =>
      write((tx) => applyUnit(tx, operations, options, hooks.beforeOperation)),

    deleteByNamespace: (namespace) => write((tx) => deleteNamespace(tx, namespace)),
  };
}
