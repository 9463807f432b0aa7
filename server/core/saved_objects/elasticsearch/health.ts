/**
 * Reachability for `/api/status`, checked on the saved-objects alias itself with a size-0
 * search: it needs only the `read` index privilege the store needs anyway, where cluster
 * health needs the `monitor` cluster privilege a least-privileged user does not have. It also
 * answers the question that matters: can this index serve? A shard that does not answer makes
 * the store degraded; no shard answering makes it unavailable.
 */
import { errors, type Client } from '@elastic/elasticsearch';
import { describeAuthFailure, describeEsError, isTransientEsError } from './availability_errors';

export interface BackendHealth {
  level: 'available' | 'degraded' | 'unavailable';
  summary: string;
}

const PROBE = { requestTimeout: 5_000, maxRetries: 0 } as const;

function fromFailure(e: unknown, index: string): BackendHealth {
  const auth = describeAuthFailure(e);
  if (auth) return { level: 'unavailable', summary: auth };
  if (e instanceof errors.ResponseError && e.meta.statusCode === 404) {
    return { level: 'unavailable', summary: `The saved-objects index ${index} does not exist` };
  }
  if (e instanceof errors.ResponseError || !isTransientEsError(e)) {
    return { level: 'unavailable', summary: `Elasticsearch is unavailable: ${describeEsError(e)}` };
  }
  return { level: 'unavailable', summary: 'Elasticsearch cannot be reached' };
}

export async function storeHealth(client: Client, index: string): Promise<BackendHealth> {
  try {
    const res = await client.search({ index, size: 0, track_total_hits: false, allow_partial_search_results: true }, PROBE);
    const { failed = 0, total = 0 } = res._shards ?? {};
    if (failed === 0) return { level: 'available', summary: `Elasticsearch serves the saved-objects index ${index}` };
    return { level: 'degraded', summary: `${failed} of ${total} shards of the saved-objects index ${index} do not answer` };
  } catch (e) {
    return fromFailure(e, index);
  }
}
