/**
 * The cases API as the browser calls it: one function per endpoint, typed by the codecs in
 * common/. Paths are space-relative; the http client adds `/s/{spaceId}`.
 */
import {
  CASE_FIND_ATTACHMENTS_URL,
  CASE_FIND_URL,
  CASE_FIND_USER_ACTIONS_URL,
  CASE_REPORTERS_URL,
  CASE_TAGS_URL,
  CASES_URL,
  INTERNAL_BULK_GET_USER_PROFILES_URL,
  INTERNAL_CASE_ALERTS_DELETE_URL,
  INTERNAL_CASE_ALERTS_FIND_URL,
  INTERNAL_CASE_EVENTS_FIND_URL,
  INTERNAL_CASE_METRICS_URL,
  INTERNAL_CASE_SEARCH_URL,
  INTERNAL_CASE_USERS_URL,
  INTERNAL_GET_CASE_CATEGORIES_URL,
  INTERNAL_PUT_CUSTOM_FIELD_URL,
  INTERNAL_SINGLE_CASE_METRICS_URL,
  INTERNAL_SUGGEST_USER_PROFILES_URL,
  OWNERS,
} from '../../common/constants';
import type { AttachmentPatchRequest, AttachmentRequest, AttachmentsFindResponse, FindAttachmentsQuery } from '../../common/types/api/attachment';
import type { CasePatchRequest, CasePostRequest, CasesFindRequest, CasesFindResponse } from '../../common/types/api/case';
import type { CustomFieldPutRequest } from '../../common/types/api/custom_field';
import type { GetCaseUsersResponse } from '../../common/types/api/case_users';
import type { CasesSearchRequest } from '../../common/types/api/search_cases';
import type { UserActionFindQuery, UserActionFindResponse } from '../../common/types/api/user_action';
import type { Case, CaseCustomField } from '../../common/types/domain/case';
import type { User } from '../../common/types/domain/user';
import type { UserProfile } from '../../common/core/user_profile';
import type { HttpClient } from '../core';
import type { FindAlertsResponse, FindEventsResponse } from './alerts_api';
import type { CaseAlertsQuery, CaseEventsQuery, CaseMetricsQuery } from './query_keys';
import type { SingleCaseMetricsFeature, SingleCaseMetricsResponse } from './single_case_metrics';

type Query = Record<string, string | number | boolean | Array<string | number> | undefined>;

const caseUrl = (caseId: string) => `${CASES_URL}/${encodeURIComponent(caseId)}`;
const fill = (template: string, caseId: string) => template.replace('{case_id}', encodeURIComponent(caseId));

/** `_find`'s parameters plus Kibana's custom field filter, as the server decodes them. */
export type { CasesSearchRequest };

export interface CaseMetricsResponse {
  /** Mean time to resolve (close) in seconds over the cases closed in scope; null when none. */
  mttr: number | null;
}

