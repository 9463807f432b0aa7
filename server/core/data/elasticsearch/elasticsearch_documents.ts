/**
 * The document service on Elasticsearch: each (family, space) is a real index named by the
 * family's pattern, so alerts an Elastic Security deployment wrote are searched and updated
 * where they are. Nothing is created at start (spaces come and go); a write creates its
 * space's index when there is none (document_index.ts), a read of a space without one answers
 * an empty page.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../../logging/types';
import { esFieldFor } from '../../saved_objects/elasticsearch/field_paths';
import type { DocumentIndexClient, DocumentIndexDefinition, DocumentsBackend } from '../types';
import { bulkCreateDocuments } from './document_bulk_create';
import { indexEnsurer } from './document_index';
import { checkArrayValue, checkFieldPath, checkFields, checkIds } from '../document_input';
import { getDocuments, searchDocuments } from './document_search';
import { documentType } from './document_type';
import { runByIds, runByQuery, WHOLE_INDEX_TIMEOUT_MS } from './document_updates';
import { addToArrayScript, removeFromArrayScript, setFieldsScript } from './update_scripts';

export interface ElasticsearchDocumentsOptions {
  client: Client;
  logger?: Logger;
}

const indexOf = (definition: DocumentIndexDefinition, spaceId: string): string =>
  definition.pattern.split('{spaceId}').join(spaceId);

export function createElasticsearchIndexClient(
  client: Client,
  definition: DocumentIndexDefinition,
  spaceId: string,
  logger?: Logger,
): DocumentIndexClient {
  const index = indexOf(definition, spaceId);
  const target = { client, definition, index, logger };
  const ensureIndex = indexEnsurer(client, definition, index, logger);

  return {
    index,
    bulkCreate: (documents) => bulkCreateDocuments({ ...target, ensureIndex }, documents),
    bulkGet: async (ids) => getDocuments(target, checkIds(ids)),
    search: (options) => searchDocuments(target, options),

    async updateFields(ids, fields) {
      const script = setFieldsScript(checkFields(fields));
      return { updated: await runByIds(target, checkIds(ids), { kind: 'update', script }) };
    },

    async addToArray(ids, path, value) {
      const script = addToArrayScript(checkFieldPath(path), checkArrayValue(value));
      return { updated: await runByIds(target, checkIds(ids), { kind: 'update', script }) };
    },

    async removeFromArray(ids, path, value) {
      const script = removeFromArrayScript(checkFieldPath(path), checkArrayValue(value));
      if (ids !== 'all') return { updated: await runByIds(target, checkIds(ids), { kind: 'update', script }) };
      // Only the documents holding the value: a term on the mapped field, never a scan of the index.
      const { field } = esFieldFor(documentType(definition), path, 'filter');
      const query = { term: { [field]: value } };
      return { updated: await runByQuery(target, { kind: 'update', script }, query, { refresh: true, requestTimeout: WHOLE_INDEX_TIMEOUT_MS }) };
    },

    bulkDelete: async (ids) => runByIds(target, checkIds(ids), { kind: 'delete' }),
  };
}

export function createElasticsearchDocumentsBackend(opts: ElasticsearchDocumentsOptions): DocumentsBackend {
  return {
    name: 'elasticsearch',
    // Indices are per space and made on the first write; the cluster client belongs to saved objects, which close it.
    start: async () => undefined,
    client: (definition, spaceId) => createElasticsearchIndexClient(opts.client, definition, spaceId, opts.logger),
    close: async () => undefined,
  };
}
