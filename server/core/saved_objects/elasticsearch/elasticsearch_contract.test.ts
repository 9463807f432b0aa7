/**
 * The shared storage contract against a real cluster (set up by real_cluster.ts). Each run
 * works behind its own alias and deletes its index after.
 */
import { randomBytes } from 'node:crypto';
import { describeRepositoryContract } from '../contract/repository_contract';
import type { SavedObjectsBackend, SavedObjectTypeRegistry } from '../types';
import { createClusterClient, deleteIndicesAfterAll, onRealCluster } from './__fixtures__/real_cluster';
import { createElasticsearchBackend } from './elasticsearch_backend';
import { concreteIndexName } from './index_bootstrap';
import { lockIndexName } from './migration_lock';

onRealCluster('storage contract', () => {
  const alias = `cases-contract-${randomBytes(6).toString('hex')}`;
  // Every backend the suite asks for shares the run's alias; each owns (and closes) its client.
  const backends: SavedObjectsBackend[] = [];

  const createBackend = async (registry: SavedObjectTypeRegistry): Promise<SavedObjectsBackend> => {
    const backend = createElasticsearchBackend({ client: createClusterClient(), index: alias, registry });
    await backend.start();
    backends.push(backend);
    return backend;
  };

  // The lock index exists once backends with different types have migrated the mappings.
  deleteIndicesAfterAll(createClusterClient(), () => [concreteIndexName(alias), lockIndexName(alias)], () =>
    Promise.allSettled(backends.map((b) => b.close())),
  );

  describeRepositoryContract('elasticsearch', createBackend, { namespacePrefix: `es-${alias.slice(-6)}-` });
});
