/**
 * The CasesClient: one per request, bound to its space, caller and saved-objects client. It is
 * the one place that knows what a case may and may not do; routes only decode and answer.
 */
import type {
  RequestHandlerContext,
  Logger,
  AuditLogger,
  AuthorizationService,
  SavedObjectsClientContract,
  CoreStart,
  DataServiceStart,
  BlobStorage,
  ActionsClient,
  AuthenticatedUser,
  NotificationsStart,
} from '../core';
import { resolveCasesConfig, type ResolvedCasesConfig } from '../config';
import type { CasesBulkGetRequest, CasesFindRequest, CasePostRequest, CasesPatchRequest } from '../../common/types/api/case';
import type {
  AttachmentPatchRequest,
  AttachmentRequest,
  CaseAlertsFindQuery,
  CaseEventsFindQuery,
  FindAttachmentsQuery,
  FindCasesContainingAllRequest,
} from '../../common/types/api/attachment';
import type { UserActionFindQuery } from '../../common/types/api/user_action';
import type { CasesMetricsQuery, SingleCaseMetricsQuery } from '../../common/types/api/metrics';
import type { SuggestUserProfilesRequest } from '../../common/types/api/user_profile';
import type { ConfigurationPatchRequest, ConfigurationRequest } from '../../common/types/api/configure';
import { createConfiguration } from './configure/create_configuration';
import { getConfigurations } from './configure/get_configurations';
import { updateConfiguration } from './configure/update_configuration';
import { getCasesMetrics } from './metrics/get_cases_metrics';
import { getCaseMetrics } from './metrics/get_case_metrics';
import { suggestUserProfiles } from './user_profiles/suggest_user_profiles';
import { createAttachmentService } from '../services/attachment_service';
import { createCasesService } from '../services/cases_service';
import { createConfigureService } from '../services/configure_service';
import { createCaseUsersService } from '../services/case_users_service';
import { createUserActionService } from '../services/user_action_service';
import { addComment, bulkCreateAttachments } from './attachments/add';
import { findCasesContainingAll, getAlertsAttachedToCase, getCasesByAlertId } from './alerts/attached_alerts';
import { findCaseAlerts, findCaseEvents } from './alerts/case_documents_find';
import { removeCaseAlerts } from './alerts/remove_alerts';
import { deleteAllComments, deleteComment } from './attachments/delete';
import { findComments, getAllComments, getComment } from './attachments/get';
import { updateComment } from './attachments/update';
import { bulkGetCases } from './cases/bulk_get';
import { createCase } from './cases/create';
import { deleteCases } from './cases/delete';
import { findCases } from './cases/find';
import { searchCases } from './cases/search';
import { getCustomFieldUsage } from './configure/custom_field_usage';
import { getConfigurationLimits } from './configure/get_configuration_limits';
import type { CasesSearchRequest } from '../../common/types/api/search_cases';
import { getCase } from './cases/get';
import { resolveCase } from './cases/resolve';
import { getCategories, getReporters, getTags } from './cases/taxonomy';
import { updateCases } from './cases/update';
import { replaceCustomField } from './custom_fields/replace_custom_field';
import type { CustomFieldPutRequest } from '../../common/types/api/custom_field';
import type { CaseDocuments, CasesClientArgs } from './types';
import { createAlertsSourceClient } from './alerts_source';
import { createVisualizationsClient } from './visualizations';
import { ALERTS_FAMILY } from '../alerts/alert_index';
import { EVENTS_FAMILY } from '../alerts/event_index';
import { INDICATORS_FAMILY } from '../indicators/indicator_index';
import { createIndicatorsClient } from '../indicators/indicators_client';
import { createCasesRegistries, type CasesRegistries } from '../registries/cases_registries';
import { findUserActions, getUserActions } from './user_actions/find';
import { getCaseUsers } from './user_actions/get_case_users';
import { createFilesClient } from './files';
import { createFileObjects } from '../files/file_objects';
import type { AddObservableRequest, BulkAddObservablesRequest, UpdateObservableRequest } from '../../common/types/api/observable';
import { addObservable } from './observables/add';
import { bulkAddObservables } from './observables/bulk_add';
import { updateObservable } from './observables/update';
import { deleteObservable } from './observables/delete';
import { createSimilarClient } from './similar';
import { pushCase } from './push/push';
import { getCaseConnectors } from './connectors/get_case_connectors';
import { findCaseConnectors } from './connectors/find_connectors';

