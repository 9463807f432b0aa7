/** Reading a case's activity: a filtered page (with Kibana's type groupings) or the whole log. */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../../common/constants';
import type { UserActionFindQuery, UserActionFindResponse, UserActionFindType } from '../../../common/types/api/user_action';
import type { LegacyUserAction, UserAction, UserActionAttributes } from '../../../common/types/domain/user_action';
import { f, type FilterNode } from '../../core';
import type { UserActionSavedObject } from '../../services/user_action_service';
import { caseIfExists, ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

const COMMENT_TYPE = 'payload.comment.type';

/** Kibana's groupings: `action` is everything but user comments; `user`, `alert`, `attachment` are kinds of comment. */
function typeFilter(type: UserActionFindType): FilterNode {
  switch (type) {
    case 'action':
      return f.not(f.term(COMMENT_TYPE, 'user'));
    case 'user':
      return f.and(f.term('type', 'comment'), f.term(COMMENT_TYPE, 'user'), f.term('action', 'create'));
    case 'alert':
      return f.and(f.term('type', 'comment'), f.term(COMMENT_TYPE, 'alert'));
    case 'attachment':
      return f.and(f.term('type', 'comment'), f.terms(COMMENT_TYPE, ['externalReference', 'persistableState']));
    default:
      return f.term('type', type);
  }
}

const attributesOf = (so: UserActionSavedObject): UserActionAttributes => {
  const { case_id: _caseId, ...attributes } = so.attributes;
  return attributes;
};

const toUserAction = (so: UserActionSavedObject): UserAction => ({ id: so.id, version: so.version, ...attributesOf(so) });

/** Kibana reads the case first: a missing (or deleted) case is a 404, not an empty page; then its owner is checked. */
export async function findUserActions(args: CasesClientArgs, caseId: string, query: UserActionFindQuery): Promise<UserActionFindResponse> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.findUserActions, theCase);
  const owners = [theCase.attributes.owner];
  const types = query.types ?? [];
  const filter = f.and(f.terms('owner', owners), ...(types.length > 0 ? [f.or(...types.map(typeFilter))] : []));
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  // Oldest first unless asked otherwise, as Kibana's service defaults.
  const found = await args.services.userActions.find(caseId, { filter, page, perPage, sortOrder: query.sortOrder ?? 'asc' });
  return { userActions: found.saved_objects.map(toUserAction), page, perPage, total: found.total };
}

/**
 * The deprecated full list. An unknown (or deleted) case has no activity, as in Kibana; a case
 * that exists is checked like every by-id read, so one the caller may not read is a 403.
 */
export async function getUserActions(args: CasesClientArgs, caseId: string): Promise<LegacyUserAction[]> {
  const theCase = await caseIfExists(args, caseId);
  if (!theCase) return [];
  await ensureAuthorizedOnCase(args, Operations.getUserActions, theCase);
  const all = await args.services.userActions.all(caseId);
  return all
    .filter((so) => so.attributes.owner === theCase.attributes.owner)
    .map((so) => ({ ...attributesOf(so), action_id: so.id, case_id: so.attributes.case_id }));
}
