/**
 * The connectors platform's lifecycle, as Kibana's actions plugin: during setup the built-in
 * connector types are registered (plugins add theirs through CoreSetup.actions), with the
 * `action` saved-object type, the `actions` feature and the API routes; at start the type
 * registry freezes, preconfigured connectors are checked, and clients become available.
 */
import { ConfigError } from '../config/load_config';
import { serviceUnavailable } from '../errors';
import type { IRouter, KibanaRequest } from '../http/types';
import type { Logger } from '../logging/types';
import type { SavedObjectsRepository, SavedObjectsType, SavedObjectTypeRegistry } from '../saved_objects/types';
import type { AuditLogger } from '../security/audit_logger';
import type { KibanaFeature } from '../security/privileges/types';
import type { AuthenticatedUser, AuthorizationService } from '../security/types';
import { createActionsClient } from './actions_client';
import { actionsFeature, createActionsAuthorization, unsecuredActionsAuthorization } from './authorization';
import type { ActionsConfig } from './config';
import { connectorManagement, type ConnectorExchangeDeps } from './connector_exchange';
import { ACTION_SAVED_OBJECT_TYPE, createActionSavedObjectType } from './connector_saved_object';
import { ConnectorTypeRegistry } from './connector_type_registry';
import { BUILT_IN_CONNECTOR_TYPES } from './connector_types';
import { createEgressRules } from './egress';
import { createSecretsCipher } from './encryption';
import type { ExecutorDeps } from './executor';
import { createHostSettingsResolver, type HostSettingsResolver } from './host_settings';
import { createConnectorHttpClient } from './http_client';
import { loadPreconfiguredConnectors, type PreconfiguredConnectors } from './preconfigured';
import { registerConnectorRoutes } from './routes/connector_routes';
import type { ActionsSetup, ActionsStart, ConnectorTypeDefinition } from './types';

export interface ActionsServiceOptions {
  config: ActionsConfig;
  encryption: { encryptionKey?: string; decryptionOnlyKeys: string[] };
  logger: Logger;
}

export interface ActionsSetupDeps {
  router: IRouter;
  registerType(type: SavedObjectsType): void;
  registerFeature(feature: KibanaFeature): void;
}

export interface ActionsStartDeps {
  repository: SavedObjectsRepository;
  authz: AuthorizationService;
  audit: AuditLogger;
  getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
  /** Every saved-object type: references to a connector are counted across the space's types. */
  savedObjectTypes: SavedObjectTypeRegistry;
}

export interface ActionsInternalStart extends ActionsStart {
  preconfigured: PreconfiguredConnectors;
}

interface StartedActions {
  contract: ActionsInternalStart;
  deps: ActionsStartDeps;
}

export function createActionsService({ config, encryption, logger: parentLogger }: ActionsServiceOptions) {
  const logger = parentLogger.child({ 'log.logger': 'actions' });
  const registry = new ConnectorTypeRegistry(config.enabledActionTypes);
  for (const type of BUILT_IN_CONNECTOR_TYPES) registry.register(type);
  const egress = createEgressRules(config.allowedHosts);
  let hostSettings: HostSettingsResolver;
  try {
    hostSettings = createHostSettingsResolver(config);
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const http = createConnectorHttpClient({ config, egress, hostSettings, logger });
  const cipher = createSecretsCipher(encryption);
  const executor: ExecutorDeps = { registry, http, egress, hostSettings, logger };
  let started: StartedActions | undefined;
  const whenStarted = (): StartedActions => {
    if (!started) throw serviceUnavailable('Connectors are not ready yet.');
    return started;
  };

  const setupContract: ActionsSetup = {
    registerType: <C, S, P>(type: ConnectorTypeDefinition<C, S, P>) => registry.register(type as unknown as ConnectorTypeDefinition),
  };

  return {
    setupContract,

    setup(deps: ActionsSetupDeps): void {
      // Export and import reach preconfigured connectors and authorization once started.
      const exchange: ConnectorExchangeDeps = {
        registry,
        egress,
        started: () => {
          const { contract, deps: startDeps } = whenStarted();
          return { preconfigured: contract.preconfigured, authz: startDeps.authz, getCurrentUser: startDeps.getCurrentUser };
        },
      };
      deps.registerType(createActionSavedObjectType(connectorManagement(exchange)));
      deps.registerFeature(actionsFeature);
      registerConnectorRoutes(deps.router, (request, user) => whenStarted().contract.getClient(request, user));
    },

    start(deps: ActionsStartDeps): ActionsInternalStart {
      registry.freeze();
      const { connectors: preconfigured, problems } = loadPreconfiguredConnectors(config.preconfigured, registry, egress);
      if (problems.length > 0) throw new ConfigError(`Invalid preconfigured connectors: ${problems.join('; ')}`);
      if (!cipher.canEncrypt) {
        logger.warn({ 'event.action': 'actions-encryption-key-missing' }, 'Connectors with secrets cannot be created until xpack.encryptedSavedObjects.encryptionKey is set (32 characters or more)');
      }
      const referencingTypes = () =>
        deps.savedObjectTypes
          .getAllTypes()
          .filter((type) => type.namespaceType === 'single' && type.name !== ACTION_SAVED_OBJECT_TYPE)
          .map((type) => type.name);
      const common = { registry, repository: deps.repository, cipher, preconfigured, egress, executor, referencingTypes };
      const contract: ActionsInternalStart = {
        preconfigured,
        getClient(request, user) {
          const caller = user ?? deps.getCurrentUser(request) ?? undefined;
          const authorization = createActionsAuthorization({ authz: deps.authz, audit: deps.audit, user: caller, spaceId: request.spaceId });
          return createActionsClient({ ...common, authorization, spaceId: request.spaceId, request, user: caller });
        },
        getUnsecuredClient(spaceId, context = {}) {
          const authorization = unsecuredActionsAuthorization(deps.audit, context.user, spaceId);
          return createActionsClient({ ...common, authorization, spaceId, request: context.request, user: context.user });
        },
        isPreconfigured: (id) => preconfigured.has(id),
      };
      started = { contract, deps };
      return contract;
    },

    async stop(): Promise<void> {
      await http.close();
    },
  };
}

export type ActionsService = ReturnType<typeof createActionsService>;
