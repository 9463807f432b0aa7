/**
 * Every query key of the cases app, in one place, so a mutation's invalidation cannot miss a
 * spelling. All start with 'cases' so one invalidation refreshes the whole app (refresh button).
 */
import type { CasesFindRequest } from '../../common/types/api/case';
import type { FindAttachmentsQuery } from '../../common/types/api/attachment';
import type { UserActionFindQuery } from '../../common/types/api/user_action';
import type { AlertWorkflowStatus } from '../../common/alerts/alert_fields';
import type { AlertSortField } from './alerts_api';
import type { ObservablesSearchQuery } from './observables_api';
import type { SimilarCasesQuery } from './similar_cases_api';

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
  /** The owner's case settings: custom fields, templates, observable types, closure option. */
  configuration: (owner: string) => ['cases', 'configuration', owner] as const,
  /** Under the configuration's key: a save of the settings refreshes the count a deletion names. */
  customFieldUsage: (owner: string, key: string) => ['cases', 'configuration', owner, 'customFieldUsage', key] as const,
  /** The server's caps on every owner's lists: set by its settings, not by a save. */
  configurationLimits: ['cases', 'configurationLimits'] as const,
  metrics: (params: CaseMetricsQuery) => ['cases', 'metrics', params] as const,
  /** Under the case's key: any write to the case refreshes its alerts, events and figures (statuses may have synced). */
  caseAlerts: (caseId: string, params: CaseAlertsQuery) => ['cases', 'case', caseId, 'alerts', params] as const,
  caseEvents: (caseId: string, params: CaseEventsQuery) => ['cases', 'case', caseId, 'events', params] as const,
  caseMetrics: (caseId: string, features: readonly string[]) => ['cases', 'case', caseId, 'metrics', features] as const,
  /** Under the case's key: an upload or a deletion refreshes the case (its activity) and the listing together. */
  caseFiles: (caseId: string, params: { page: number; perPage: number; search?: string }) => ['cases', 'case', caseId, 'files', params] as const,
  suggestUsers: (name: string) => ['cases', 'suggestUsers', name] as const,
  /** Under the case's key: an observable added or removed there refreshes the cases sharing one. */
  similarCases: (caseId: string, params: SimilarCasesQuery) => ['cases', 'case', caseId, 'similar', params] as const,
  /** Across the space: any case's observable change may change what a value search or a count finds. */
  observablesSearch: (params: ObservablesSearchQuery) => ['cases', 'observables', 'search', params] as const,
  observableCounts: (caseId: string, values: string[]) => ['cases', 'observables', 'counts', caseId, values] as const,
  userProfiles: (uids: string[]) => ['cases', 'userProfiles', [...uids].sort()] as const,
  /** The connectors a case can be pushed to: a connector created or deleted elsewhere shows after a refresh. */
  caseConnectorsList: ['cases', 'connectors', '_find'] as const,
  /** Under the case's key: any write to the case (a comment, a push) may change what needs pushing. */
  caseConnectors: (caseId: string) => ['cases', 'case', caseId, 'connectors'] as const,
  /** A connector's live lookup (issue types, choices): per connector, sub-action and its params. */
  connectorLookup: (connectorId: string, subAction: string, subActionParams: unknown) => ['cases', 'connectorLookup', connectorId, subAction, subActionParams] as const,
};

/** The scope the list's metrics are computed over: the same date range and owners as the list. */
export interface CaseMetricsQuery {
  from?: string;
  to?: string;
  owner?: string[];
}

/** A page of the case's Alerts tab: `page` counts from 1, as the server's. */
export interface CaseAlertsQuery {
  page: number;
  perPage: number;
  sortField: AlertSortField;
  sortOrder: 'asc' | 'desc';
  status?: AlertWorkflowStatus[];
  /** The Attachments tab's search: documents whose id starts with it (sent only when not blank). */
  search?: string;
}

export type CaseEventsQuery = Pick<CaseAlertsQuery, 'page' | 'perPage' | 'sortOrder' | 'search'> & { sortField: '@timestamp' };
