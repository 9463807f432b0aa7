/** Persistence of cases: the saved-object calls the cases client needs, nothing more. */
import {
  CASE_ID_INCREMENTER_SAVED_OBJECT,
  CASE_SAVED_OBJECT,
} from '../../common/constants';
import type { CaseAttributes, StoredCaseAttributes } from '../../common/types/domain/case';
import type {
  AggregationRequest,
  FilterNode,
  FindOptions,
  FindResult,
  SavedObject,
  SavedObjectBulkItem,
  SavedObjectsClientContract,
  TermsBucket,
} from '../core/saved_objects/types';
import { termsBuckets } from '../core/saved_objects/types';
import { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } from '../saved_object_types/id_counter';
import { withSortRanks } from './sort_ranks';

export type CaseSavedObject = SavedObject<StoredCaseAttributes>;

export interface CasePatch {
  id: string;
  version: string;
  attributes: Partial<CaseAttributes>;
}

export function createCasesService(client: SavedObjectsClientContract) {
  return {
    /** 1, 2, 3… per space; atomic in the store, so concurrent creates never share or skip a number. */
    nextIncrementalId: () =>
      client.incrementCounter(CASE_ID_INCREMENTER_SAVED_OBJECT, CASE_ID_COUNTER_OBJECT_ID, CASE_ID_COUNTER_FIELD, { initial: 0 }),

    create: (attributes: CaseAttributes, id?: string): Promise<CaseSavedObject> =>
      client.create<StoredCaseAttributes>(CASE_SAVED_OBJECT, withSortRanks(attributes) as StoredCaseAttributes, { id }),

    get: (id: string): Promise<CaseSavedObject> => client.get<StoredCaseAttributes>(CASE_SAVED_OBJECT, id),

    bulkGet: async (ids: string[]): Promise<Array<SavedObjectBulkItem<StoredCaseAttributes>>> =>
      (await client.bulkGet<StoredCaseAttributes>(ids.map((id) => ({ type: CASE_SAVED_OBJECT, id })))).saved_objects,

    /** Each patch carries the version it was computed from; a stale one fails alone, with 409. */
    patch: async (patches: CasePatch[]): Promise<Array<SavedObjectBulkItem<StoredCaseAttributes>>> =>
      (
        await client.bulkUpdate<StoredCaseAttributes>(
          patches.map((p) => ({ type: CASE_SAVED_OBJECT, id: p.id, version: p.version, attributes: withSortRanks(p.attributes) })),
        )
      ).saved_objects,

    /** Bumps `updated_at`/`updated_by`, as adding or editing a comment does in Kibana. */
    touch: (id: string, attributes: Pick<CaseAttributes, 'updated_at' | 'updated_by'>): Promise<CaseSavedObject> =>
      client.update<StoredCaseAttributes>(CASE_SAVED_OBJECT, id, attributes),

    bulkDelete: async (ids: string[]) => (await client.bulkDelete(ids.map((id) => ({ type: CASE_SAVED_OBJECT, id })))).statuses,

    find: (options: Omit<FindOptions, 'type'>): Promise<FindResult<StoredCaseAttributes>> =>
      client.find<StoredCaseAttributes>({ ...options, type: CASE_SAVED_OBJECT }),

    /** The values of a keyword field over the cases a filter matches, with their counts. */
    terms: async (field: string, filter: FilterNode | undefined, size: number): Promise<TermsBucket[]> => {
      const aggs: Record<string, AggregationRequest> = { values: { terms: { field, size } } };
      const found = await client.find({ type: CASE_SAVED_OBJECT, filter, perPage: 0, aggs });
      return termsBuckets(found.aggregations, 'values');
    },
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
