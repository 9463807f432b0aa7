/**
 * `GET /internal/cases/metrics`: figures over all the cases a list shows (same owners and date
 * range), as Kibana's cases metrics API serves its UI. Each feature is a registered handler on
 * the server; Kibana's are `mttr`, the mean time to resolve in seconds (the mean `duration` of
 * the closed cases), and `status`, the counts per stage. The codec bounds the names; which ones
 * exist is the handler registry's answer (Kibana's 400 for the others).
 */
import { limitedString, strict, strictWithOptional } from '../../core/codec';
import { MAX_METRICS_FEATURE_LENGTH, MAX_METRICS_FEATURES } from '../../constants';
import { OwnersQueryRt } from './case';
import { oneOrMany } from './request_codecs';
import type * as t from 'io-ts';

const FeaturesRt = oneOrMany(limitedString('features', { min: 1, max: MAX_METRICS_FEATURE_LENGTH }), 'features', {
  min: 1,
  max: MAX_METRICS_FEATURES,
});

export const CasesMetricsQueryRt = strictWithOptional(
  { features: FeaturesRt },
  { owner: OwnersQueryRt, from: limitedString('from', { max: 100 }), to: limitedString('to', { max: 100 }) },
  'CasesMetricsRequest',
);
export type CasesMetricsQuery = t.TypeOf<typeof CasesMetricsQueryRt>;

/** Kibana's features; a registered handler adds its own key. */
export interface CasesMetricsResponse {
  mttr?: number | null;
  status?: { open: number; inProgress: number; closed: number };
  [feature: string]: unknown;
}

/**
 * `GET /internal/cases/metrics/{case_id}`: figures about one case for its summary panel. Kibana's
 * features are `alerts.count`, `alerts.users`, `alerts.hosts`, `connectors` and `lifespan`;
 * which ones exist is the single-case handler registry's answer, as above.
 */
export const SingleCaseMetricsQueryRt = strict({ features: FeaturesRt }, 'SingleCaseMetricsRequest');
export type SingleCaseMetricsQuery = t.TypeOf<typeof SingleCaseMetricsQueryRt>;

/** Users and hosts of a case's alerts: the distinct count, and the ten most frequent. */
export interface AlertUsersMetrics {
  total: number;
  values: Array<{ name: string; count: number }>;
}
export interface AlertHostsMetrics {
  total: number;
  /** Hosts are told apart by `host.id`; the name is the one of the host's latest alert. */
  values: Array<{ name?: string; id: string; count: number }>;
}

/** Kibana's durations here are milliseconds (its `StatusInfo`), unlike `mttr`'s seconds. */
export interface CaseStatusInfo {
  openDuration: number;
  inProgressDuration: number;
  reopenDates: string[];
}

/** Kibana's `SingleCaseMetricsResponse`: one key per feature family, merged when several are asked. */
export interface SingleCaseMetricsResponse {
  alerts?: { count?: number; users?: AlertUsersMetrics; hosts?: AlertHostsMetrics };
  connectors?: { total: number };
  lifespan?: { creationDate: string; closeDate: string | null; statusInfo: CaseStatusInfo };
  [feature: string]: unknown;
}
