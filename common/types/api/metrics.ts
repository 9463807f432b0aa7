/**
 * `GET /internal/cases/metrics`: figures over all the cases a list shows (same owners and date
 * range), as Kibana's cases metrics API serves its UI. Each feature is a registered handler on
 * the server; Kibana's are `mttr`, the mean time to resolve in seconds (the mean `duration` of
 * the closed cases), and `status`, the counts per stage. The codec bounds the names; which ones
 * exist is the handler registry's answer (Kibana's 400 for the others).
 */
import { limitedString, strictWithOptional } from '../../core/codec';
import { MAX_METRICS_FEATURE_LENGTH, MAX_METRICS_FEATURES } from '../../constants';
import { OwnersQueryRt } from './case';
import { oneOrMany } from './request_codecs';
import type * as t from 'io-ts';

export const CasesMetricsQueryRt = strictWithOptional(
  {
    features: oneOrMany(limitedString('features', { min: 1, max: MAX_METRICS_FEATURE_LENGTH }), 'features', {
      min: 1,
      max: MAX_METRICS_FEATURES,
    }),
  },
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
