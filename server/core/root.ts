/**
 * Assembles the platform the way Kibana core does: services are set up (types and routes
 * registered), the server listens with every route answering 503, storage is awaited and
 * started, services and plugins start, and only then are requests let through. Stopping runs
 * the same path backwards.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActionsService, type ActionsService } from './actions/actions_service';
import { blobsFileName, createBlobsBackend } from './blobs/blobs_backend';
import type { BlobsBackend } from './blobs/types';
import type { PlatformConfig } from './config/platform_config';
import { createDataService, type DataService } from './data/data_service';
import { createDocumentsBackend } from './data/documents_backend';
import type { PluginConfigSlices } from './config/plugin_slices';
import { createHttpServer, type RegisteredRoute } from './http/http_server';
import type { KibanaRequest } from './http/types';
import { createLogger } from './logging/logger';
import type { Logger } from './logging/types';
import { setupPlugins, startPlugins } from './plugins/plugin_lifecycle';
import { createElasticsearchBackend } from './saved_objects/elasticsearch/elasticsearch_backend';
import { createElasticsearchClient } from './saved_objects/elasticsearch/config';
import { waitForCluster } from './saved_objects/elasticsearch/wait_for_cluster';
import { createScopedClient } from './saved_objects/scoped_client';
import { createExchangeService, type ExchangeService } from './saved_objects/import_export/exchange_service';
import { createSqliteBackend } from './saved_objects/sqlite/sqlite_backend';
import { TypeRegistry } from './saved_objects/type_registry';
import type { SavedObjectsBackend, SavedObjectsRepository } from './saved_objects/types';
import { createCurrentUserRegistry } from './security/current_user';
import { createSecurityService } from './security/security_service';
import type { AuthenticatedUser } from './security/types';
import { createNotificationsStart, EMAIL_CONNECTOR_TYPE_ID } from './notifications/email_service';
import { createSpacesService } from './spaces/spaces_service';
import { DEFAULT_SPACE_ID } from './spaces/space_type';
import { installStartupGate } from './status/startup_gate';
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
  const gate = installStartupGate(http.fastify, config.elasticsearch ? 'elasticsearch' : 'sqlite');
  const security = createSecurityService({ config: config.security, logger });
  const spaces = createSpacesService({ logger: logger.child({ 'log.logger': 'spaces' }) });
  security.setup({ router: http.createRouter(), registerType });
  spaces.setup({ router: http.createRouter(), registerType });
  const actions = createActionsService({ config: config.actions, encryption: config.encryption, logger });
  actions.setup({ router: http.createRouter(), registerType, registerFeature: security.featureRegistration.registerFeature });
  const exchange = createExchangeService({
    logger: logger.child({ 'log.logger': 'savedobjects' }),
    limits: config.savedObjects,
    tmpDir: join(config.dataDir, 'tmp', 'imports'),
  });
  exchange.setup({ router: http.createRouter(), registerFeature: security.featureRegistration.registerFeature });

  const { backend, waitUntilReachable, client: esClient } = createBackend(config, options.dataFileName, registry, logger);
  const data = createDataService();
  registerStatusRoute({ router: http.createRouter(), uuid: instanceUuid(config.dataDir), version, storage: backend, startedAt });

  const coreSetup: CoreSetup = {
    http: { createRouter: () => http.createRouter() },
    savedObjects: { registerType, getTypeRegistry: () => registry },
    data: data.setup,
    security: security.featureRegistration,
    actions: actions.setupContract,
    // Unnamed: each plugin names its own logger (`plugins.<id>`); pino would repeat a second name.
    logger,
  };
  const { plugins, contracts: setupContracts } = await setupPlugins(options.plugins, options.pluginConfig ?? {}, coreSetup);
  registry.freeze();
  data.freeze();
  if (distDir) http.serveApp({ distDir, defaultRoute: config.server.defaultRoute });

  const { url, port } = await http.start();
  logger.info({ 'url.full': url, 'event.action': 'server-listening' }, `Listening at ${url}; starting storage (${backend.name})`);
  let pluginContracts: Readonly<Record<string, unknown>>;
  const blobs = createBlobsBackend({ elasticsearch: esClient, sqlitePath: join(config.dataDir, blobsFileName(options.dataFileName)) });
  try {
    await waitUntilReachable();
    await backend.start();
    const documents = createDocumentsBackend({
      elasticsearch: esClient,
      sqlitePath: join(config.dataDir, documentsFileName(options.dataFileName)),
      readWorkers: config.sqlite.readWorkers,
      queryTimeoutMs: config.sqlite.queryTimeoutMs,
      logger: logger.child({ 'log.logger': 'data' }),
    });
    await startBlobs(blobs, logger);
    pluginContracts = await startServices({ http, backend, security, spaces, plugins, data, documents, blobs, actions, exchange, config, registry, logger });
  } catch (e) {
    // Nothing may keep the process alive after a failed start: the caller exits with the message.
    await http.stop();
    await actions.stop().catch(() => undefined);
    await data.stop().catch(() => undefined);
    await blobs.close().catch(() => undefined);
    await backend.close().catch(() => undefined);
    throw e;
  }
  gate.open();
  const repository = backend.repository;
  logger.info({ 'url.full': url, 'event.action': 'server-started' }, `Server running at ${url} (storage: ${backend.name})`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await http.stop();
      for (const { plugin } of [...plugins].reverse()) await plugin.stop?.();
      await actions.stop();
      await data.stop();
      await blobs.close();
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

interface ServicesToStart {
  http: ReturnType<typeof createHttpServer>;
  backend: SavedObjectsBackend;
  security: ReturnType<typeof createSecurityService>;
  spaces: ReturnType<typeof createSpacesService>;
  plugins: Awaited<ReturnType<typeof setupPlugins>>['plugins'];
  data: DataService;
  documents: ReturnType<typeof createDocumentsBackend>;
  blobs: BlobsBackend;
  actions: ActionsService;
  exchange: ExchangeService;
  config: PlatformConfig;
  registry: TypeRegistry;
  logger: Logger;
}

/** An upload a crash interrupted left chunks of a blob never finished: removed before any request. */
const INCOMPLETE_BLOB_AGE_MS = 60_000;

