/**
 * Assembles the platform the way Kibana core does: services are set up (types and routes
 * registered), storage starts, services and plugins start, and only then does the server
 * listen. Stopping runs the same path backwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlatformConfig } from './config/platform_config';
import type { PluginConfigSlices } from './config/plugin_slices';
import { createHttpServer, type RegisteredRoute } from './http/http_server';
import type { KibanaRequest } from './http/types';
import { createLogger } from './logging/logger';
import type { Logger } from './logging/types';
import { setupPlugins, startPlugins } from './plugins/plugin_lifecycle';
import { createElasticsearchBackend } from './saved_objects/elasticsearch/elasticsearch_backend';
import { createElasticsearchClient } from './saved_objects/elasticsearch/config';
import { createScopedClient } from './saved_objects/scoped_client';
import { createSqliteBackend } from './saved_objects/sqlite/sqlite_backend';
import { TypeRegistry } from './saved_objects/type_registry';
import type { SavedObjectsBackend, SavedObjectsRepository } from './saved_objects/types';
import { createCurrentUserRegistry } from './security/current_user';
import { createSecurityService } from './security/security_service';
import type { AuthenticatedUser } from './security/types';
import { createSpacesService } from './spaces/spaces_service';
import { registerStatusRoute } from './status/status_route';
import type { CoreSetup, CoreStart, PluginDefinition } from './types';

export interface RootOptions {
  config: PlatformConfig;
  /** Each plugin's manifest, config schema and factory; set up and started in this order. */
  plugins: PluginDefinition[];
  /** The plugins' settings by dotted `configPath`, as `loadSettings` collected them. */
  pluginConfig?: PluginConfigSlices;
  /** The embedded store's file under `path.data`: the host names it after its product. */
  dataFileName: string;
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
  /** Each plugin's setup and start contracts (what `setup` and `start` returned), by manifest id. */
  pluginContracts: { setup: Readonly<Record<string, unknown>>; start: Readonly<Record<string, unknown>> };
  /** Every route the platform and the plugins registered: what coverage checks and fuzzing walk. */
  routes: readonly RegisteredRoute[];
  /** Every saved-object type registered: what a test walks to compare the whole store. */
  savedObjectTypes: readonly string[];
  stop(): Promise<void>;
}

export async function startRoot(options: RootOptions): Promise<RunningRoot> {
  const { config, distDir, version, logger: given } = options;
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

  const backend = createBackend(config, options.dataFileName, registry, logger);
  registerStatusRoute({ router: http.createRouter(), uuid: instanceUuid(config.dataDir), version, storage: backend, startedAt });

  const coreSetup: CoreSetup = {
    http: { createRouter: () => http.createRouter() },
    savedObjects: { registerType, getTypeRegistry: () => registry },
    // Unnamed: each plugin names its own logger (`plugins.<id>`); pino would repeat a second name.
    logger,
  };
  const { plugins, contracts: setupContracts } = await setupPlugins(options.plugins, options.pluginConfig ?? {}, coreSetup);
  registry.freeze();
  if (distDir) http.serveApp({ distDir, defaultRoute: config.server.defaultRoute });

  await backend.start();
  const repository = backend.repository;
  const securityStart = await security.start({ repository });
  const spacesStart = await spaces.start({ repository });

  const scopedClient = (request: KibanaRequest, user?: AuthenticatedUser) =>
    createScopedClient(repository, { namespace: request.spaceId, user: user?.profile_uid });
  http.setAuthenticationHandler(securityStart.authenticationHandler);
  http.setSpaceResolver(spacesStart.resolver);
  const currentUsers = createCurrentUserRegistry();
  http.setContextFactory((request, user) => {
    currentUsers.remember(request, user);
    return { spaceId: request.spaceId, user, savedObjects: scopedClient(request, user) };
  });

  const coreStart: CoreStart = {
    savedObjects: { createInternalRepository: () => repository, getScopedClient: scopedClient },
    security: {
      authz: securityStart.authz,
      authc: { getCurrentUser: currentUsers.getCurrentUser },
      audit: securityStart.audit,
      users: securityStart.users,
    },
    spaces: { getSpaceId: spacesStart.getSpaceId },
  };
  const pluginContracts = await startPlugins(plugins, coreStart);

  const { url, port } = await http.start();
  logger.info({ 'url.full': url, 'event.action': 'server-started' }, `Server running at ${url} (storage: ${backend.name})`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await http.stop();
      for (const { plugin } of [...plugins].reverse()) await plugin.stop?.();
      await backend.close();
      logger.info({ 'event.action': 'server-stopped' }, 'Server stopped');
    })());
  return {
    url,
    port,
    logger,
    repository,
    pluginContracts: { setup: setupContracts, start: pluginContracts },
    routes: http.routes(),
    savedObjectTypes: registry.getAllTypes().map((type) => type.name),
    stop,
  };
}

function createBackend(config: PlatformConfig, dataFileName: string, registry: TypeRegistry, logger: Logger): SavedObjectsBackend {
  const storageLogger = logger.child({ 'log.logger': 'savedobjects' });
  if (config.elasticsearch) {
    const { index, ...clientConfig } = config.elasticsearch;
    return createElasticsearchBackend({ client: createElasticsearchClient(clientConfig), index, registry, logger: storageLogger });
  }
  return createSqliteBackend({
    path: join(config.dataDir, dataFileName),
    registry,
    logger: storageLogger,
    readWorkers: config.sqlite.readWorkers,
    queryTimeoutMs: config.sqlite.queryTimeoutMs,
  });
}

/** Kibana keeps a stable instance id in its data folder; so do we. */
function instanceUuid(dataDir: string): string {
  const file = join(dataDir, 'uuid');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const uuid = randomUUID();
  writeFileSync(file, `${uuid}\n`);
  return uuid;
}
