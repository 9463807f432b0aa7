/**
 * A cases metric is a handler registered under its feature name: it computes its part of the
 * answer over the cases in scope (the owners the caller may read, the list's date range). One
 * file per feature; the handler registry is the list of features the API accepts.
 */
import { createRegistry, type Registry } from '../../../common/registries/registry';
import type { CasesMetricsResponse } from '../../../common/types/api/metrics';
import type { FilterNode } from '../../core';
import type { CasesClientArgs } from '../types';

export interface CasesMetricsHandler {
  /** The feature name callers ask for, e.g. `mttr`. */
  id: string;
  compute(args: CasesClientArgs, scope: FilterNode): Promise<Partial<CasesMetricsResponse>>;
}

export type CasesMetricsRegistry = Registry<CasesMetricsHandler>;

export const createCasesMetricsRegistry = (initial: readonly CasesMetricsHandler[] = []): CasesMetricsRegistry =>
  createRegistry('cases metrics', { initial });
