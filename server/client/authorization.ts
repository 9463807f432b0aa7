/**
 * Kibana's Cases operations and the two questions the client asks of the platform: may the
 * caller do this to objects of these owners, and which owners may the caller search.
 */
import { OWNERS, CASE_COMMENT_SAVED_OBJECT, CASE_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { AuthorizationOperation } from '../core/security/types';
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
  findUserActions: op('findUserActions', CASE_USER_ACTION_SAVED_OBJECT, 'read'),
  getUserActions: op('getUserActions', CASE_USER_ACTION_SAVED_OBJECT, 'read'),
  getCasesMetrics: op('getCasesMetrics', CASE_SAVED_OBJECT, 'read'),
  suggestUserProfiles: op('suggestUserProfiles', CASE_SAVED_OBJECT, 'read'),
} as const;

/** Rejects with 401/403 unless the caller may run `operation` on objects of these owners. */
export const ensureAuthorized = (args: CasesClientArgs, operation: AuthorizationOperation, owners: string[]) =>
  args.authz.ensureAuthorized({ user: args.user, spaceId: args.spaceId, operation, owners: [...new Set(owners)] });

/**
 * The owners a search may return: those requested (all when none) that the caller may read.
 * None at all is a 403, as it is in Kibana.
 */
export async function authorizedOwners(args: CasesClientArgs, operation: AuthorizationOperation, requested?: string[]): Promise<string[]> {
  const owners = requested && requested.length > 0 ? [...new Set(requested)] : [...OWNERS];
  const allowed = await args.authz.getAuthorizedOwners({ user: args.user, spaceId: args.spaceId, operation, owners });
  if (allowed.length === 0) await ensureAuthorized(args, operation, owners);
  return allowed;
}
