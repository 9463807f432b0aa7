/**
 * Metrics over every case in scope (owners the caller may read, the list's date range): each
 * requested feature is computed by its registered handler over the whole store, so the figure
 * covers all cases and not just the page on screen.
 */
import type { CasesMetricsQuery, CasesMetricsResponse } from '../../../common/types/api/metrics';
import { badRequest } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import { buildCasesFilter } from '../cases/find_filter';
import type { CasesClientArgs } from '../types';
import type { CasesMetricsHandler } from './metrics_handler';

/** Kibana's 400, naming the unknown features and the known ones (sorted). */
function handlersFor(args: CasesClientArgs, features: string[]): CasesMetricsHandler[] {
  const registry = args.registries.metrics;
  const invalid = features.filter((feature) => !registry.has(feature));
  if (invalid.length > 0) {
    const valid = registry.ids().sort().join(', ');
    throw badRequest(`invalid features: [${invalid.join(', ')}], please only provide valid features: [${valid}]`);
  }
  return [...new Set(features)].map((feature) => registry.get(feature)!);
}

export async function getCasesMetrics(args: CasesClientArgs, query: CasesMetricsQuery): Promise<CasesMetricsResponse> {
  const handlers = handlersFor(args, query.features);
  const owners = await authorizedOwners(args, Operations.getCasesMetrics, query.owner);
  const scope = buildCasesFilter({ from: query.from, to: query.to }, owners, args.now());
  const parts = await Promise.all(handlers.map((handler) => handler.compute(args, scope)));
  return Object.assign({}, ...parts);
}
