/** Persistence of attachments ("comments"), always within one case. */
import { CASE_COMMENT_SAVED_OBJECT, CASE_REF_NAME, CASE_SAVED_OBJECT } from '../../common/constants';
import type { StoredAttachmentAttributes } from '../../common/types/domain/attachment';
import {
  collectAll,
  f,
  termsBuckets,
  type FilterNode,
  type FindResult,
  type SavedObject,
  type SavedObjectsClientContract,
  type SortOrder,
  type UnitOfWorkOperation,
  type UnitOfWorkResult, newObjectId
} from '../core';
import { collectIds, deleteAll } from './collect_ids';

export type AttachmentSavedObject = SavedObject<StoredAttachmentAttributes>;
export type NewAttachmentAttributes = Omit<StoredAttachmentAttributes, 'case_id'>;

export const caseReference = (caseId: string) => [{ type: CASE_SAVED_OBJECT, id: caseId, name: CASE_REF_NAME }];

/** Oldest first is a case's order; ties (one request, one millisecond) fall back to the id. */
const byTime = (order: SortOrder) => [
  { field: 'created_at', order },
  { field: 'id', order },
];

export function createAttachmentService(client: SavedObjectsClientContract) {
  /** Attachments matching `filter`, counted per value of `field` in one aggregation. */
  const countBy = async (filter: FilterNode, field: string, size: number): Promise<Map<string, number>> => {
    const found = await client.find({ type: CASE_COMMENT_SAVED_OBJECT, filter, perPage: 0, aggs: { counts: { terms: { field, size } } } });
    return new Map(termsBuckets(found.aggregations, 'counts').map((b) => [String(b.key), b.doc_count]));
  };

  /** Every attachment matching `filter`, streamed a thousand at a time: one query, however many. */
  const all = (filter: FilterNode, fields?: string[]): Promise<AttachmentSavedObject[]> =>
    collectAll<StoredAttachmentAttributes>(client, { type: CASE_COMMENT_SAVED_OBJECT, filter, sort: byTime('asc'), ...(fields ? { fields } : {}) });

  return {
    /** Known before the write, so the comment's user action can point at it in the same unit. */
    newId: (): string => newObjectId(),

    createOperation: (caseId: string, id: string, attributes: NewAttachmentAttributes): UnitOfWorkOperation => ({
      kind: 'create',
      type: CASE_COMMENT_SAVED_OBJECT,
      id,
      attributes: { ...attributes, case_id: caseId },
      references: caseReference(caseId),
    }),

    /** Applies only at `version`; otherwise the whole unit is a 409. */
    updateOperation: (id: string, version: string, attributes: Partial<NewAttachmentAttributes>): UnitOfWorkOperation => ({
      kind: 'update',
      type: CASE_COMMENT_SAVED_OBJECT,
      id,
      version,
      attributes,
    }),

    deleteOperations: (ids: string[]): UnitOfWorkOperation[] => ids.map((id) => ({ kind: 'delete', type: CASE_COMMENT_SAVED_OBJECT, id })),

    /** The attachments a unit wrote, in its order. */
    attachmentsOf: (results: UnitOfWorkResult[]): AttachmentSavedObject[] =>
      results.flatMap((r) => (r.kind === 'create' || r.kind === 'update') && r.object.type === CASE_COMMENT_SAVED_OBJECT ? [r.object as AttachmentSavedObject] : []),

    get: (id: string): Promise<AttachmentSavedObject> => client.get<StoredAttachmentAttributes>(CASE_COMMENT_SAVED_OBJECT, id),

    find: (
      caseId: string,
      opts: { page: number; perPage: number; sortOrder: SortOrder; types?: string[]; owners?: string[] },
    ): Promise<FindResult<StoredAttachmentAttributes>> =>
      client.find<StoredAttachmentAttributes>({
        type: CASE_COMMENT_SAVED_OBJECT,
        filter: f.and(
          f.term('case_id', caseId),
          ...(opts.types ? [f.terms('type', opts.types)] : []),
          ...(opts.owners ? [f.terms('owner', opts.owners)] : []),
        ),
        sort: byTime(opts.sortOrder),
        page: opts.page,
        perPage: opts.perPage,
      }),

    /** Every attachment of a case (of `types` when given), oldest first. */
    allOfCase: (caseId: string, types?: string[]): Promise<AttachmentSavedObject[]> =>
      all(f.and(f.term('case_id', caseId), ...(types ? [f.terms('type', types)] : []))),

    idsOfCases: (caseIds: string[]) => collectIds(client, CASE_COMMENT_SAVED_OBJECT, f.terms('case_id', caseIds)),

    deleteMany: (ids: string[]) => deleteAll(client, CASE_COMMENT_SAVED_OBJECT, ids),

    /**
     * The id and index fields (`alertId`/`index`) of a case's attachments of `type`, only those
     * fields read: a case's alert ids in one streamed query, however they are spread.
     */
    documentFieldsOfCase: (caseId: string, type: string, fields: string[]): Promise<AttachmentSavedObject[]> =>
      all(f.and(f.term('case_id', caseId), f.term('type', type)), [...fields, 'owner', 'type', 'case_id', 'created_at']),

    /** Attachments of `type` of any case whose `field` holds one of `values` (the cases holding an alert). */
    holding: (type: string, field: string, values: string[], owners?: string[]): Promise<AttachmentSavedObject[]> =>
      all(f.and(f.term('type', type), f.terms(field, values), ...(owners ? [f.terms('owner', owners)] : [])), ['case_id', 'owner', 'type', 'created_at', field]),

    /** Distinct values of `field` over one case's attachments of `types` (its alert or event count), counted by the store: no attachment is read. */
    distinctCount: async (caseId: string, types: string[], field: string): Promise<number> => {
      const found = await client.find({
        type: CASE_COMMENT_SAVED_OBJECT,
        filter: f.and(f.term('case_id', caseId), f.terms('type', types)),
        perPage: 0,
        aggs: { distinct: { cardinality: { field } } },
      });
      const result = found.aggregations?.distinct;
      return result && 'value' in result ? (result.value ?? 0) : 0;
    },

    /** Attachments of one case per type, in one aggregation over that case's attachments. */
    countByType: (caseId: string): Promise<Map<string, number>> => countBy(f.term('case_id', caseId), 'type', 100),

    /** Attachments of the given types per case, counted in one aggregation: totals are derived, never stored. */
    countByCase: async (caseIds: string[], types: string[]): Promise<Map<string, number>> =>
      caseIds.length === 0 || types.length === 0 ? new Map() : countBy(f.and(f.terms('case_id', caseIds), f.terms('type', types)), 'case_id', caseIds.length),
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
