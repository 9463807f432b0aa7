/**
 * Requests and responses of the alerts source: ingest, the Alerts and Events pages' find,
 * Kibana's detection-engine status route, and sample data. A found alert or event travels as
 * an AlertSummary, its document flattened to dotted keys (arrays kept) for the table and flyout.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, strictPartial, strictWithOptional } from '../../core/codec';
import { ALERT_SEVERITIES, ALERT_WORKFLOW_STATUSES, type AlertWorkflowStatus } from '../../alerts/alert_fields';
import {
  MAX_ALERT_FILTER_VALUES,
  MAX_ALERT_IDS_PER_REQUEST,
  MAX_ALERTS_PER_PAGE,
  MAX_ID_LENGTH,
  MAX_INGEST_DOCUMENTS,
  MAX_QUERY_DATE,
  MAX_SAMPLE_ALERTS,
  MIN_QUERY_DATE,
} from '../../constants';
import { idString, numberFromQuery, SortOrderRt, withPagination } from './request_codecs';
import { SearchRt } from './search_codec';

export interface AlertSummary {
  id: string;
  index: string;
  fields: Record<string, unknown>;
}
export type EventSummary = AlertSummary;

const keysOf = <K extends string>(values: readonly K[], name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<K, null>, name);

export const ALERT_SORT_FIELDS = [
  '@timestamp',
  'kibana.alert.rule.name',
  'kibana.alert.severity',
  'kibana.alert.risk_score',
  'host.name',
  'user.name',
  'kibana.alert.workflow_status',
] as const;
export const EVENT_SORT_FIELDS = ['@timestamp', 'host.name', 'user.name', 'event.category', 'event.action', 'process.name'] as const;

export const AlertWorkflowStatusRt = keysOf<AlertWorkflowStatus>(ALERT_WORKFLOW_STATUSES, 'status');

/** An ISO-8601 date within the stores' comparable range. */
export const IsoDateRt = new t.Type<string, string, unknown>(
  'ISO-8601 date',
  (u): u is string => typeof u === 'string',
  (u, ctx) => {
    if (typeof u !== 'string' || u.length > 40 || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(u)) {
      return t.failure(u, ctx, `"${ctx[ctx.length - 1]?.key ?? 'date'}" must be an ISO-8601 date`);
    }
    const ms = Date.parse(u);
    if (!Number.isFinite(ms) || ms < Date.parse(MIN_QUERY_DATE) || ms > Date.parse(MAX_QUERY_DATE)) {
      return t.failure(u, ctx, `"${ctx[ctx.length - 1]?.key ?? 'date'}" must be an ISO-8601 date between ${MIN_QUERY_DATE} and ${MAX_QUERY_DATE}`);
    }
    return t.success(new Date(ms).toISOString());
  },
  t.identity,
);

const values = (field: string) => limitedArray(idString(field, MAX_ID_LENGTH), field, { max: MAX_ALERT_FILTER_VALUES });

const common = {
  search: SearchRt,
  from: IsoDateRt,
  to: IsoDateRt,
  sortOrder: SortOrderRt,
  page: numberFromQuery('page'),
  perPage: numberFromQuery('perPage'),
};

/** `POST /internal/alerts/_find`. */
export const AlertsFindRequestRt = withPagination(
  strictPartial(
    {
      ...common,
      status: limitedArray(AlertWorkflowStatusRt, 'status', { max: ALERT_WORKFLOW_STATUSES.length }),
      rule: values('rule'),
      severity: limitedArray(keysOf(ALERT_SEVERITIES, 'severity'), 'severity', { max: ALERT_SEVERITIES.length }),
      sortField: keysOf(ALERT_SORT_FIELDS, 'sortField'),
    },
    'AlertsFindRequest',
  ),
  MAX_ALERTS_PER_PAGE,
);
export type AlertsFindRequest = t.TypeOf<typeof AlertsFindRequestRt>;

/** `POST /internal/events/_find`. */
export const EventsFindRequestRt = withPagination(
  strictPartial(
    { ...common, host: values('host'), user: values('user'), category: values('category'), sortField: keysOf(EVENT_SORT_FIELDS, 'sortField') },
    'EventsFindRequest',
  ),
  MAX_ALERTS_PER_PAGE,
);
export type EventsFindRequest = t.TypeOf<typeof EventsFindRequestRt>;

export interface AlertsFindResponse {
  page: number;
  per_page: number;
  total: number;
  alerts: AlertSummary[];
}
export interface EventsFindResponse {
  page: number;
  per_page: number;
  total: number;
  events: EventSummary[];
}

/** The ingest body, once parsed from a JSON array or NDJSON: each item is checked on its own. */
const IngestArrayRt = limitedArray(t.unknown, 'documents', { min: 1, max: MAX_INGEST_DOCUMENTS });
export const IngestRequestRt = new t.Type<unknown[], unknown[], unknown>(
  'documents',
  IngestArrayRt.is,
  (u, ctx) =>
    Array.isArray(u) ? IngestArrayRt.validate(u, ctx) : t.failure(u, ctx, 'The body must be a JSON array of documents, or NDJSON (Content-Type: application/x-ndjson) with one document per line.'),
  t.identity,
);

