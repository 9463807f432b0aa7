/**
 * The shared storage contract against a real cluster. It runs only when ELASTICSEARCH_HOSTS
 * names one (comma-separated), with optional ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD
 * or ELASTICSEARCH_API_KEY. Each run works behind its own alias and deletes its index after.
 */
import { randomBytes } from 'node:crypto';
import { describeRepositoryContract } from '../contract/repository_contract';
import type { SavedObjectsBackend, SavedObjectTypeRegistry } from '../types';
import { createElasticsearchClient, type ElasticsearchConfig } from './config';
import { createElasticsearchBackend } from './elasticsearch_backend';
import { concreteIndexName } from './index_bootstrap';
import { lockIndexName } from './migration_lock';

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

if (hosts.length === 0) {
  describe.skip('storage contract on a real Elasticsearch cluster (set ELASTICSEARCH_HOSTS to run)', () => {
    it('is skipped: no cluster configured', () => undefined);
  });
} else {
  const alias = `cases-contract-${randomBytes(6).toString('hex')}`;
  // Every backend the suite asks for shares the run's alias; each owns (and closes) its client.
  const backends: SavedObjectsBackend[] = [];

  const createBackend = async (registry: SavedObjectTypeRegistry): Promise<SavedObjectsBackend> => {
    const backend = createElasticsearchBackend({ client: createElasticsearchClient(clusterConfig()), index: alias, registry });
    await backend.start();
    backends.push(backend);
    return backend;
  };

  afterAll(async () => {
    const admin = createElasticsearchClient(clusterConfig());
    try {
      // The lock index exists once backends with different types have migrated the mappings.
      await admin.indices.delete({ index: [concreteIndexName(alias), lockIndexName(alias)], ignore_unavailable: true });
    } finally {
      await admin.close();
      await Promise.allSettled(backends.map((b) => b.close()));
    }
  });

  describeRepositoryContract('elasticsearch', createBackend, { namespacePrefix: `es-${alias.slice(-6)}-` });
}
