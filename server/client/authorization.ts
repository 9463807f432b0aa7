/**
 * Kibana's Cases operations and the two questions the client asks of the platform: may the
 * caller do this to objects of these owners, and which owners may the caller search. The owners
 * are the owner registry's: one outside it is a privilege no caller holds, so it is refused with
 * 403 even for a superuser, as Kibana does, and a search never reaches it.
 */
import { forbidden, type AuthorizationOperation } from '../core';
import { CASE_COMMENT_SAVED_OBJECT, CASE_CONFIGURE_SAVED_OBJECT, CASE_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { CasesClientArgs } from './types';

const op = (name: string, savedObjectType: string, action: 'read' | 'write'): AuthorizationOperation => ({ name, savedObjectType, action });

export const Operations = {
  createCase: op('createCase', CASE_SAVED_OBJECT, 'write'),
  getCase: op('getCase', CASE_SAVED_OBJECT, 'read'),
  bulkGetCases: op('bulkGetCases', CASE_SAVED_OBJECT, 'read'),
  updateCase: op('updateCase', CASE_SAVED_OBJECT, 'write'),
  deleteCase: op('deleteCase', CASE_SAVED_OBJECT, 'write'),
  findCases: op('findCases', CASE_SAVED_OBJECT, 'read'),
  getTags: op('getTags', CASE_SAVED_OBJECT, 'read'),
  getReporters: op('getReporters', CASE_SAVED_OBJECT, 'read'),
  getCategories: op('getCategories', CASE_SAVED_OBJECT, 'read'),
  createComment: op('createComment', CASE_COMMENT_SAVED_OBJECT, 'write'),
  updateComment: op('updateComment', CASE_COMMENT_SAVED_OBJECT, 'write'),
  deleteComment: op('deleteComment', CASE_COMMENT_SAVED_OBJECT, 'write'),
  deleteAllComments: op('deleteAllComments', CASE_COMMENT_SAVED_OBJECT, 'write'),
  getComment: op('getComment', CASE_COMMENT_SAVED_OBJECT, 'read'),
  getAllComments: op('getAllComments', CASE_COMMENT_SAVED_OBJECT, 'read'),
  findComments: op('findComments', CASE_COMMENT_SAVED_OBJECT, 'read'),
  bulkCreateAttachments: op('bulkCreateAttachments', CASE_COMMENT_SAVED_OBJECT, 'write'),
  getAlertsAttachedToCase: op('getAlertsAttachedToCase', CASE_SAVED_OBJECT, 'read'),
  getCasesByAlertID: op('getCasesByAlertID', CASE_SAVED_OBJECT, 'read'),
  findCaseAlerts: op('findCaseAlerts', CASE_COMMENT_SAVED_OBJECT, 'read'),
  removeCaseAlerts: op('removeCaseAlerts', CASE_COMMENT_SAVED_OBJECT, 'write'),
  findUserActions: op('findUserActions', CASE_USER_ACTION_SAVED_OBJECT, 'read'),
  getUserActions: op('getUserActions', CASE_USER_ACTION_SAVED_OBJECT, 'read'),
  getUserActionUsers: op('getUserActionUsers', CASE_USER_ACTION_SAVED_OBJECT, 'read'),
  getCasesMetrics: op('getCasesMetrics', CASE_SAVED_OBJECT, 'read'),
  getCaseMetrics: op('getCaseMetrics', CASE_SAVED_OBJECT, 'read'),
  suggestUserProfiles: op('suggestUserProfiles', CASE_SAVED_OBJECT, 'read'),
  createConfiguration: op('createConfiguration', CASE_CONFIGURE_SAVED_OBJECT, 'write'),
  updateConfiguration: op('updateConfiguration', CASE_CONFIGURE_SAVED_OBJECT, 'write'),
  findConfigurations: op('findConfigurations', CASE_CONFIGURE_SAVED_OBJECT, 'read'),
  // The alerts source: alert and event documents belong to Security's owner (`securitySolution`).
  ingestAlerts: op('ingestAlerts', 'alert', 'write'),
  findAlerts: op('findAlerts', 'alert', 'read'),
  updateAlertStatus: op('updateAlertStatus', 'alert', 'write'),
  ingestEvents: op('ingestEvents', 'event', 'write'),
  findEvents: op('findEvents', 'event', 'read'),
} as const;

/** The platform's wording of a refusal, which names the operation and the owners asked for. */
const deniedMessage = (operation: AuthorizationOperation, owners: string[]) =>
  `${['Unauthorized to', operation.name, operation.savedObjectType].filter(Boolean).join(' ')} with owners: "${owners.join(', ')}"`;

/** An owner nobody registered: the platform's rules know nothing of it, so the refusal is the client's to record. */
function refuseUnknownOwners(args: CasesClientArgs, operation: AuthorizationOperation, owners: string[]): never {
  const message = deniedMessage(operation, owners);
  args.audit.log({
    message: `${args.user?.username} was denied ${operation.name}`,
    event: { action: operation.name, category: ['database'], type: [operation.action === 'write' ? 'change' : 'access'], outcome: 'failure' },
    user: args.user ? { name: args.user.username, roles: args.user.roles } : undefined,
    kibana: {
      space_id: args.spaceId,
      ...(operation.savedObjectType ? { saved_object: { type: operation.savedObjectType } } : {}),
      authorization: { owners },
    },
    error: { code: 'Forbidden', message },
  });
  throw forbidden(message);
}

/** Rejects with 401/403 unless the caller may run `operation` on objects of these owners. */
export async function ensureAuthorized(args: CasesClientArgs, operation: AuthorizationOperation, owners: string[]): Promise<void> {
  const unique = [...new Set(owners)];
  const ask = () => args.authz.ensureAuthorized({ user: args.user, spaceId: args.spaceId, operation, owners: unique });
  if (unique.every((owner) => args.registries.owners.has(owner))) return ask();
  // An anonymous caller still gets the platform's 401 first.
  if (!args.user) await ask();
  refuseUnknownOwners(args, operation, unique);
}

/**
 * The owners a search may return: of every registered owner, those the caller may read, then
 * narrowed to those requested. None readable at all is a 403, as it is in Kibana; a request
 * for owners the caller may not read (or that do not exist) finds nothing.
 */
export async function authorizedOwners(args: CasesClientArgs, operation: AuthorizationOperation, requested?: string[]): Promise<string[]> {
  const all = args.registries.owners.ids();
  const allowed = await args.authz.getAuthorizedOwners({ user: args.user, spaceId: args.spaceId, operation, owners: all });
  if (allowed.length === 0) await args.authz.ensureAuthorized({ user: args.user, spaceId: args.spaceId, operation, owners: all });
  return requested && requested.length > 0 ? allowed.filter((owner) => requested.includes(owner)) : allowed;
}
