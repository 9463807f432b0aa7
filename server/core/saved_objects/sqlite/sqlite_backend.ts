/**
 * The embedded storage backend: one SQLite file (or `:memory:`) through better-sqlite3.
 * Layout per type and the reasons for it are described in type_schema.ts.
 */
import type { Logger } from '../../logging/types';
import type { FindOptions, SavedObjectsBackend, SavedObjectTypeRegistry } from '../types';
import { openDatabase, refreshStatistics } from './connection';
import { explainFind } from './explain_find';
import { migrateAtStart } from './migrate_at_start';
import { ReadPool } from './read_pool';
import { mainThreadReader, routedReader, type ReadRequest, type ReadRunner } from './read_requests';
import { toWorkerType } from './read_worker_protocol';
import { ensureSchema } from './schema_ddl';
import { SqliteContext } from './sqlite_context';
import { createSqliteRepository, type RepositoryHooks } from './sqlite_repository';
import { buildTypeSchema, type TypeSchema } from './type_schema';

export interface SqliteBackendOptions {
  /** A file path, or `:memory:`. */
  path: string;
  registry: SavedObjectTypeRegistry;
  logger?: Logger;
  /** At most this many older-model-version rows per type are migrated at start; more migrate on read. */
  bulkMigrationLimit?: number;
  /**
   * Worker threads that run finds, each on its own read-only connection (read_pool.ts).
   * 0 (the default here; the server's setting defaults to the CPUs) runs them on the main
   * connection, as does `:memory:`, which no other connection can open.
   */
  readWorkers?: number;
  /** The time budget of one read in a worker; without workers there is none. */
  queryTimeoutMs?: number;
  /**
   * With workers: `heavy` (the default) sends searches, aggregations and unfiltered finds to
   * them and keeps bounded finds on the main connection (read_requests.ts, isHeavyRead);
   * `all` sends every find, so tests of the pool exercise it with any query.
   */
  readRouting?: 'heavy' | 'all';
  /**
   * Test-only: fault injection inside units of work (see RepositoryHooks), and reads that
   * block their worker as a never-ending query would (to test the time budget).
   */
  testHooks?: Pick<RepositoryHooks, 'beforeOperation'> & { stallRead?: (request: ReadRequest) => boolean };
}

export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export interface SqliteBackend extends SavedObjectsBackend {
  readonly name: 'sqlite';
  /** EXPLAIN QUERY PLAN of the page query a find would run: for tests and benchmarks. */
  explainFind(options: FindOptions): string[];
  /** Refreshes planner statistics where SQLite finds them stale. */
  optimize(): void;
  /** The open connection and type layouts: the document service writes its tables directly (server/core/data/sqlite). */
  context(): SqliteContext;
  /** Counts rows a bulk write outside the repository stored, so statistics refresh as after the repository's own. */
  noteBulkWrite(count: number): void;
}

/** Bulk writes this large may change the data's shape enough to refresh planner statistics. */
const STATISTICS_REFRESH_ROWS = 10_000;

export function createSqliteBackend(opts: SqliteBackendOptions): SqliteBackend {
  let ctx: SqliteContext | undefined;
  let pool: ReadPool | undefined;
  let writtenSinceAnalyze = 0;
  const context = (): SqliteContext => {
    if (!ctx) throw new Error('The SQLite saved-objects backend is not started');
    return ctx;
  };
  const onMainThread = mainThreadReader(context);
  const reader = (): ReadRunner => {
    context();
    return pool ? routedReader(pool, onMainThread, opts.readRouting ?? 'heavy') : onMainThread;
  };
  const noteBulkWrite = (count: number) => {
    writtenSinceAnalyze += count;
    if (writtenSinceAnalyze < STATISTICS_REFRESH_ROWS || !ctx) return;
    writtenSinceAnalyze = 0;
    refreshStatistics(ctx.db);
  };
  const repository = createSqliteRepository(context, reader, {
    beforeOperation: opts.testHooks?.beforeOperation,
    afterBulkWrite: noteBulkWrite,
  });

  return {
    name: 'sqlite',
    repository,
    async start() {
      if (ctx) return;
      const db = openDatabase(opts.path);
      const schemas = new Map<string, TypeSchema>();
      try {
        for (const type of opts.registry.getAllTypes()) schemas.set(type.name, buildTypeSchema(type));
        ctx = new SqliteContext(db, schemas, opts.logger);
        ensureSchema(ctx);
        migrateAtStart(ctx, opts.bulkMigrationLimit);
        refreshStatistics(db);
      } catch (error) {
        ctx = undefined;
        db.close();
        throw error;
      }
      pool = startPool(opts);
      const reads = pool ? `${opts.readWorkers} read workers` : 'reads on the main thread';
      opts.logger?.info(`saved objects: SQLite backend started on ${opts.path} with ${schemas.size} types, ${reads}`);
    },
    async health() {
      try {
        context().db.prepare('SELECT 1').get();
        return { level: 'available', summary: 'SQLite is available' };
      } catch (error) {
        return { level: 'unavailable', summary: `SQLite is unavailable: ${(error as Error).message}` };
      }
    },
    async close() {
      if (!ctx) return;
      const { db } = ctx;
      ctx.flushWrites();
      ctx = undefined;
      // Readers first: a checkpoint cannot truncate the log past a snapshot still being read.
      await pool?.close();
      pool = undefined;
      try {
        db.pragma('optimize');
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
    },
    explainFind: (options) => explainFind(context(), options),
    optimize: () => refreshStatistics(context().db),
    noteBulkWrite,
    context,
  };
}

function startPool(opts: SqliteBackendOptions): ReadPool | undefined {
  const size = opts.readWorkers ?? 0;
  if (size < 1 || opts.path === ':memory:') return undefined;
  return new ReadPool({
    path: opts.path,
    types: opts.registry.getAllTypes().map(toWorkerType),
    size,
    queryTimeoutMs: opts.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    logger: opts.logger,
    stall: opts.testHooks?.stallRead,
  });
}
