/** A cut-down alerts family and a backend over the scripted cluster, for the request-shape tests. */
import { mockCluster } from '../../../saved_objects/elasticsearch/__fixtures__/mock_cluster';
import type { DocumentIndexDefinition } from '../../types';
import { createElasticsearchDocumentsBackend } from '../elasticsearch_documents';

const keyword = { type: 'keyword' } as const;

export const ALERTS: DocumentIndexDefinition = {
  name: 'alerts',
  pattern: '.alerts-security.alerts-{spaceId}',
  idField: 'kibana.alert.uuid',
  mappings: {
    properties: {
      '@timestamp': { type: 'date' },
      kibana: {
        properties: {
          alert: {
            properties: {
              uuid: keyword,
              case_ids: keyword,
              workflow_status: keyword,
              risk_score: { type: 'float' },
              reason: { type: 'text' },
              rule: { properties: { name: { type: 'text', fields: { keyword } } } },
            },
          },
        },
      },
      host: { properties: { name: keyword } },
      threat: { type: 'nested', properties: { tactic: { properties: { name: keyword } } } },
    },
  },
};

export const INDEX = '.alerts-security.alerts-default';

export function mockDocuments() {
  const cluster = mockCluster();
  const backend = createElasticsearchDocumentsBackend({ client: cluster.client });
  return { cluster, backend, alerts: backend.client(ALERTS, 'default') };
}
