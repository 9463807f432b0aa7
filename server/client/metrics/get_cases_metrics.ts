/**
 * Metrics over every case in scope (owners the caller may read, the list's date range): each
 * requested feature is computed by its registered handler over the whole store, so the figure
 * covers all cases and not just the page on screen.
 */
import type { CasesMetricsQuery, CasesMetricsResponse } from '../../../common/types/api/metrics';
import { authorizedOwners, Operations } from '../authorization';
import { buildCasesFilter } from '../cases/find_filter';
import type { CasesClientArgs } from '../types';
import { handlersFor } from './feature_handlers';

export async function getCasesMetrics(args: CasesClientArgs, query: CasesMetricsQuery): Promise<CasesMetricsResponse> {
  const handlers = handlersFor(args.registries.metrics, query.features);
  const owners = await authorizedOwners(args, Operations.getCasesMetrics, query.owner);
  const scope = buildCasesFilter({ from: query.from, to: query.to }, owners, args.now());
  const parts = await Promise.all(handlers.map((handler) => handler.compute(args, scope)));
  return Object.assign({}, ...parts);
}
