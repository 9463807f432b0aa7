/**
 * Metrics of one case, in Kibana's order of checks: the case must exist (404), the caller must
 * be allowed `getCaseMetrics` on its owner (403), then every feature must be known (400). Each
 * requested feature is computed by its registered handler, all at once, and the parts merged.
 */
import type { SingleCaseMetricsQuery, SingleCaseMetricsResponse } from '../../../common/types/api/metrics';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { handlersFor } from './feature_handlers';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `alerts.count` and `alerts.users` both answer under `alerts`: objects merge, anything else is replaced. */
function mergeDeep(into: Json, part: Json): Json {
  for (const [key, value] of Object.entries(part)) {
    into[key] = isObject(value) && isObject(into[key]) ? mergeDeep({ ...(into[key] as Json) }, value) : value;
  }
  return into;
}

export async function getCaseMetrics(args: CasesClientArgs, caseId: string, query: SingleCaseMetricsQuery): Promise<SingleCaseMetricsResponse> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getCaseMetrics, theCase);
  const handlers = handlersFor(args.registries.caseMetrics, query.features);
  const parts = await Promise.all(handlers.map((handler) => handler.compute(args, theCase)));
  return parts.reduce<Json>((merged, part) => mergeDeep(merged, part), {});
}
