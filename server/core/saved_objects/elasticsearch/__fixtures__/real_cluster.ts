/**
 * What every contract run against a real cluster shares: it runs only when ELASTICSEARCH_HOSTS
 * names one (comma-separated), with optional ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD or
 * ELASTICSEARCH_API_KEY (ELASTICSEARCH_SSL_VERIFICATION=none for a self-signed cluster), and it
 * deletes the indices it made so that runs can share one cluster.
 */
import type { Client } from '@elastic/elasticsearch';
import { createElasticsearchClient, type ElasticsearchConfig } from '../config';

const hosts = (process.env.ELASTICSEARCH_HOSTS ?? '')
  .split(',')
  .map((h) => h.trim())
  .filter((h) => h.length > 0);

function clusterConfig(): ElasticsearchConfig {
  return {
    hosts,
    username: process.env.ELASTICSEARCH_USERNAME || undefined,
    password: process.env.ELASTICSEARCH_PASSWORD || undefined,
    apiKey: process.env.ELASTICSEARCH_API_KEY || undefined,
    ssl: { verificationMode: process.env.ELASTICSEARCH_SSL_VERIFICATION === 'none' ? 'none' : 'full' },
    requestTimeout: 30_000,
  };
}

/** A new client of the configured cluster (each backend owns and closes its own). */
export const createClusterClient = (): Client => createElasticsearchClient(clusterConfig());

/**
 * Declares the suite when a cluster is configured, else one skipped test that says what to set,
 * so a run without a cluster shows the suite as skipped rather than silently absent.
 */
export function onRealCluster(title: string, declare: () => void): void {
  if (hosts.length > 0) {
    declare();
    return;
  }
  describe.skip(`${title} on a real Elasticsearch cluster (set ELASTICSEARCH_HOSTS to run)`, () => {
    it('is skipped: no cluster configured', () => undefined);
  });
}

/** After the suite: deletes the named indices (missing ones ignored), then closes the client and runs `then`. */
export function deleteIndicesAfterAll(client: Client, indices: () => string[], then?: () => Promise<unknown>): void {
  afterAll(async () => {
    try {
      const names = indices();
      if (names.length > 0) await client.indices.delete({ index: names, ignore_unavailable: true });
    } finally {
      await client.close();
      await then?.();
    }
  });
}