export function createCasesClient(args: CasesClientArgs) {
  return {
    cases: {
      create: (request: CasePostRequest) => createCase(args, request),
      get: (id: string, includeComments?: boolean) => getCase(args, id, includeComments),
      resolve: (id: string, includeComments?: boolean) => resolveCase(args, id, includeComments),
      bulkGet: (request: CasesBulkGetRequest) => bulkGetCases(args, request),
      update: (request: CasesPatchRequest) => updateCases(args, request),
      replaceCustomField: (caseId: string, key: string, request: CustomFieldPutRequest) => replaceCustomField(args, caseId, key, request),
      delete: (ids: string[]) => deleteCases(args, ids),
      find: (query: CasesFindRequest) => findCases(args, query),
      search: (request: CasesSearchRequest) => searchCases(args, request),
      getTags: (owner?: string[]) => getTags(args, owner),
      getReporters: (owner?: string[]) => getReporters(args, owner),
      getCategories: (owner?: string[]) => getCategories(args, owner),
      /** Kibana's `cases.push`: the case to the external system of one connector. */
      push: (caseId: string, connectorId: string) => pushCase(args, caseId, connectorId),
    },
    attachments: {
      add: (caseId: string, request: AttachmentRequest) => addComment(args, caseId, request),
      update: (caseId: string, request: AttachmentPatchRequest) => updateComment(args, caseId, request),
      get: (caseId: string, commentId: string) => getComment(args, caseId, commentId),
      getAll: (caseId: string) => getAllComments(args, caseId),
      find: (caseId: string, query: FindAttachmentsQuery) => findComments(args, caseId, query),
      delete: (caseId: string, commentId: string) => deleteComment(args, caseId, commentId),
      deleteAll: (caseId: string) => deleteAllComments(args, caseId),
      bulkCreate: (caseId: string, requests: AttachmentRequest[]) => bulkCreateAttachments(args, caseId, requests),
      getAllAlertsAttachToCase: (caseId: string) => getAlertsAttachedToCase(args, caseId),
      findCasesContainingAll: (request: FindCasesContainingAllRequest) => findCasesContainingAll(args, request),
    },
    /** The case side of alerts and events: which cases hold an alert, a case's alerts and events, removing alerts. */
    caseAlerts: {
      getCasesByAlertId: (alertId: string, owner?: string | string[]) => getCasesByAlertId(args, alertId, owner),
      find: (caseId: string, query: CaseAlertsFindQuery) => findCaseAlerts(args, caseId, query),
      findEvents: (caseId: string, query: CaseEventsFindQuery) => findCaseEvents(args, caseId, query),
      remove: (caseId: string, alertIds: string[]) => removeCaseAlerts(args, caseId, alertIds),
    },
    metrics: {
      getCasesMetrics: (query: CasesMetricsQuery) => getCasesMetrics(args, query),
      getCaseMetrics: (caseId: string, query: SingleCaseMetricsQuery) => getCaseMetrics(args, caseId, query),
    },
    userProfiles: {
      suggest: (request: SuggestUserProfilesRequest) => suggestUserProfiles(args, request),
    },
    userActions: {
      find: (caseId: string, query: UserActionFindQuery) => findUserActions(args, caseId, query),
      getAll: (caseId: string) => getUserActions(args, caseId),
      getUsers: (caseId: string) => getCaseUsers(args, caseId),
      /** Kibana's `userActions.getConnectors`: each connector of the case and whether it needs a push. */
      getConnectors: (caseId: string) => getCaseConnectors(args, caseId),
    },
    /** A case's observables (Kibana's observables client); auto-extraction runs inside the attach flow. */
    observables: {
      add: (caseId: string, request: AddObservableRequest) => addObservable(args, caseId, request),
      bulkAdd: (caseId: string, request: BulkAddObservablesRequest) => bulkAddObservables(args, caseId, request),
      update: (caseId: string, observableId: string, request: UpdateObservableRequest) => updateObservable(args, caseId, observableId, request),
      delete: (caseId: string, observableId: string) => deleteObservable(args, caseId, observableId),
    },
    /** Similar cases and the search by observable value ("where else have we seen this?"). */
    similar: createSimilarClient(args),
    alertsSource: createAlertsSourceClient(args),
    /** Lens-style charts: the sources a chart may read in the space, and one chart's table. */
    visualizations: createVisualizationsClient(args),
    /** A case's files: upload, listing, download, bulk delete. */
    files: createFilesClient(args),
    /** Threat-intelligence indicators: ingest and the picker's find (attached through the comments API). */
    indicators: createIndicatorsClient(args, () => args.documents.indicators),
    /** An owner's case settings: custom fields, templates, closure option, observable types. */
    configure: {
      get: (owner?: string[]) => getConfigurations(args, owner),
      create: (request: ConfigurationRequest) => createConfiguration(args, request),
      update: (configurationId: string, request: ConfigurationPatchRequest) => updateConfiguration(args, configurationId, request),
      getCustomFieldUsage: (key: string, owner: string) => getCustomFieldUsage(args, key, owner),
      getLimits: () => getConfigurationLimits(args),
      /** Kibana's `configure.getConnectors`: the connectors cases can push to. */
      getConnectors: () => findCaseConnectors(args),
    },
  };
}

