/** The family and documents every backend's contract run uses. */
import type { DocumentIndexDefinition } from '../types';

export const CONTRACT_FAMILY = 'contract_docs';

/** A fresh pattern per run, so runs against a shared cluster never read each other's indices. */
export const contractFamily = (run: string): DocumentIndexDefinition => ({
  name: CONTRACT_FAMILY,
  pattern: `contract-docs-${run}-{spaceId}`,
  idField: 'doc.id',
  mappings: {
    properties: {
      '@timestamp': { type: 'date' },
      doc: { properties: { id: { type: 'keyword' } } },
      status: { type: 'keyword' },
      score: { type: 'long' },
      host: { properties: { name: { type: 'keyword' } } },
      tags: { type: 'keyword' },
      message: { type: 'text' },
    },
  },
  facets: ['status', 'host.name'],
});

/**
 * Six documents over two days, half written with dotted keys as Kibana writes alerts. Scores
 * tie in pairs and statuses repeat, so sorts need the id to be total.
 */
export const sampleDocuments = (): Array<Record<string, unknown>> => [
  { 'doc.id': 'd1', '@timestamp': '2024-03-01T10:00:00.000Z', status: 'open', score: 10, 'host.name': 'alpha', tags: ['x', 'y'], message: 'malware found on disk' },
  { doc: { id: 'd2' }, '@timestamp': '2024-03-01T11:00:00.000Z', status: 'closed', score: 20, host: { name: 'beta' }, tags: ['y'], message: 'login failure burst' },
  { 'doc.id': 'd3', '@timestamp': '2024-03-01T12:00:00.000Z', status: 'open', score: 20, 'host.name': 'alpha', message: 'malware quarantined' },
  { doc: { id: 'd4' }, '@timestamp': '2024-03-02T09:00:00.000Z', status: 'acknowledged', score: 30, host: { name: 'gamma' }, tags: ['z'], message: 'port scan' },
  { 'doc.id': 'd5', '@timestamp': '2024-03-02T10:00:00.000Z', status: 'open', score: 30, 'host.name': 'beta', tags: [], message: 'login success' },
  { doc: { id: 'd6' }, '@timestamp': '2024-03-02T23:30:00.000Z', status: 'closed', score: 40, message: 'disk full' },
];
