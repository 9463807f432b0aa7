/**
 * The Elasticsearch counterpart of seeded_folder.mjs: N generated cases in a fresh bench alias
 * (`cases-bench-<N>`). The built server starts once against the alias, so its own bootstrap
 * creates the index, the mappings, the superuser and the default space, and the analysts are
 * created through the users API; then the server stops and write_elasticsearch.mjs bulk-indexes
 * the documents with the server's serializer. The caller removes the alias and its indices.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBuiltServer } from '../built_server.mjs';
import { benchAlias } from '../elasticsearch_settings.mjs';
import { createPeople } from './seeded_folder.mjs';
import { DERIVED_FIELDS, seedingModel } from './seeding_model.mjs';
import { removeBenchAlias, writeElasticsearch } from './write_elasticsearch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const built = (path) => require(join(root, 'build', path));

/** A start waits for the cluster and may migrate: more than a start on SQLite. */
const SERVER_START_TIMEOUT_MS = 180_000;

/** The seeder's view of the server, from the built modules the server runs. */
export function builtSeedingModel() {
  return seedingModel({
    rawDocument: built('server/core/saved_objects/elasticsearch/raw_document.js'),
    savedObjectTypes: built('server/saved_object_types/index.js'),
    constants: built('common/constants.js'),
    idCounter: built('server/saved_object_types/id_counter.js'),
    objectId: built('server/core/saved_objects/object_id.js'),
    platformTypes: built('server/core/saved_objects/types.js'),
    migrationLock: built('server/core/saved_objects/elasticsearch/migration_lock.js'),
    derivedFields: built(DERIVED_FIELDS.builtPath),
  });
}

/** A client with the server's own options (TLS, API key, timeouts) for the cluster in `settings`. */
export function createBenchClient(settings) {
  const { createElasticsearchClient } = built('server/core/saved_objects/elasticsearch/config.js');
  return createElasticsearchClient(settings.clientConfig);
}

async function storeMiB(client, alias) {
  const stats = await client.indices.stats({ index: alias, metric: 'store' });
  return (stats._all?.primaries?.store?.size_in_bytes ?? 0) / 2 ** 20;
}

/**
 * Returns `{ dataDir, size, serverEnv, report, seededCases(), remove() }`, the shape the API
 * scenarios take from seeded_folder.mjs plus `serverEnv`. `remove()` is async here.
 */
export async function createSeededCluster({ main, client, model, settings, cases, commentsPerCase = 0, verbose = false }) {
  const alias = benchAlias(cases);
  const log = (m) => verbose && console.error(m);
  // The server still keeps its instance id in a data folder.
  const dataDir = mkdtempSync(join(tmpdir(), `cases-bench-es-${cases}-`));
  const remove = async () => {
    await removeBenchAlias(client, model, alias);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const leftover = await removeBenchAlias(client, model, alias);
    if (leftover.length > 0) console.error(`deleted ${leftover.join(', ')}, left behind by an interrupted bench run`);
    const serverEnv = settings.serverEnv(alias);
    const server = await startBuiltServer(main, dataDir, { env: serverEnv, timeoutMs: SERVER_START_TIMEOUT_MS });
    let people;
    try {
      people = await createPeople(server.url);
    } finally {
      await server.stop();
    }
    const { report, seeded } = await writeElasticsearch({ client, alias, model, cases, commentsPerCase, people, log });
    report.storeMiB = await storeMiB(client, alias);
    return { dataDir, size: cases, commentsPerCase, alias, serverEnv, report, seededCases: () => seeded, remove };
  } catch (error) {
    await remove().catch((e) => console.error(`could not delete ${alias}: ${e.message}`));
    throw error;
  }
}
