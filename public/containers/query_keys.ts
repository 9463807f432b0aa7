/**
 * Every query key of the cases app, in one place, so a mutation's invalidation cannot miss a
 * spelling. All start with 'cases' so one invalidation refreshes the whole app (refresh button).
 */
import type { CasesFindRequest } from '../../common/types/api/case';
import type { FindAttachmentsQuery } from '../../common/types/api/attachment';
import type { UserActionFindQuery } from '../../common/types/api/user_action';

export const casesQueryKeys = {
  all: ['cases'] as const,
  find: (params: CasesFindRequest) => ['cases', 'find', params] as const,
  case: (caseId: string) => ['cases', 'case', caseId] as const,
  comments: (caseId: string, params: FindAttachmentsQuery) => ['cases', 'case', caseId, 'comments', params] as const,
  userActions: (caseId: string, params: UserActionFindQuery) => ['cases', 'case', caseId, 'userActions', params] as const,
  /** Under the user actions' key: whatever refreshes the activity refreshes the people who made it. */
  caseUsers: (caseId: string) => ['cases', 'case', caseId, 'userActions', '_users'] as const,
  tags: ['cases', 'tags'] as const,
  reporters: ['cases', 'reporters'] as const,
  categories: ['cases', 'categories'] as const,
  metrics: (params: CaseMetricsQuery) => ['cases', 'metrics', params] as const,
  suggestUsers: (name: string) => ['cases', 'suggestUsers', name] as const,
  userProfiles: (uids: string[]) => ['cases', 'userProfiles', [...uids].sort()] as const,
};

/** The scope the list's metrics are computed over: the same date range and owners as the list. */
export interface CaseMetricsQuery {
  from?: string;
  to?: string;
  owner?: string[];
}
