/**
 * The Cases plugin's server half. It reaches the platform only through CoreSetup and
 * CoreStart, as it would inside Kibana: setup registers the saved-object types and routes,
 * start builds the per-request client factory the routes use and hands it out as the plugin's
 * start contract, so other plugins can work with cases as Kibana's do.
 */
import {
  serviceUnavailable,
  type CoreSetup,
  type CoreStart,
  type KibanaRequest,
  type Logger,
  type Plugin,
  type PluginInitializerContext,
} from './core';
import { createCasesClientFactory, type CasesClient, type CasesClientFactory } from './client';
import { registerRoutes } from './routes';
import { createCasesSavedObjectTypes } from './saved_object_types';
import { resolveCasesConfig, type CasesConfig } from './config';
import { createCasesRegistries, freezeRegistries, registriesSetup, type CasesRegistriesSetup } from './registries/cases_registries';
import { registerAlertIndices } from './alerts/register_indices';
import { casesFeatureOf, withOwnerFeatures } from './features/owner_features';
import { SOC_ROLES } from './features/soc_roles';
import { registerFilesAttachmentType, type FilesPlatform } from './files/files_attachment_type';
import { scheduleUploadSweep } from './files/sweep';
import { createCaseActionType } from './connectors/case_action';
import { createCasesExchangeServices } from './saved_object_types/exchange/exchange_services';
import { caseOwnersRefusal } from './saved_object_types/exchange/case_exchange_authorization';

/** Kibana's `CasesServerStart`: a client for the caller of a request, in the request's space. */
export interface CasesServerStart {
  getCasesClientWithRequest(request: KibanaRequest): Promise<CasesClient>;
}

/** Kibana's `CasesServerSetup`: the extension points (attachment types, owners, statuses, metrics, connector types). */
export type CasesServerSetup = CasesRegistriesSetup;

export class CasesServerPlugin implements Plugin<CasesServerSetup, CasesServerStart> {
  private readonly logger: Logger;
  private clientFactory?: CasesClientFactory;
  /** Kibana's owners, statuses, metrics and connector types; others register theirs during setup. */
  private readonly registries = createCasesRegistries();
  /** What deleting a file attachment needs (blobs, an unscoped repository): known from start. */
  private filesPlatform?: FilesPlatform;
  private stopUploadSweep?: () => void;
  private startContract?: CasesServerStart;
  /** What the cases types' export and import hooks use; registered with the types at setup, filled in at start. */
  private readonly exchange = createCasesExchangeServices();

  constructor(private readonly context: PluginInitializerContext<CasesConfig>) {
    this.logger = context.logger;
  }

  setup(core: CoreSetup): CasesServerSetup {
    registerFilesAttachmentType(this.registries.attachments, () => this.filesPlatform);
    for (const type of createCasesSavedObjectTypes(this.registries.attachments, this.exchange, this.registries.userActions)) core.savedObjects.registerType(type);
    registerAlertIndices(core.data, resolveCasesConfig(this.context.config.get()));
    registerRoutes({
      router: core.http.createRouter(),
      attachmentTypes: this.registries.attachments,
      kibanaVersion: this.context.manifest.version,
      getClient: (context) => {
        // Routes are served only after start; this guards a misordered platform, not users.
        if (!this.clientFactory) throw serviceUnavailable('The Cases plugin has not started');
        return this.clientFactory(context);
      },
    });
    // The roles' vocabulary: a feature per owner (one registered by another plugin gets its own
    // through the contract below), and the SOC's built-in roles.
    for (const owner of this.registries.owners.list()) core.security.registerFeature(casesFeatureOf(owner));
    for (const role of SOC_ROLES) core.security.registerReservedRole(role);
    // Kibana's `.case` action: automation works on cases through the same client, authorization and audit as the API.
    core.actions.registerType(createCaseActionType({ getCasesClient: (request: KibanaRequest) => this.getCasesClientWithRequest(request) }));
    // Open until start, when the registries freeze: a late registration is an error.
    return withOwnerFeatures(registriesSetup(this.registries), core.security);
  }

  start(core: CoreStart): CasesServerStart {
    freezeRegistries(this.registries);
    const factory = createCasesClientFactory({
      authz: core.security.authz,
      users: core.security.users,
      audit: core.security.audit,
      logger: this.logger,
      registries: this.registries,
      data: core.data,
      blobs: core.blobs,
      config: resolveCasesConfig(this.context.config.get()),
      // Unsecured: a push is authorized by the cases `push` privilege, not the actions feature.
      actions: ({ spaceId, user }) => core.actions.getUnsecuredClient(spaceId, { user }),
      notifications: core.notifications,
      publicBaseUrl: core.http.publicBaseUrl,
    });
    const repository = core.savedObjects.createInternalRepository();
    this.filesPlatform = { blobs: core.blobs, repository };
    this.stopUploadSweep = scheduleUploadSweep({ repository, blobs: core.blobs, logger: this.logger });
    this.exchange.start({
      repository,
      refusedOwners: caseOwnersRefusal({
        authz: core.security.authz,
        audit: core.security.audit,
        getCurrentUser: (request) => core.security.authc.getCurrentUser(request),
        owners: this.registries.owners,
      }),
      // Preconfigured connectors are no saved objects, in no space, yet a case may use one.
      isPreconfiguredConnector: (id) => core.actions.isPreconfigured(id),
    });
    this.clientFactory = factory;
    this.logger.debug({ config: this.context.config.get() }, 'Cases plugin started');
    this.startContract = {
      getCasesClientWithRequest: async (request) => {
        const user = core.security.authc.getCurrentUser(request) ?? undefined;
        return factory({ spaceId: core.spaces.getSpaceId(request), user, savedObjects: core.savedObjects.getScopedClient(request, user) });
      },
    };
    return this.startContract;
  }

  /** For what setup registers and only runs after start (the `.case` action's executions). */
  private async getCasesClientWithRequest(request: KibanaRequest): Promise<CasesClient> {
    if (!this.startContract) throw serviceUnavailable('The Cases plugin has not started');
    return this.startContract.getCasesClientWithRequest(request);
  }

  stop(): void {
    this.stopUploadSweep?.();
  }
}
