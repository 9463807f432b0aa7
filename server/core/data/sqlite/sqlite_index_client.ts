/**
 * One index of one space in the embedded store: the family's hidden saved-object type, with
 * the space as the namespace and the document (nested) as the attributes. Reads go
 * through the saved-objects repository (filters, sort, aggregations, facets, read workers,
 * the query time budget); ingest and bulk field changes go straight to the type's tables
 * in batches (document_batches.ts, field_changes.ts), which a per-object update could not do
 * at a hundred thousand documents.
 */
import { HttpError } from '../../errors';
import { isBulkItemError } from '../../saved_objects/types';
import { ingest } from './document_ingest';
import type { SqliteBackend } from '../../saved_objects/sqlite/sqlite_backend';
import type {
  BulkCreateItemResult,
  DocumentHit,
  DocumentIndexClient,
  DocumentIndexDefinition,
  DocumentSearchOptions,
  DocumentSearchResult,
} from '../types';
import type { JsonObject } from '../document_shape';
import { checkArrayValue, checkFieldPath, checkFields, prepareDocument, type PreparedDocument } from '../document_input';
import { bulkDeleteDocuments, changeFields, type IndexScope } from './document_writes';

interface ClientOptions {
  backend: () => SqliteBackend;
  definition: DocumentIndexDefinition;
  spaceId: string;
  index: string;
}

export function createSqliteIndexClient({ backend, definition, spaceId, index }: ClientOptions): DocumentIndexClient {
  const type = definition.name;
  const namespace = spaceId;
  const repository = () => backend().repository;
  const scope = (): IndexScope => ({ context: () => backend().context(), namespace, type });
  const hit = (id: string, source: unknown): DocumentHit => ({ _id: id, _index: index, _source: source as JsonObject });

  return {
    index,

    async bulkCreate(documents) {
      if (!Array.isArray(documents)) throw new HttpError(400, 'documents must be an array');
      const prepared = documents.map((document) => prepareDocument(document, definition.idField));
      const valid = prepared.filter((item): item is PreparedDocument => 'document' in item);
      const statuses = await ingest(backend(), type, namespace, valid);
      let next = 0;
      return prepared.map((item): BulkCreateItemResult => ('document' in item ? { id: item.id, status: statuses[next++] } : item));
    },

    async bulkGet(ids) {
      const { saved_objects: found } = await repository().bulkGet(ids.map((id) => ({ type, id })), { namespace });
      return found.map((object) => (isBulkItemError(object) ? undefined : hit(object.id, object.attributes)));
    },

    async search(options: DocumentSearchOptions): Promise<DocumentSearchResult> {
      const result = await repository().find<JsonObject>({
        type,
        namespace,
        filter: options.filter,
        search: options.search,
        searchFields: options.searchFields,
        defaultSearchOperator: 'AND',
        sort: options.sort,
        page: options.page,
        perPage: options.perPage,
        aggs: options.aggs,
      });
      const answer: DocumentSearchResult = {
        hits: result.saved_objects.map((object) => hit(object.id, object.attributes)),
        total: result.total,
        page: result.page,
        per_page: result.per_page,
      };
      if (result.aggregations) answer.aggregations = result.aggregations;
      return answer;
    },

    async updateFields(ids, fields) {
      const entries = checkFields(fields);
      return { updated: await changeFields(scope(), ids, { kind: 'set', fields: entries }) };
    },

    async addToArray(ids, path, value) {
      return { updated: await changeFields(scope(), ids, { kind: 'add', path: checkFieldPath(path), value: checkArrayValue(value) }) };
    },

    async removeFromArray(ids, path, value) {
      return { updated: await changeFields(scope(), ids, { kind: 'remove', path: checkFieldPath(path), value: checkArrayValue(value) }) };
    },

    bulkDelete: async (ids) => bulkDeleteDocuments(scope(), ids),
  };
}
