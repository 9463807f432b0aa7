/**
 * Persistence of alert and event documents for the alerts source: one index client of the
 * request's space in, AlertSummary rows out. No rules and no authorization here; the client
 * decides what may be stored, found or changed.
 */
import type { DocumentFieldValue, DocumentIndexClient, DocumentSearchOptions, BulkCreateItemResult } from '../core';
import { flattenDocument } from '../../common/alerts/alert_fields';
import type { AlertSummary } from '../../common/types/api/alerts';
import { ALERT_UPDATE_BATCH_SIZE } from '../../common/constants';

export interface DocumentsPage {
  page: number;
  per_page: number;
  total: number;
  rows: AlertSummary[];
}

export function createAlertDocumentsService(client: DocumentIndexClient) {
  const inBatches = async <T>(ids: string[], run: (batch: string[]) => Promise<T>): Promise<T[]> => {
    const out: T[] = [];
    for (let start = 0; start < ids.length; start += ALERT_UPDATE_BATCH_SIZE) out.push(await run(ids.slice(start, start + ALERT_UPDATE_BATCH_SIZE)));
    return out;
  };

  return {
    index: client.index,

    bulkCreate: (documents: Array<Record<string, unknown>>): Promise<BulkCreateItemResult[]> =>
      documents.length === 0 ? Promise.resolve([]) : client.bulkCreate(documents),

    async find(options: DocumentSearchOptions): Promise<DocumentsPage> {
      const result = await client.search(options);
      return {
        page: result.page,
        per_page: result.per_page,
        total: result.total,
        rows: result.hits.map((hit) => ({ id: hit._id, index: hit._index, fields: flattenDocument(hit._source) })),
      };
    },

    /** The stored documents of these ids, in batches; ids with no document are left out. */
    async get(ids: string[]): Promise<Array<{ id: string; source: Record<string, unknown> }>> {
      const batches = await inBatches(ids, (batch) => client.bulkGet(batch));
      return batches.flat().flatMap((hit) => (hit ? [{ id: hit._id, source: hit._source }] : []));
    },

    /** Sets fields on these documents in batches; how many changed and in how many batches. */
    async updateFields(ids: string[], fields: Record<string, DocumentFieldValue>): Promise<{ updated: number; batches: number }> {
      const results = await inBatches(ids, (batch) => client.updateFields(batch, fields));
      return { updated: results.reduce((sum, r) => sum + r.updated, 0), batches: results.length };
    },
  };
}

export type AlertDocumentsService = ReturnType<typeof createAlertDocumentsService>;
