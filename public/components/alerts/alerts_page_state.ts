/**
 * The Alerts and Events pages' view (filters, time range, sort, page) and the find requests it
 * becomes. The time range is kept as date math ("now-30d") and resolved to ISO instants when it
 * changes or the user refreshes, so the request (and its cache key) stays put between renders.
 */
import dateMath from '@elastic/datemath';
import { ALERT_WORKFLOW_STATUSES, type AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';
import type { AlertSortField, EventSortField, FindAlertsRequest, FindEventsRequest } from '../../containers/alerts_api';
import type { AlertSeverity } from './alert_values';

export const DEFAULT_START = 'now-30d';
export const DEFAULT_END = 'now';
export const PAGE_SIZE_OPTIONS = [25, 50, 100];
/** Kibana's Alerts page opens on what still needs work: open and acknowledged alerts. */
export const DEFAULT_STATUSES: AlertWorkflowStatus[] = ['open', 'acknowledged'];
export { ALERT_WORKFLOW_STATUSES };

export interface TimeRange {
  start: string;
  end: string;
}

export interface AlertsPageState {
  status: AlertWorkflowStatus[];
  rule: string[];
  severity: AlertSeverity[];
  search: string;
  sortField: AlertSortField;
  sortOrder: 'asc' | 'desc';
  page: number;
  perPage: number;
}

export const DEFAULT_ALERTS_STATE: AlertsPageState = {
  status: DEFAULT_STATUSES,
  rule: [],
  severity: [],
  search: '',
  sortField: '@timestamp',
  sortOrder: 'desc',
  page: 1,
  perPage: PAGE_SIZE_OPTIONS[0],
};

export interface EventsPageState {
  search: string;
  sortField: EventSortField;
  sortOrder: 'asc' | 'desc';
  page: number;
  perPage: number;
}

export const DEFAULT_EVENTS_STATE: EventsPageState = { search: '', sortField: '@timestamp', sortOrder: 'desc', page: 1, perPage: PAGE_SIZE_OPTIONS[0] };

/** ISO bounds of a date-math range; a bound that does not parse is left open rather than guessed. */
export function resolveTimeRange({ start, end }: TimeRange, now = new Date()): { from?: string; to?: string } {
  const from = dateMath.parse(start, { forceNow: now });
  const to = dateMath.parse(end, { roundUp: true, forceNow: now });
  return {
    from: from?.isValid() ? from.toISOString() : undefined,
    to: to?.isValid() ? to.toISOString() : undefined,
  };
}

const nonEmpty = <T>(values: T[]) => (values.length > 0 ? values : undefined);

type ViewState<F> = Pick<EventsPageState, 'search' | 'page' | 'perPage' | 'sortOrder'> & { sortField: F };

/** What both pages ask for, in the same order: the search, the time range, the sort and the page. */
const viewRequest = <F extends AlertSortField | EventSortField>(state: ViewState<F>, range: { from?: string; to?: string }) => ({
  search: state.search.trim() || undefined,
  ...range,
  sortField: state.sortField,
  sortOrder: state.sortOrder,
  page: state.page,
  perPage: state.perPage,
});

/** Empty filters are left out rather than sent empty, which keeps the cache key stable. */
const withoutUndefined = <R extends object>(request: R): R =>
  Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as R;

export function toFindAlertsRequest(state: AlertsPageState, range: { from?: string; to?: string }): FindAlertsRequest {
  return withoutUndefined<FindAlertsRequest>({
    status: nonEmpty(state.status),
    rule: nonEmpty(state.rule),
    severity: nonEmpty(state.severity),
    ...viewRequest(state, range),
  });
}

export function toFindEventsRequest(state: EventsPageState, range: { from?: string; to?: string }): FindEventsRequest {
  return withoutUndefined<FindEventsRequest>(viewRequest(state, range));
}

/** The store pages through at most its first 10,000 matches (Elasticsearch's window): so does the table. */
export function pageableTotal(total: number): number {
  return Math.min(total, MAX_DOCS_PER_PAGE);
}
