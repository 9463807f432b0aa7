/**
 * Kibana's Cases operations and the two questions the client asks of the platform: may the
 * caller do this to objects of these owners, and which owners may the caller search. The owners
 * are the owner registry's: one outside it is a privilege no caller holds, so it is refused with
 * 403 even for a superuser, as Kibana does, and a search never reaches it.
 */
import { authorizationAuditEvent, deniedMessage, forbidden, isNotFound, notFound, type AuthorizationEntity, type AuthorizationOperation } from '../core';
import type { CaseSavedObject } from '../services/cases_service';
import { CASE_COMMENT_SAVED_OBJECT, CASE_CONFIGURE_SAVED_OBJECT, CASE_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { CasesClientArgs } from './types';

const VERBS = {
  create: { present: 'create', progressive: 'creating', past: 'created' },
  access: { present: 'access', progressive: 'accessing', past: 'accessed' },
  update: { present: 'update', progressive: 'updating', past: 'updated' },
  push: { present: 'push', progressive: 'pushing', past: 'pushed' },
  delete: { present: 'delete', progressive: 'deleting', past: 'deleted' },
} as const;

const ECS_TYPE = { create: 'creation', access: 'access', update: 'change', push: 'change', delete: 'deletion' } as const;

/** The namespace of the cases privilege actions, `cases:<owner>/<privilege>` as Kibana's. */
export const CASES_PRIVILEGE_NAMESPACE = 'cases';

interface OperationSpec {
  /** Kibana's operation name the privilege check uses (several operations share one). */
  privilege: string;
  /** Kibana's `event.action`. */
  auditAction: string;
  verb: keyof typeof VERBS;
  docType: string;
  savedObjectType: string;
}

function op(name: string, spec: OperationSpec): AuthorizationOperation {
  return {
    name,
    savedObjectType: spec.savedObjectType,
    action: spec.verb === 'access' ? 'read' : 'write',
    privilege: { namespace: CASES_PRIVILEGE_NAMESPACE, name: spec.privilege },
    audit: { action: spec.auditAction, ecsType: ECS_TYPE[spec.verb], verbs: VERBS[spec.verb], docType: spec.docType },
  };
}

const CASE = { docType: 'case', savedObjectType: CASE_SAVED_OBJECT };
const CASES = { docType: 'cases', savedObjectType: CASE_SAVED_OBJECT };
const COMMENTS = { docType: 'comments', savedObjectType: CASE_COMMENT_SAVED_OBJECT };
const CONFIGURATION = { docType: 'case configuration', savedObjectType: CASE_CONFIGURE_SAVED_OBJECT };
const USER_ACTIONS = { docType: 'user actions', savedObjectType: CASE_USER_ACTION_SAVED_OBJECT };

/**
 * Kibana's Cases operations: the privilege each is checked against, and the names its audit
 * events carry. The privilege groups that grant them are in server/features/cases_privileges.ts.
 * Operations of ours that Kibana lacks (alert removal, the alerts source) borrow the privilege
 * of the Kibana operation they resemble; their audit names follow Kibana's pattern.
 */
export const Operations = {
  createCase: op('createCase', { privilege: 'createCase', auditAction: 'case_create', verb: 'create', ...CASE }),
  getCase: op('getCase', { privilege: 'getCase', auditAction: 'case_get', verb: 'access', ...CASE }),
  bulkGetCases: op('bulkGetCases', { privilege: 'getCase', auditAction: 'case_bulk_get', verb: 'access', ...CASES }),
  updateCase: op('updateCase', { privilege: 'updateCase', auditAction: 'case_update', verb: 'update', ...CASE }),
  reopenCase: op('reopenCase', { privilege: 'reopenCase', auditAction: 'case_reopen', verb: 'update', ...CASE }),
  assignCase: op('assignCase', { privilege: 'assignCase', auditAction: 'cases_assign', verb: 'update', ...CASE }),
  pushCase: op('pushCase', { privilege: 'pushCase', auditAction: 'case_push', verb: 'push', ...CASE }),
  deleteCase: op('deleteCase', { privilege: 'deleteCase', auditAction: 'case_delete', verb: 'delete', ...CASE }),
  findCases: op('findCases', { privilege: 'getCase', auditAction: 'case_find', verb: 'access', ...CASES }),
  getCaseStatuses: op('getCaseStatuses', { privilege: 'getCase', auditAction: 'case_find_statuses', verb: 'access', ...CASES }),
  getTags: op('getTags', { privilege: 'getTags', auditAction: 'case_tags_get', verb: 'access', ...CASE }),
  getReporters: op('getReporters', { privilege: 'getReporters', auditAction: 'case_reporters_get', verb: 'access', ...CASE }),
  getCategories: op('getCategories', { privilege: 'getCase', auditAction: 'case_categories_get', verb: 'access', ...CASES }),
  createComment: op('createComment', { privilege: 'createComment', auditAction: 'case_comment_create', verb: 'create', ...COMMENTS }),
  bulkCreateAttachments: op('bulkCreateAttachments', { privilege: 'createComment', auditAction: 'case_comment_bulk_create', verb: 'create', ...COMMENTS }),
  updateComment: op('updateComment', { privilege: 'updateComment', auditAction: 'case_comment_update', verb: 'update', ...COMMENTS }),
  deleteComment: op('deleteComment', { privilege: 'deleteComment', auditAction: 'case_comment_delete', verb: 'delete', ...COMMENTS }),
  deleteAllComments: op('deleteAllComments', { privilege: 'deleteComment', auditAction: 'case_comment_delete_all', verb: 'delete', ...COMMENTS }),
  getComment: op('getComment', { privilege: 'getComment', auditAction: 'case_comment_get', verb: 'access', ...COMMENTS }),
  getAllComments: op('getAllComments', { privilege: 'getComment', auditAction: 'case_comment_get_all', verb: 'access', ...COMMENTS }),
  findComments: op('findComments', { privilege: 'getComment', auditAction: 'case_comment_find', verb: 'access', ...COMMENTS }),
  // Files are attachments: uploading one is adding a comment, reading its bytes reading one, and
  // removing files deleting comments (Kibana's file kinds carry these privileges' API tags).
  createFile: op('createFile', { privilege: 'createComment', auditAction: 'case_file_create', verb: 'create', ...COMMENTS }),
  findFiles: op('findFiles', { privilege: 'getComment', auditAction: 'case_files_find', verb: 'access', ...COMMENTS }),
  downloadFile: op('downloadFile', { privilege: 'getComment', auditAction: 'case_file_download', verb: 'access', ...COMMENTS }),
  deleteFiles: op('deleteFiles', { privilege: 'deleteComment', auditAction: 'case_files_bulk_delete', verb: 'delete', ...COMMENTS }),
  getAlertsAttachedToCase: op('getAlertsAttachedToCase', { privilege: 'getComment', auditAction: 'case_comment_alerts_attach_to_case', verb: 'access', ...COMMENTS }),
  findCaseAlerts: op('findCaseAlerts', { privilege: 'getComment', auditAction: 'case_comment_alerts_find', verb: 'access', ...COMMENTS }),
  removeCaseAlerts: op('removeCaseAlerts', { privilege: 'deleteComment', auditAction: 'case_comment_alerts_remove', verb: 'delete', ...COMMENTS }),
  getCasesByAlertID: op('getCasesByAlertID', { privilege: 'getCase', auditAction: 'case_ids_by_alert_id_get', verb: 'access', docType: 'cases', savedObjectType: CASE_COMMENT_SAVED_OBJECT }),
  findUserActions: op('findUserActions', { privilege: 'getUserActions', auditAction: 'case_user_actions_find', verb: 'access', ...USER_ACTIONS }),
  getUserActions: op('getUserActions', { privilege: 'getUserActions', auditAction: 'case_user_actions_get', verb: 'access', ...USER_ACTIONS }),
  getUserActionUsers: op('getUserActionUsers', { privilege: 'getUserActions', auditAction: 'case_user_action_get_users', verb: 'access', ...USER_ACTIONS }),
  // A case's connectors and push state are read from its log, as Kibana checks them.
  getConnectors: op('getConnectors', { privilege: 'getUserActions', auditAction: 'case_connectors_get', verb: 'access', ...USER_ACTIONS }),
  // Ours: Kibana lists them under the actions `read` privilege; here any reader of some owner's cases may.
  findConnectors: op('findConnectors', { privilege: 'getCase', auditAction: 'case_connectors_find', verb: 'access', docType: 'connectors', savedObjectType: 'action' }),
  getCasesMetrics: op('getCasesMetrics', { privilege: 'getCase', auditAction: 'cases_get_metrics', verb: 'access', ...CASES }),
  getCaseMetrics: op('getCaseMetrics', { privilege: 'getCase', auditAction: 'case_get_metrics', verb: 'access', ...CASE }),
  suggestUserProfiles: op('suggestUserProfiles', { privilege: 'getCase', auditAction: 'case_user_profiles_suggest', verb: 'access', ...CASES }),
  createConfiguration: op('createConfiguration', { privilege: 'createConfiguration', auditAction: 'case_configuration_create', verb: 'create', ...CONFIGURATION }),
  updateConfiguration: op('updateConfiguration', { privilege: 'updateConfiguration', auditAction: 'case_configuration_update', verb: 'update', ...CONFIGURATION }),
  findConfigurations: op('findConfigurations', { privilege: 'findConfigurations', auditAction: 'case_configuration_find', verb: 'access', docType: 'case configurations', savedObjectType: CASE_CONFIGURE_SAVED_OBJECT }),
  // The alerts source: alert and event documents belong to Security's owner (`securitySolution`).
  // Reading and triaging them is a case reader's and editor's work; ingesting is the pipeline's,
  // whose privilege (`ingestAlerts`) only the superuser holds (no feature grants it).
  ingestAlerts: op('ingestAlerts', { privilege: 'ingestAlerts', auditAction: 'alerts_ingest', verb: 'create', docType: 'alerts', savedObjectType: 'alert' }),
  findAlerts: op('findAlerts', { privilege: 'getCase', auditAction: 'alerts_find', verb: 'access', docType: 'alerts', savedObjectType: 'alert' }),
  updateAlertStatus: op('updateAlertStatus', { privilege: 'updateCase', auditAction: 'alerts_status_update', verb: 'update', docType: 'alerts', savedObjectType: 'alert' }),
  ingestEvents: op('ingestEvents', { privilege: 'ingestAlerts', auditAction: 'events_ingest', verb: 'create', docType: 'events', savedObjectType: 'event' }),
  findEvents: op('findEvents', { privilege: 'getCase', auditAction: 'events_find', verb: 'access', docType: 'events', savedObjectType: 'event' }),
  ingestIndicators: op('ingestIndicators', { privilege: 'ingestAlerts', auditAction: 'indicators_ingest', verb: 'create', docType: 'indicators', savedObjectType: 'indicator' }),
  findIndicators: op('findIndicators', { privilege: 'getCase', auditAction: 'indicators_find', verb: 'access', docType: 'indicators', savedObjectType: 'indicator' }),
} as const;

/**
 * An owner nobody registered: the platform's rules know nothing of it (and would let the superuser
 * through), so the client refuses it, recording the refusal in the platform's words.
 */
function refuseUnknownOwners(args: CasesClientArgs, operation: AuthorizationOperation, owners: string[], entities: AuthorizationEntity[]): never {
  const message = deniedMessage(operation, owners);
  const decision = { user: args.user, spaceId: args.spaceId, operation, owners };
  for (const entity of entities.length > 0 ? entities : [undefined]) {
    args.audit.log(authorizationAuditEvent(decision, entity, { code: 'Error', message }));
  }
  throw forbidden(message);
}

/**
 * Rejects with 401/403 unless the caller may run `operation` on objects of these owners. By-id
 * calls pass the objects (`entities`, fetched first, so an unknown id was already a 404): each
 * is audited by id, and a caller with no privilege at all in the space gets 404, not 403.
 */
export async function ensureAuthorized(
  args: CasesClientArgs,
  operation: AuthorizationOperation,
  owners: string[],
  entities: AuthorizationEntity[] = [],
): Promise<void> {
  const unique = [...new Set([...owners, ...entities.map((e) => e.owner)])];
  const ask = () =>
    args.authz.ensureAuthorized({ user: args.user, spaceId: args.spaceId, operation, owners: unique, ...(entities.length > 0 ? { entities } : {}) });
  if (unique.every((owner) => args.registries.owners.has(owner))) return ask();
  // An anonymous caller still gets the platform's 401 first.
  if (!args.user) await ask();
  refuseUnknownOwners(args, operation, unique, entities);
}

/** By id: the objects, fetched first, decide the owners. */
export const ensureAuthorizedOn = (args: CasesClientArgs, operation: AuthorizationOperation, entities: AuthorizationEntity[]): Promise<void> =>
  ensureAuthorized(args, operation, [], entities);

/**
 * An operation on what a case holds (its comments, user actions, alerts, people), checked on the
 * case, fetched first. To a caller who may see nothing in the space the case is missing, in the
 * words of the case's own 404: the space's objects are invisible, not merely forbidden.
 */
export async function ensureAuthorizedOnCase(args: CasesClientArgs, operation: AuthorizationOperation, theCase: CaseSavedObject): Promise<void> {
  try {
    await ensureAuthorizedOn(args, operation, [{ id: theCase.id, owner: theCase.attributes.owner }]);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) throw notFound(`Saved object [${CASE_SAVED_OBJECT}/${theCase.id}] not found`);
    throw error;
  }
}

/**
 * The case, or undefined when there is none: for the lists Kibana answers empty for an unknown
 * case (comments, the deprecated activity list). Existing cases are then checked as by-id reads.
 */
export async function caseIfExists(args: CasesClientArgs, caseId: string): Promise<CaseSavedObject | undefined> {
  try {
    return await args.services.cases.get(caseId);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * The owners a search may return: of every registered owner, those the caller may read, then
 * narrowed to those requested. None readable at all is a 403 that names no owner, as Kibana's
 * (the platform records the refusal); a request for owners the caller may not read, or that do
 * not exist, finds nothing.
 */
export async function authorizedOwners(args: CasesClientArgs, operation: AuthorizationOperation, requested?: string[]): Promise<string[]> {
  const all = args.registries.owners.ids();
  // The platform refuses (and records) a caller who may read none of them.
  const allowed = await args.authz.getAuthorizedOwners({ user: args.user, spaceId: args.spaceId, operation, owners: all });
  return requested && requested.length > 0 ? allowed.filter((owner) => requested.includes(owner)) : allowed;
}
