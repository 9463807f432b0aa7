/**
 * The Elasticsearch storage backend: every saved object in one index behind an alias, with
 * explicit mappings built from the registered types. Many app processes may share it.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../../logging/types';
import { newObjectId } from '../object_id';
import type { SavedObjectsBackend, SavedObjectTypeRegistry } from '../types';
import { DEFAULT_INDEX_ALIAS } from './config';
import type { EsContext } from './context';
import { storeHealth } from './health';
import { ensureIndex } from './index_bootstrap';
import { migrateAtStart } from './migrate_at_start';
import { migrationSettings, type MigrationSettings } from './migration_settings';
import { createElasticsearchRepository } from './repository';
import { repairUnitsOfWork, withJournalType } from './unit_of_work_journal';

export interface ElasticsearchBackendOptions {
  /** Owned by the backend from here on: `close()` closes it. */
  client: Client;
  /** Alias name; default `saved-objects` (the host names its own: the standalone Cases host, `cases-saved-objects`). */
  index?: string;
  registry: SavedObjectTypeRegistry;
  logger?: Logger;
  /** For tests: a fixed clock and predictable ids. */
  now?: () => string;
  generateId?: () => string;
  /** At most this many older-model-version documents per type are migrated at start; more migrate on read. */
  bulkMigrationLimit?: number;
  /** Lock and task timing of mapping migrations (migration_settings.ts); tests inject the clock and sleep. */
  migration?: Partial<MigrationSettings>;
}

export function createElasticsearchBackend(opts: ElasticsearchBackendOptions): SavedObjectsBackend {
  const ctx: EsContext = {
    client: opts.client,
    index: opts.index ?? DEFAULT_INDEX_ALIAS,
    registry: opts.registry,
    logger: opts.logger,
    now: opts.now ?? (() => new Date().toISOString()),
    generateId: opts.generateId ?? (() => newObjectId()),
  };
  return {
    name: 'elasticsearch',
    start: async () => {
      // Mappings first (reindexing if they changed incompatibly), under a lock shared by every process.
      await ensureIndex({ ...ctx, registry: withJournalType(ctx.registry) }, migrationSettings(opts.migration));
      // Before any request: a unit of work a crash left half-applied is completed first.
      await repairUnitsOfWork(ctx);
      // After the repair, which may still write documents of the previous start. Processes that
      // waited for the mapping lock run this too: its writes are guarded by sequence numbers, so
      // a document another process migrated first is skipped, never written twice.
      await migrateAtStart(ctx, opts.bulkMigrationLimit);
    },
    repository: createElasticsearchRepository(ctx),
    health: () => storeHealth(opts.client, ctx.index),
    close: () => opts.client.close(),
  };
}
