/** Persistence of attachments ("comments"), always within one case. */
import { CASE_COMMENT_SAVED_OBJECT, CASE_REF_NAME, CASE_SAVED_OBJECT } from '../../common/constants';
import type { AttachmentAttributes, AttachmentType, StoredAttachmentAttributes } from '../../common/types/domain/attachment';
import { f, termsBuckets, type FilterNode, type FindResult, type SavedObject, type SavedObjectsClientContract, type SortOrder } from '../core/saved_objects/types';
import { collectIds, deleteAll } from './collect_ids';

export type AttachmentSavedObject = SavedObject<StoredAttachmentAttributes>;

export const caseReference = (caseId: string) => [{ type: CASE_SAVED_OBJECT, id: caseId, name: CASE_REF_NAME }];

export function createAttachmentService(client: SavedObjectsClientContract) {
  /** Attachments matching `filter`, counted per value of `field` in one aggregation. */
  const countBy = async (filter: FilterNode, field: string, size: number): Promise<Map<string, number>> => {
    const found = await client.find({ type: CASE_COMMENT_SAVED_OBJECT, filter, perPage: 0, aggs: { counts: { terms: { field, size } } } });
    return new Map(termsBuckets(found.aggregations, 'counts').map((b) => [String(b.key), b.doc_count]));
  };

  return {
    create: (caseId: string, attributes: AttachmentAttributes): Promise<AttachmentSavedObject> =>
      client.create<StoredAttachmentAttributes>(CASE_COMMENT_SAVED_OBJECT, { ...attributes, case_id: caseId }, { references: caseReference(caseId) }),

    get: (id: string): Promise<AttachmentSavedObject> => client.get<StoredAttachmentAttributes>(CASE_COMMENT_SAVED_OBJECT, id),

    update: (id: string, version: string, attributes: Partial<AttachmentAttributes>): Promise<AttachmentSavedObject> =>
      client.update<StoredAttachmentAttributes>(CASE_COMMENT_SAVED_OBJECT, id, attributes, { version }),

    delete: (id: string) => client.delete(CASE_COMMENT_SAVED_OBJECT, id),

    find: (
      caseId: string,
      opts: { page: number; perPage: number; sortOrder: SortOrder; types?: AttachmentType[]; owners?: string[] },
    ): Promise<FindResult<StoredAttachmentAttributes>> =>
      client.find<StoredAttachmentAttributes>({
        type: CASE_COMMENT_SAVED_OBJECT,
        filter: f.and(
          f.term('case_id', caseId),
          ...(opts.types ? [f.terms('type', opts.types)] : []),
          ...(opts.owners ? [f.terms('owner', opts.owners)] : []),
        ),
        sort: [{ field: 'created_at', order: opts.sortOrder }],
        page: opts.page,
        perPage: opts.perPage,
      }),

    idsOfCases: (caseIds: string[]) => collectIds(client, CASE_COMMENT_SAVED_OBJECT, f.terms('case_id', caseIds)),

    deleteMany: (ids: string[]) => deleteAll(client, CASE_COMMENT_SAVED_OBJECT, ids),

    /** Attachments of one case per type, in one aggregation over that case's attachments. */
    countByType: (caseId: string): Promise<Map<string, number>> => countBy(f.term('case_id', caseId), 'type', 20),

    /** Attachments of one type per case, counted in one aggregation: totals are derived, never stored. */
    countByCase: async (caseIds: string[], type: AttachmentType): Promise<Map<string, number>> =>
      caseIds.length === 0 ? new Map() : countBy(f.and(f.terms('case_id', caseIds), f.term('type', type)), 'case_id', caseIds.length),
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
