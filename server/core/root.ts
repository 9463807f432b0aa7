/**
 * Assembles the platform the way Kibana core does: services are set up (types and routes
 * registered), storage starts, services and plugins start, and only then does the server
 * listen. Stopping runs the same path backwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CasesConfig } from './config/cases_config';
import { createHttpServer } from './http/http_server';
import type { KibanaRequest } from './http/types';
import { createLogger } from './logging/logger';
import type { Logger } from './logging/types';
import { createElasticsearchBackend } from './saved_objects/elasticsearch/elasticsearch_backend';
import { createElasticsearchClient } from './saved_objects/elasticsearch/config';
import { createScopedClient } from './saved_objects/scoped_client';
import { createSqliteBackend } from './saved_objects/sqlite/sqlite_backend';
import { TypeRegistry } from './saved_objects/type_registry';
import type { SavedObjectsBackend, SavedObjectsRepository } from './saved_objects/types';
import { createSecurityService } from './security/security_service';
import type { AuthenticatedUser } from './security/types';
import { createSpacesService } from './spaces/spaces_service';
import { registerStatusRoute } from './status/status_route';
import type { CoreSetup, CoreStart, Plugin } from './types';

export interface RootOptions {
  config: CasesConfig;
  plugins: Plugin[];
  /** The Vite bundle; without it only the APIs are served. */
  distDir?: string;
  version: string;
  logger?: Logger;
}

export interface RunningRoot {
  url: string;
  port: number;
  logger: Logger;
  repository: SavedObjectsRepository;
  stop(): Promise<void>;
}

export async function startRoot({ config, plugins, distDir, version, logger: given }: RootOptions): Promise<RunningRoot> {
  const logger = given ?? createLogger({ level: config.logLevel });
  const startedAt = Date.now();
  mkdirSync(config.dataDir, { recursive: true });

  const registry = new TypeRegistry();
  const registerType = registry.registerType.bind(registry);
  const http = createHttpServer({ config: config.server, logger: logger.child({ 'log.logger': 'http' }) });
  const security = createSecurityService({ config: config.security, logger });
  const spaces = createSpacesService({ logger: logger.child({ 'log.logger': 'spaces' }) });
  security.setup({ router: http.createRouter(), registerType });
  spaces.setup({ router: http.createRouter(), registerType });

  const backend = createBackend(config, registry, logger);
  registerStatusRoute({ router: http.createRouter(), uuid: instanceUuid(config.dataDir), version, storage: backend, startedAt });

  const coreSetup: CoreSetup = {
    http: { createRouter: () => http.createRouter() },
    savedObjects: { registerType, getTypeRegistry: () => registry },
    // Unnamed: each plugin names its own logger (`plugins.cases`); pino would repeat a second name.
    logger,
  };
  for (const plugin of plugins) await plugin.setup(coreSetup);
  registry.freeze();
  if (distDir) http.serveApp({ distDir });

  await backend.start();
  const repository = backend.repository;
  const securityStart = await security.start({ repository });
  const spacesStart = await spaces.start({ repository });

  const scopedClient = (request: KibanaRequest, user?: AuthenticatedUser) =>
    createScopedClient(repository, { namespace: request.spaceId, user: user?.profile_uid });
  http.setAuthenticationHandler(securityStart.authenticationHandler);
  http.setSpaceResolver(spacesStart.resolver);
  http.setContextFactory((request, user) => ({ spaceId: request.spaceId, user, savedObjects: scopedClient(request, user) }));

  const coreStart: CoreStart = {
    savedObjects: { createInternalRepository: () => repository, getScopedClient: scopedClient },
    security: { authz: securityStart.authz, users: securityStart.users },
    spaces: { getSpaceId: spacesStart.getSpaceId },
  };
  for (const plugin of plugins) await plugin.start(coreStart);

  const { url, port } = await http.start();
  logger.info({ 'url.full': url, 'event.action': 'server-started' }, `Server running at ${url} (storage: ${backend.name})`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await http.stop();
      for (const plugin of [...plugins].reverse()) await plugin.stop?.();
      await backend.close();
      logger.info({ 'event.action': 'server-stopped' }, 'Server stopped');
    })());
  return { url, port, logger, repository, stop };
}

function createBackend(config: CasesConfig, registry: TypeRegistry, logger: Logger): SavedObjectsBackend {
  const storageLogger = logger.child({ 'log.logger': 'savedobjects' });
  if (config.elasticsearch) {
    const { index, ...clientConfig } = config.elasticsearch;
    return createElasticsearchBackend({ client: createElasticsearchClient(clientConfig), index, registry, logger: storageLogger });
  }
  return createSqliteBackend({ path: join(config.dataDir, 'cases.sqlite'), registry, logger: storageLogger });
}

/** Kibana keeps a stable instance id in its data folder; so do we. */
function instanceUuid(dataDir: string): string {
  const file = join(dataDir, 'uuid');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const uuid = randomUUID();
  writeFileSync(file, `${uuid}\n`);
  return uuid;
}
