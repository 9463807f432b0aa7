/**
 * Idempotent ingest: `_bulk` `create` under the id read from the family's id field, so a
 * document already stored is reported `exists` and left as it was (Elasticsearch answers 409
 * for that item). Each item fails alone; the write is searchable when the call returns.
 */
import type { Client, estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import type { Logger } from '../../logging/types';
import { esCall, statusToHttpError, type EsErrorCause } from '../../saved_objects/elasticsearch/es_errors';
import type { BulkCreateItemResult, DocumentIndexDefinition } from '../types';
import { prepareDocument, type PreparedDocument } from '../document_input';

/** Documents per `_bulk` request: keeps a 10,000-alert ingest far below `http.max_content_length`. */
export const BULK_CREATE_CHUNK = 1_000;

export interface BulkCreateTarget {
  client: Client;
  definition: DocumentIndexDefinition;
  index: string;
  logger?: Logger;
  ensureIndex(): Promise<void>;
}

function itemResult(id: string, item: estypes.BulkResponseItem | undefined): BulkCreateItemResult {
  if (!item) return { id, status: 'error', error: { statusCode: 500, message: 'Elasticsearch answered no result for this document' } };
  if (!item.error) return { id, status: 'created' };
  if (item.status === 409 && item.error.type === 'version_conflict_engine_exception') return { id, status: 'exists' };
  const mapped = statusToHttpError(item.status, item.error as EsErrorCause);
  return { id, status: 'error', error: { statusCode: mapped.statusCode, message: mapped.message } };
}

async function createChunk(target: BulkCreateTarget, chunk: PreparedDocument[]): Promise<BulkCreateItemResult[]> {
  const operations = chunk.flatMap(({ id, document }) => [{ create: { _index: target.index, _id: id } }, document]);
  const res = await esCall(() => target.client.bulk({ operations, refresh: 'wait_for' }), undefined, target.logger);
  return chunk.map(({ id }, i) => itemResult(id, res.items[i]?.create));
}

export async function bulkCreateDocuments(target: BulkCreateTarget, documents: unknown[]): Promise<BulkCreateItemResult[]> {
  if (!Array.isArray(documents)) throw new HttpError(400, 'documents must be an array');
  const prepared = documents.map((raw) => prepareDocument(raw, target.definition.idField));
  const valid = prepared.filter((p): p is PreparedDocument => 'document' in p);
  const created: BulkCreateItemResult[] = [];
  if (valid.length > 0) {
    await target.ensureIndex();
    for (let start = 0; start < valid.length; start += BULK_CREATE_CHUNK) {
      created.push(...(await createChunk(target, valid.slice(start, start + BULK_CREATE_CHUNK))));
    }
  }
  let next = 0;
  return prepared.map((p) => ('document' in p ? created[next++] : p));
}