async function startBlobs(blobs: BlobsBackend, logger: Logger): Promise<void> {
  await blobs.start();
  const removed = await blobs.removeIncomplete(INCOMPLETE_BLOB_AGE_MS);
  if (removed > 0) {
    logger.child({ 'log.logger': 'blobs' }).info({ 'event.action': 'blobs-swept' }, `Removed ${removed} incomplete blob(s) left by interrupted uploads`);
  }
}

/** Once storage has started: the platform services, the request context, then the plugins. */
async function startServices({ http, backend, security, spaces, plugins, data, documents, blobs, actions, exchange, config, registry, logger }: ServicesToStart) {
  const repository = backend.repository;
  // Security starts first (spaces read the caller's privileges), yet resolving privileges needs a
  // space's disabled features: a lazy lookup that answers once spaces have started.
  const started: { spaces?: Awaited<ReturnType<typeof spaces.start>> } = {};
  const securityStart = await security.start({
    repository,
    disabledFeatures: (spaceId) => started.spaces?.disabledFeatures(spaceId) ?? [],
  });
  const spacesStart = await spaces.start({ repository, access: securityStart.authz });
  started.spaces = spacesStart;
  await exchange.start({ registry, repository, authz: securityStart.authz, spaceExists: (spaceId) => spacesStart.resolver.exists(spaceId) });

  const scopedClient = (request: KibanaRequest, user?: AuthenticatedUser) =>
    createScopedClient(repository, { namespace: request.spaceId, user: user?.profile_uid });
  http.setAuthenticationHandler(securityStart.authenticationHandler);
  http.setSpaceResolver(spacesStart.resolver);
  const currentUsers = createCurrentUserRegistry();
  http.setContextFactory((request, user) => {
    currentUsers.remember(request, user);
    return { spaceId: request.spaceId, user, savedObjects: scopedClient(request, user) };
  });

  const actionsStart = actions.start({
    repository,
    authz: securityStart.authz,
    audit: securityStart.audit,
    getCurrentUser: currentUsers.getCurrentUser,
    savedObjectTypes: registry,
  });
  const notifications = createNotificationsStart({
    defaultEmailConnectorId: config.notifications.defaultEmailConnectorId,
    actions: () => actionsStart.getUnsecuredClient(DEFAULT_SPACE_ID),
    isPreconfiguredEmailConnector: (id) => actionsStart.preconfigured.get(id)?.connector.actionTypeId === EMAIL_CONNECTOR_TYPE_ID,
    logger: logger.child({ 'log.logger': 'notifications' }),
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
    data: await data.start(documents),
    blobs,
    actions: actionsStart,
    notifications,
    http: { publicBaseUrl: config.publicBaseUrl },
  };
  return startPlugins(plugins, coreStart);
}

interface Storage {
  backend: SavedObjectsBackend;
  /** The cluster's client when storage is Elasticsearch: the document service shares it. */
  client?: ReturnType<typeof createElasticsearchClient>;
  /** Resolves once the store answers; throws when it will not (bad credentials, the startup timeout). */
  waitUntilReachable(): Promise<void>;
}

function createBackend(config: PlatformConfig, dataFileName: string, registry: TypeRegistry, logger: Logger): Storage {
  const storageLogger = logger.child({ 'log.logger': 'savedobjects' });
  if (config.elasticsearch) {
    const { index, startupTimeout, ...clientConfig } = config.elasticsearch;
    const client = createElasticsearchClient(clientConfig);
    return {
      client,
      backend: createElasticsearchBackend({ client, index, registry, logger: storageLogger }),
      waitUntilReachable: () => waitForCluster({ client, index, timeoutMs: startupTimeout, logger: storageLogger }),
    };
  }
  const backend = createSqliteBackend({
    path: join(config.dataDir, dataFileName),
    registry,
    logger: storageLogger,
    readWorkers: config.sqlite.readWorkers,
    queryTimeoutMs: config.sqlite.queryTimeoutMs,
  });
  return { backend, waitUntilReachable: async () => undefined };
}

/** Alerts and events live in a file of their own: their bulk writes never queue behind a case's. */
const documentsFileName = (dataFileName: string): string => `${dataFileName.replace(/\.sqlite$/, '')}-documents.sqlite`;

/** Kibana keeps a stable instance id in its data folder; so do we. */
function instanceUuid(dataDir: string): string {
  const file = join(dataDir, 'uuid');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const uuid = randomUUID();
  writeFileSync(file, `${uuid}\n`);
  return uuid;
}
