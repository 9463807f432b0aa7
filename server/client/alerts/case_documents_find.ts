/**
 * The case view's Alerts and Events tabs: a page of the case's documents with their live fields.
 * Alerts are found by the case id they carry (`kibana.alert.case_ids`), so sorting and the
 * status filter run in the store; events carry no case ids and are found by the ids the case's
 * event attachments hold.
 */
import { ALERT_FIELDS, flattenDocument } from '../../../common/alerts/alert_fields';
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../../common/constants';
import type { AlertSummary, AlertsFindResponse, EventsFindResponse } from '../../../common/types/api/alerts';
import type { CaseAlertsFindQuery, CaseEventsFindQuery } from '../../../common/types/api/attachment';
import { f, type DocumentHit, type FilterNode } from '../../core';
import { EVENT_ID_FIELD } from '../../alerts/event_index';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { asArray, documentIdsOfCase, documentTypes } from './document_refs';

const toSummary = (hit: DocumentHit): AlertSummary => ({ id: hit._id, index: hit._index, fields: flattenDocument(hit._source) });

async function readableCase(args: CasesClientArgs, caseId: string): Promise<void> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.findCaseAlerts, theCase);
}

export async function findCaseAlerts(args: CasesClientArgs, caseId: string, query: CaseAlertsFindQuery): Promise<AlertsFindResponse> {
  await readableCase(args, caseId);
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const statuses = query.status === undefined ? [] : asArray(query.status);
  const search = query.search?.trim() ?? '';
  const filter: FilterNode = f.and(
    f.term(ALERT_FIELDS.caseIds, caseId),
    ...(statuses.length > 0 ? [f.terms(ALERT_FIELDS.workflowStatus, statuses)] : []),
    ...(search ? [f.prefix(ALERT_FIELDS.uuid, search)] : []),
  );
  const found = await args.documents.alerts.search({
    filter,
    sort: [{ field: query.sortField ?? ALERT_FIELDS.timestamp, order: query.sortOrder ?? 'desc' }],
    page,
    perPage,
  });
  return { page, per_page: perPage, total: found.total, alerts: found.hits.map(toSummary) };
}

export async function findCaseEvents(args: CasesClientArgs, caseId: string, query: CaseEventsFindQuery): Promise<EventsFindResponse> {
  await readableCase(args, caseId);
  const page = query.page ?? DEFAULT_PAGE;
  const perPage = query.perPage ?? DEFAULT_PER_PAGE;
  const ids = new Set<string>();
  const search = query.search?.trim() ?? '';
  for (const { type, spec } of documentTypes(args).filter((d) => d.spec.family === 'events')) {
    // The case's event ids are known here, so the search narrows them before the store is asked.
    for (const id of await documentIdsOfCase(args, caseId, type, spec)) if (id.startsWith(search)) ids.add(id);
  }
  if (ids.size === 0) return { page, per_page: perPage, total: 0, events: [] };
  const found = await args.documents.events.search({
    filter: f.terms(EVENT_ID_FIELD, [...ids]),
    sort: [{ field: query.sortField ?? ALERT_FIELDS.timestamp, order: query.sortOrder ?? 'desc' }],
    page,
    perPage,
  });
  return { page, per_page: perPage, total: found.total, events: found.hits.map(toSummary) };
}
