/**
 * `GET /internal/cases/metrics`: figures over all the cases a list shows (same owners and date
 * range), as Kibana's cases metrics API serves its UI. `mttr` is the mean time to resolve in
 * seconds (the mean `duration` of the closed cases); `status` counts cases per status.
 */
import * as t from 'io-ts';
import { limitedString, strictWithOptional } from '../../codec';
import { OwnersQueryRt } from './case';
import { oneOrMany } from './request_codecs';

export const CASES_METRICS_FEATURES = ['mttr', 'status'] as const;
export type CasesMetricsFeature = (typeof CASES_METRICS_FEATURES)[number];

export const CasesMetricsQueryRt = strictWithOptional(
  { features: oneOrMany(t.keyof({ mttr: null, status: null }, 'features'), 'features', { min: 1, max: CASES_METRICS_FEATURES.length }) },
  { owner: OwnersQueryRt, from: limitedString('from', { max: 100 }), to: limitedString('to', { max: 100 }) },
  'CasesMetricsRequest',
);
export type CasesMetricsQuery = t.TypeOf<typeof CasesMetricsQueryRt>;

export interface CasesMetricsResponse {
  mttr?: number | null;
  status?: { open: number; inProgress: number; closed: number };
}
