/**
 * Test doubles and real in-process storage for plugin tests, as `@kbn/core/server/mocks` is
 * Kibana's. Only test files may import it (eslint.config.mjs); it is never part of the build.
 */
export { createFakeRouter, responseFactory, type CallInit, type FakeRouter } from './security/__fixtures__/fake_router';
export { fakeRequest, type FakeRequestInit } from './security/__fixtures__/fake_request';
export { createTestLogger, type CapturedLogger } from './security/__fixtures__/test_logger';
export { testUser } from './security/__fixtures__/test_users';
export { createMemoryRepository, type MemoryRepository } from './security/__fixtures__/memory_repository';
export { TypeRegistry } from './saved_objects/type_registry';
export { createScopedClient } from './saved_objects/scoped_client';
export { createSqliteBackend, type SqliteBackendOptions } from './saved_objects/sqlite/sqlite_backend';
