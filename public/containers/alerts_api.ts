/**
 * The alerts source as the browser calls it (the Alerts and Events pages and their add-to-case
 * actions): one function per endpoint. Paths are space-relative; the http client adds the space.
 */
import {
  DETECTION_ENGINE_SIGNALS_STATUS_URL,
  INTERNAL_ALERTS_FIND_URL,
  INTERNAL_ALERTS_SAMPLE_DATA_URL,
  INTERNAL_BULK_CREATE_ATTACHMENTS_URL,
  INTERNAL_CASES_BY_ATTACHMENTS_URL,
  INTERNAL_EVENTS_FIND_URL,
} from '../../common/constants';
import type { AlertWorkflowStatus } from '../../common/alerts/alert_fields';
import type {
  AlertSummary,
  AlertsFindRequest as FindAlertsRequest,
  AlertsFindResponse as FindAlertsResponse,
  EventsFindRequest as FindEventsRequest,
  EventsFindResponse as FindEventsResponse,
  SampleDataResponse,
  SetAlertsStatusResponse,
} from '../../common/types/api/alerts';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import type { Case } from '../../common/types/domain/case';
import type { HttpClient } from '../core';

/** The wire shapes are the alerts source's (common/types/api/alerts.ts); only their types reach the browser. */
export type { AlertSummary, FindAlertsRequest, FindAlertsResponse, FindEventsRequest, FindEventsResponse, SampleDataResponse, SetAlertsStatusResponse };
export type AlertSortField = NonNullable<FindAlertsRequest['sortField']>;
export type EventSortField = NonNullable<FindEventsRequest['sortField']>;

/** Kibana's answer: which of the given cases already hold every given alert or event. */
export interface CasesContainingAllResponse {
  casesWithAllAttachments: string[];
}

const fill = (template: string, caseId: string) => template.replace('{case_id}', encodeURIComponent(caseId));

export const alertsApi = {
  findAlerts: (http: HttpClient, request: FindAlertsRequest, signal?: AbortSignal) =>
    http.post<FindAlertsResponse>(INTERNAL_ALERTS_FIND_URL, { body: request, signal }),
  findEvents: (http: HttpClient, request: FindEventsRequest, signal?: AbortSignal) =>
    http.post<FindEventsResponse>(INTERNAL_EVENTS_FIND_URL, { body: request, signal }),
  loadSampleData: (http: HttpClient) => http.post<SampleDataResponse>(INTERNAL_ALERTS_SAMPLE_DATA_URL, { body: {} }),
  setStatus: (http: HttpClient, alertIds: string[], status: AlertWorkflowStatus) =>
    http.post<SetAlertsStatusResponse>(DETECTION_ENGINE_SIGNALS_STATUS_URL, { body: { signal_ids: alertIds, status } }),
  /** Kibana's bulk create: an array of attachment requests, answered with the case. */
  bulkCreateAttachments: (http: HttpClient, caseId: string, attachments: AttachmentRequest[]) =>
    http.post<Case>(fill(INTERNAL_BULK_CREATE_ATTACHMENTS_URL, caseId), { body: attachments }),
  /** Kibana's newer `documentIds` (alert or event ids) rather than its older `alertIds`. */
  casesContainingAll: (http: HttpClient, documentIds: string[], caseIds: string[], signal?: AbortSignal) =>
    http.post<CasesContainingAllResponse>(INTERNAL_CASES_BY_ATTACHMENTS_URL, { body: { documentIds, caseIds }, signal }),
};

/** Every query key of the Alerts app; all start with 'alerts' so one invalidation refreshes the page. */
export const alertsQueryKeys = {
  all: ['alerts'] as const,
  find: (request: FindAlertsRequest) => ['alerts', 'find', request] as const,
  events: (request: FindEventsRequest) => ['alerts', 'events', request] as const,
  containingAll: (alertIds: string[], caseIds: string[]) => ['alerts', 'containingAll', alertIds, caseIds] as const,
};
