/**
 * A metric of one case (`GET /internal/cases/metrics/{case_id}`) is a handler registered under
 * its feature name, as the metrics over many cases are: it computes its part of the answer for
 * a case the caller was already authorized to read. Parts are merged deeply, so `alerts.count`
 * and `alerts.users` both land under `alerts`. A later feature (`actions.isolateHost`,
 * observables) is one more registration.
 */
import { createRegistry, type Registry } from '../../../common/registries/registry';
import type { SingleCaseMetricsResponse } from '../../../common/types/api/metrics';
import type { CaseSavedObject } from '../../services/cases_service';
import type { CasesClientArgs } from '../types';

export interface CaseMetricsHandler {
  /** The feature name callers ask for, e.g. `alerts.count`. */
  id: string;
  /** `theCase`: read and authorized before any handler runs. */
  compute(args: CasesClientArgs, theCase: CaseSavedObject): Promise<Partial<SingleCaseMetricsResponse>>;
}

export type CaseMetricsRegistry = Registry<CaseMetricsHandler>;

export const createCaseMetricsRegistry = (initial: readonly CaseMetricsHandler[] = []): CaseMetricsRegistry =>
  createRegistry('case metrics', { initial });
