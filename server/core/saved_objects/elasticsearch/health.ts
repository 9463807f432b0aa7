/**
 * Reachability for `/api/status`. Yellow means replicas are missing but every primary serves,
 * so the store works: available. Red means some data cannot be read or written: degraded.
 */
import { errors, type Client } from '@elastic/elasticsearch';

export interface BackendHealth {
  level: 'available' | 'degraded' | 'unavailable';
  summary: string;
}

const UNREACHABLE: BackendHealth = { level: 'unavailable', summary: 'Elasticsearch cannot be reached' };

/** A user without the `monitor` privilege cannot read cluster health; a ping still tells reachability. */
async function pingHealth(client: Client): Promise<BackendHealth> {
  try {
    await client.ping();
    return { level: 'available', summary: 'Elasticsearch is reachable (cluster health not readable)' };
  } catch {
    return UNREACHABLE;
  }
}

export async function clusterHealth(client: Client): Promise<BackendHealth> {
  try {
    const { status } = await client.cluster.health({}, { requestTimeout: 5_000, maxRetries: 0 });
    const state = String(status).toLowerCase();
    if (state === 'green') return { level: 'available', summary: 'Elasticsearch cluster is green' };
    if (state === 'yellow') return { level: 'available', summary: 'Elasticsearch cluster is yellow: some replicas are unassigned' };
    return { level: 'degraded', summary: 'Elasticsearch cluster is red: some primary shards are unassigned' };
  } catch (e) {
    if (e instanceof errors.ResponseError && (e.meta.statusCode === 401 || e.meta.statusCode === 403)) {
      return e.meta.statusCode === 401
        ? { level: 'unavailable', summary: 'Elasticsearch rejected the configured credentials' }
        : pingHealth(client);
    }
    return UNREACHABLE;
  }
}
