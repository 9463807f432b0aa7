/**
 * Test doubles and real in-process storage for plugin tests, as `@kbn/core/server/mocks` is
 * Kibana's. Only test files may import it (eslint.config.mjs); it is never part of the build.
 */
import { createSqliteBlobs } from './blobs/sqlite/sqlite_blobs';
import type { BlobsBackend } from './blobs/types';
import { createDataService } from './data/data_service';
import { createSqliteDocumentsBackend } from './data/sqlite/sqlite_documents';
import type { DataServiceStart, DocumentIndexDefinition } from './data/types';

export { createFakeRouter, responseFactory, type CallInit, type FakeRouter } from './security/__fixtures__/fake_router';
export { fakeRequest, type FakeRequestInit } from './security/__fixtures__/fake_request';
export { createTestLogger, type CapturedLogger } from './security/__fixtures__/test_logger';
export { testUser } from './security/__fixtures__/test_users';
export { createMemoryRepository, type MemoryRepository } from './security/__fixtures__/memory_repository';
export { TypeRegistry } from './saved_objects/type_registry';
export { createScopedClient } from './saved_objects/scoped_client';
export { createSqliteBackend, type SqliteBackendOptions } from './saved_objects/sqlite/sqlite_backend';

/**
 * The real document service on an in-memory SQLite store, started with these families (as a
 * plugin's setup would declare them). `stop()` closes it; each call is a fresh, empty store.
 */
export async function createDocumentsForTests(
  definitions: DocumentIndexDefinition[],
): Promise<{ data: DataServiceStart; stop(): Promise<void> }> {
  const service = createDataService();
  for (const definition of definitions) service.setup.registerIndex(definition);
  const data = await service.start(createSqliteDocumentsBackend({ path: ':memory:' }));
  return { data, stop: () => service.stop() };
}

/**
 * The real SQLite blob store in memory, started; small chunks (`chunkSize`, 64 KiB by default)
 * let a test cross chunk boundaries with little data. `close()` drops it.
 */
export async function createBlobsForTests(options: { chunkSize?: number } = {}): Promise<BlobsBackend> {
  const blobs = createSqliteBlobs({ path: ':memory:', chunkSize: options.chunkSize ?? 64 * 1024 });
  await blobs.start();
  return blobs;
}
/**
 * Export and import as the platform runs them, for a plugin's tests of its types' hooks: the
 * migrations an import runs on a document, the document an export writes, and the real
 * exporter and importer over a backend the test builds.
 */
export { migrateDocument } from './saved_objects/import_export/import/migrate_document';
export { toExchangeDocument } from './saved_objects/import_export/document_stamps';
export { createExporter } from './saved_objects/import_export/export/create_exporter';
export { createImporter } from './saved_objects/import_export/import/create_importer';
export { createLogger } from './logging/logger';