export interface IngestItemResult {
  /** The document's id, or null when it has none that can be read. */
  id: string | null;
  status: 'created' | 'exists' | 'error';
  error?: { reason: string };
}
export interface IngestResponse {
  took: number;
  errors: boolean;
  items: IngestItemResult[];
}

/** Kibana's default close reasons (its advanced setting may add more; we have none). */
export const ALERT_CLOSE_REASONS = [
  'false_positive',
  'issue_resolved',
  'acceptable_risk',
  'expected_activity',
  'low_severity',
  'duplicate',
  'investigation_required',
] as const;

/** Kibana still accepts the legacy `in-progress`, stored as `acknowledged`. */
const SignalStatusRt = t.keyof({ open: null, closed: null, acknowledged: null, 'in-progress': null }, 'status');

const SetAlertsStatusFieldsRt = strictWithOptional(
  { status: SignalStatusRt },
  {
    signal_ids: limitedArray(idString('signal_ids', MAX_ID_LENGTH), 'signal_ids', { min: 1, max: MAX_ALERT_IDS_PER_REQUEST }),
    reason: keysOf(ALERT_CLOSE_REASONS, 'reason'),
    // Declared so that Kibana's by-query body is refused with its reason, not as an unknown key.
    query: t.unknown,
    conflicts: t.keyof({ abort: null, proceed: null }, 'conflicts'),
  },
  'SetAlertsStatusRequest',
);

export const QUERY_NOT_SUPPORTED_MESSAGE =
  '[query] is not supported: this server does not run Elasticsearch query DSL on its embedded store. Send the alert ids as [signal_ids] (find them with POST /internal/alerts/_find).';

/** `POST /api/detection_engine/signals/status`: Kibana's by-ids body. */
export const SetAlertsStatusRequestRt = new t.Type<{ signal_ids: string[]; status: AlertWorkflowStatus; reason?: (typeof ALERT_CLOSE_REASONS)[number] }, unknown, unknown>(
  'SetAlertsStatusRequest',
  (u): u is { signal_ids: string[]; status: AlertWorkflowStatus } =>
    SetAlertsStatusFieldsRt.is(u) && u.query === undefined && u.signal_ids !== undefined && u.status !== 'in-progress',
  (u, ctx) => {
    const decoded = SetAlertsStatusFieldsRt.validate(u, ctx);
    if (isLeft(decoded)) return decoded;
    const { query, signal_ids, status, reason } = decoded.right;
    if (query !== undefined) return t.failure(u, ctx, QUERY_NOT_SUPPORTED_MESSAGE);
    if (!signal_ids) return t.failure(u, ctx, 'Either [signal_ids] or [query] must be set; this server takes [signal_ids].');
    return t.success({ signal_ids, status: status === 'in-progress' ? 'acknowledged' : status, ...(reason ? { reason } : {}) });
  },
  t.identity,
);
export type SetAlertsStatusRequest = t.TypeOf<typeof SetAlertsStatusRequestRt>;

/** Elasticsearch's update-by-query answer, as Kibana returns it. */
export interface SetAlertsStatusResponse {
  took: number;
  timed_out: false;
  total: number;
  updated: number;
  deleted: 0;
  batches: number;
  version_conflicts: 0;
  noops: number;
  failures: [];
}

const sampleCount = (field: string) =>
  new t.Type<number, number, unknown>(
    field,
    (u): u is number => typeof u === 'number',
    (u, ctx) =>
      typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= MAX_SAMPLE_ALERTS
        ? t.success(u)
        : t.failure(u, ctx, `"${field}" must be a whole number from 0 to ${MAX_SAMPLE_ALERTS}`),
    t.identity,
  );

export const DEFAULT_SAMPLE_ALERTS = 2000;
export const DEFAULT_SAMPLE_EVENTS = 2000;

/** `POST /internal/alerts/_sample_data`. */
const SampleDataFieldsRt = strictPartial({ alerts: sampleCount('alerts'), events: sampleCount('events') }, 'SampleDataRequest');
export type SampleDataRequest = t.TypeOf<typeof SampleDataFieldsRt>;
/** No body at all asks for the defaults, as the page's button sends it. */
export const SampleDataRequestRt = new t.Type<SampleDataRequest, unknown, unknown>(
  'SampleDataRequest',
  SampleDataFieldsRt.is,
  (u, ctx) => (u === undefined ? t.success({}) : SampleDataFieldsRt.validate(u, ctx)),
  t.identity,
);
/** How many documents of each kind this call created (those already there are not counted). */
export interface SampleDataResponse {
  alerts: number;
  events: number;
}