export type CasesClient = ReturnType<typeof createCasesClient>;

export interface CasesClientFactoryDeps {
  authz: AuthorizationService;
  users: CoreStart['security']['users'];
  logger?: Logger;
  /** CoreStart's audit log: case deletions are recorded there, as Kibana records them. */
  audit: AuditLogger;
  /** The registries filled at setup and frozen at start; tests get the built-in ones. */
  registries?: CasesRegistries;
  /** CoreStart's document service: the `alerts` and `events` families the plugin declared at setup. */
  data: DataServiceStart;
  /** CoreStart's blob service: the bytes of case files. */
  blobs: BlobStorage;
  /** The plugin's settings with defaults; the defaults when absent. */
  config?: ResolvedCasesConfig;
  /** The connectors of a request's space, unsecured (the client authorizes pushes itself). */
  actions: (context: { spaceId: string; user?: AuthenticatedUser }) => ActionsClient;
  /** CoreStart's notifications (mail to new assignees). */
  notifications?: NotificationsStart;
  /** `server.publicBaseUrl`: links back to cases from pushed incidents and emails. */
  publicBaseUrl?: string;
  now?: () => Date;
}

/**
 * The space's alert and event indices, looked up when first used: a request that never touches
 * alerts never asks for them, and a platform without those families fails only where they are needed.
 */
function caseDocuments(data: DataServiceStart, spaceId: string): CaseDocuments {
  let alerts: CaseDocuments['alerts'] | undefined;
  let events: CaseDocuments['events'] | undefined;
  let indicators: CaseDocuments['indicators'] | undefined;
  return {
    get alerts() {
      return (alerts ??= data.getIndexClient(ALERTS_FAMILY, spaceId));
    },
    get events() {
      return (events ??= data.getIndexClient(EVENTS_FAMILY, spaceId));
    },
    get indicators() {
      return (indicators ??= data.getIndexClient(INDICATORS_FAMILY, spaceId));
    },
  };
}

/** Made on first use: most requests never touch a connector, and need not pay for a client. */
function lazyActionsClient(create: () => ActionsClient): ActionsClient {
  let client: ActionsClient | undefined;
  const get = () => (client ??= create());
  return {
    listTypes: (featureId) => get().listTypes(featureId),
    create: (input) => get().create(input),
    get: (id) => get().get(id),
    getAll: () => get().getAll(),
    getBulk: (ids) => get().getBulk(ids),
    update: (id, input) => get().update(id, input),
    delete: (id) => get().delete(id),
    execute: (id, params, options) => get().execute(id, params, options),
  };
}

/** Built at start, when the platform's authorization exists; called per request by the routes. */
export function createCasesClientFactory({
  authz,
  users,
  logger,
  audit,
  data,
  blobs,
  config = resolveCasesConfig({}),
  registries = createCasesRegistries(),
  actions,
  notifications = {},
  publicBaseUrl,
  now = () => new Date(),
}: CasesClientFactoryDeps) {
  return (context: Pick<RequestHandlerContext, 'spaceId' | 'user'> & { savedObjects: SavedObjectsClientContract }): CasesClient =>
    createCasesClient({
      services: {
        cases: createCasesService(context.savedObjects),
        attachments: createAttachmentService(context.savedObjects),
        userActions: createUserActionService(context.savedObjects, registries.userActions),
        caseUsers: createCaseUsersService(context.savedObjects),
        configure: createConfigureService(context.savedObjects),
        files: createFileObjects(context.savedObjects, context.spaceId),
      },
      authz,
      users,
      user: context.user,
      spaceId: context.spaceId,
      logger,
      audit,
      registries,
      documents: caseDocuments(data, context.spaceId),
      blobs,
      config,
      actions: lazyActionsClient(() => actions({ spaceId: context.spaceId, user: context.user })),
      notifications,
      publicBaseUrl,
      now,
    });
}

export type CasesClientFactory = ReturnType<typeof createCasesClientFactory>;
