/**
 * The documents contract against a real cluster, set up as the saved-objects contract is
 * (real_cluster.ts). Every index the run touched is deleted after it; the contract's family
 * pattern is unique per run.
 */
import { createClusterClient, deleteIndicesAfterAll, onRealCluster } from '../../saved_objects/elasticsearch/__fixtures__/real_cluster';
import { documentsContract } from '../contract/documents_contract';
import type { DocumentsBackend } from '../types';
import { createElasticsearchDocumentsBackend } from './elasticsearch_documents';

onRealCluster('documents contract', () => {
  const client = createClusterClient();
  const touched = new Set<string>();

  const makeBackend = (): DocumentsBackend => {
    const backend = createElasticsearchDocumentsBackend({ client });
    return {
      ...backend,
      client(definition, spaceId) {
        const indexClient = backend.client(definition, spaceId);
        touched.add(indexClient.index);
        return indexClient;
      },
    };
  };

  deleteIndicesAfterAll(client, () => [...touched]);

  documentsContract('elasticsearch', makeBackend);
});
