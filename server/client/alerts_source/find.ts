/**
 * The Alerts and Events pages: filters turned into the document service's filter AST, one
 * sort field with the id as tie-breaker (the store's), server paging.
 */
import { badRequest, f, type FilterNode, type DocumentSearchOptions } from '../../core';
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import { DEFAULT_PAGE, DEFAULT_PER_PAGE, MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { AlertsFindRequest, AlertsFindResponse, EventsFindRequest, EventsFindResponse } from '../../../common/types/api/alerts';
import { ensureAuthorized } from '../authorization';
import type { CasesClientArgs } from '../types';
import { ALERTS_OWNER, documentsOf } from './documents_of';

interface CommonFind {
  search?: string;
  from?: string;
  to?: string;
  sortField?: string;
  sortOrder?: 'asc' | 'desc';
  page?: number;
  perPage?: number;
}

/** Time range, sort and paging, shared by both pages; `filters` are the page's own. */
function searchOptions(request: CommonFind, filters: FilterNode[], searchFields: string[]): DocumentSearchOptions {
  const page = request.page ?? DEFAULT_PAGE;
  const perPage = request.perPage ?? DEFAULT_PER_PAGE;
  if (page * perPage > MAX_DOCS_PER_PAGE) {
    throw badRequest(`The number of documents is too high. Paginating through more than ${MAX_DOCS_PER_PAGE} documents is not possible.`);
  }
  const nodes = [...filters];
  if (request.from || request.to) {
    nodes.push(f.range(ALERT_FIELDS.timestamp, { ...(request.from ? { gte: request.from } : {}), ...(request.to ? { lte: request.to } : {}) }));
  }
  const search = request.search?.trim();
  return {
    filter: nodes.length === 0 ? undefined : nodes.length === 1 ? nodes[0] : f.and(...nodes),
    ...(search ? { search, searchFields } : {}),
    sort: [{ field: request.sortField ?? ALERT_FIELDS.timestamp, order: request.sortOrder ?? 'desc' }],
    page,
    perPage,
  };
}

const termsOf = (field: string, values: readonly string[] | undefined): FilterNode[] => (values && values.length > 0 ? [f.terms(field, [...values])] : []);

export async function findAlerts(args: CasesClientArgs, request: AlertsFindRequest): Promise<AlertsFindResponse> {
  const { service, operations } = documentsOf(args, 'alerts');
  await ensureAuthorized(args, operations.read, [ALERTS_OWNER]);
  const filters = [
    ...termsOf(ALERT_FIELDS.workflowStatus, request.status),
    ...termsOf(ALERT_FIELDS.ruleName, request.rule),
    ...termsOf(ALERT_FIELDS.severity, request.severity),
  ];
  const { rows, ...page } = await service.find(searchOptions(request, filters, [ALERT_FIELDS.reason]));
  return { ...page, alerts: rows };
}

export async function findEvents(args: CasesClientArgs, request: EventsFindRequest): Promise<EventsFindResponse> {
  const { service, operations } = documentsOf(args, 'events');
  await ensureAuthorized(args, operations.read, [ALERTS_OWNER]);
  const filters = [
    ...termsOf(ALERT_FIELDS.hostName, request.host),
    ...termsOf(ALERT_FIELDS.userName, request.user),
    ...termsOf('event.category', request.category),
  ];
  const { rows, ...page } = await service.find(searchOptions(request, filters, ['message', 'process.command_line']));
  return { ...page, events: rows };
}