export const casesApi = {
  find: (http: HttpClient, params: CasesFindRequest, signal?: AbortSignal) =>
    http.get<CasesFindResponse>(CASE_FIND_URL, { query: params as Query, signal }),
  /** The same page as `find`, filtered by custom field values too; sent as a JSON body. */
  search: (http: HttpClient, params: CasesSearchRequest, signal?: AbortSignal) =>
    http.post<CasesFindResponse>(INTERNAL_CASE_SEARCH_URL, { body: params, signal }),
  get: (http: HttpClient, caseId: string, signal?: AbortSignal) => http.get<Case>(caseUrl(caseId), { signal }),
  create: (http: HttpClient, request: CasePostRequest) => http.post<Case>(CASES_URL, { body: request }),
  /** Each patch carries the version it was read at; a stale one answers 409. */
  update: (http: HttpClient, cases: CasePatchRequest[]) => http.patch<Case[]>(CASES_URL, { body: { cases } }),
  replaceCustomField: (http: HttpClient, caseId: string, customFieldKey: string, request: CustomFieldPutRequest) =>
    http.put<CaseCustomField>(fill(INTERNAL_PUT_CUSTOM_FIELD_URL, caseId).replace('{custom_field_id}', encodeURIComponent(customFieldKey)), { body: request }),
  delete: (http: HttpClient, ids: string[]) => http.delete<void>(CASES_URL, { query: { ids: JSON.stringify(ids) } }),

  tags: (http: HttpClient, signal?: AbortSignal) => http.get<string[]>(CASE_TAGS_URL, { query: { owner: [...OWNERS] }, signal }),
  reporters: (http: HttpClient, signal?: AbortSignal) => http.get<User[]>(CASE_REPORTERS_URL, { query: { owner: [...OWNERS] }, signal }),
  categories: (http: HttpClient, signal?: AbortSignal) =>
    http.get<string[]>(INTERNAL_GET_CASE_CATEGORIES_URL, { query: { owner: [...OWNERS] }, signal }),
  metrics: (http: HttpClient, params: CaseMetricsQuery, signal?: AbortSignal) =>
    http.get<CaseMetricsResponse>(INTERNAL_CASE_METRICS_URL, { query: { features: 'mttr', ...params }, signal }),
  caseMetrics: (http: HttpClient, caseId: string, features: readonly SingleCaseMetricsFeature[], signal?: AbortSignal) =>
    http.get<SingleCaseMetricsResponse>(fill(INTERNAL_SINGLE_CASE_METRICS_URL, caseId), { query: { features: [...features] }, signal }),
  /** The case's alerts and events, read live from their documents, one server page at a time. */
  caseAlerts: (http: HttpClient, caseId: string, params: CaseAlertsQuery, signal?: AbortSignal) =>
    http.get<FindAlertsResponse>(fill(INTERNAL_CASE_ALERTS_FIND_URL, caseId), { query: { ...params }, signal }),
  caseEvents: (http: HttpClient, caseId: string, params: CaseEventsQuery, signal?: AbortSignal) =>
    http.get<FindEventsResponse>(fill(INTERNAL_CASE_EVENTS_FIND_URL, caseId), { query: { ...params }, signal }),
  removeCaseAlerts: (http: HttpClient, caseId: string, alertIds: string[]) =>
    http.post<unknown>(fill(INTERNAL_CASE_ALERTS_DELETE_URL, caseId), { body: { alertIds } }),

  addComment: (http: HttpClient, caseId: string, request: AttachmentRequest) =>
    http.post<Case>(`${caseUrl(caseId)}/comments`, { body: request }),
  updateComment: (http: HttpClient, caseId: string, request: AttachmentPatchRequest) =>
    http.patch<Case>(`${caseUrl(caseId)}/comments`, { body: request }),
  deleteComment: (http: HttpClient, caseId: string, commentId: string) =>
    http.delete<void>(`${caseUrl(caseId)}/comments/${encodeURIComponent(commentId)}`),
  findComments: (http: HttpClient, caseId: string, params: FindAttachmentsQuery, signal?: AbortSignal) =>
    http.get<AttachmentsFindResponse>(fill(CASE_FIND_ATTACHMENTS_URL, caseId), { query: params as Query, signal }),
  findUserActions: (http: HttpClient, caseId: string, params: UserActionFindQuery, signal?: AbortSignal) =>
    http.get<UserActionFindResponse>(fill(CASE_FIND_USER_ACTIONS_URL, caseId), { query: params as Query, signal }),
  caseUsers: (http: HttpClient, caseId: string, signal?: AbortSignal) =>
    http.get<GetCaseUsersResponse>(fill(INTERNAL_CASE_USERS_URL, caseId), { signal }),

  suggestUsers: (http: HttpClient, name: string, signal?: AbortSignal) =>
    http.post<UserProfile[]>(INTERNAL_SUGGEST_USER_PROFILES_URL, { body: { name, size: 10, owners: [...OWNERS] }, signal }),
  /** Profiles are the same in every space. */
  bulkGetUserProfiles: (http: HttpClient, uids: string[], signal?: AbortSignal) =>
    http.post<UserProfile[]>(INTERNAL_BULK_GET_USER_PROFILES_URL, { body: { uids, dataPath: 'avatar' }, spaceScoped: false, signal }),
};
