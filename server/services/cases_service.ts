/** Persistence of cases: the saved-object calls the cases client needs, nothing more. */
import {
  CASE_COMMENT_SAVED_OBJECT,
  CASE_ID_INCREMENTER_SAVED_OBJECT,
  CASE_SAVED_OBJECT,
  CASE_USER_ACTION_SAVED_OBJECT,
  NONE_CONNECTOR_ID,
} from '../../common/constants';
import type { CaseAttributes, StoredCaseAttributes } from '../../common/types/domain/case';
import {
  type AggregationRequest,
  type FilterNode,
  type FindOptions,
  type FindResult,
  type SavedObject,
  type SavedObjectBulkItem,
  type SavedObjectReference,
  type SavedObjectsClientContract,
  type TermsBucket,
  type UnitOfWorkOperation,
  type UnitOfWorkResult, f, termsBuckets, newObjectId
} from '../core';
import { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } from '../saved_object_types/id_counter';
import { collectIds, deleteOperations } from './collect_ids';
import { withDerivedFields } from './derived_fields';

export type CaseSavedObject = SavedObject<StoredCaseAttributes>;

export interface CasePatch {
  id: string;
  version: string;
  attributes: Partial<CaseAttributes>;
  /**
   * The case as read: a patch of the connector or the push record rewrites the case's
   * references from the merged result, so both references stay right whichever one changed.
   */
  current?: Pick<CaseAttributes, 'connector' | 'external_service'>;
}

/** Kibana's reference names: the case's connector and the connector of its last push. */
export const CONNECTOR_ID_REFERENCE_NAME = 'connectorId';
export const PUSH_CONNECTOR_ID_REFERENCE_NAME = 'pushConnectorId';
/** The saved-object type of connectors (the actions platform's). */
export const ACTION_SAVED_OBJECT_TYPE = 'action';

/**
 * The connectors a case points at, as Kibana writes them (the platform counts them as a
 * connector's `referenced_by_count`). The attributes keep the ids too; reads use those.
 */
export function caseReferences(attributes: Pick<CaseAttributes, 'connector' | 'external_service'>): SavedObjectReference[] {
  const { connector, external_service: pushed } = attributes;
  // Kibana writes no reference for the none connector: a push record an import read without its
  // connector (`connector_id: 'none'`) points at nothing.
  const points = (id: string | undefined): id is string => id !== undefined && id !== NONE_CONNECTOR_ID;
  return [
    ...(connector && connector.type !== '.none' && points(connector.id) ? [{ type: ACTION_SAVED_OBJECT_TYPE, name: CONNECTOR_ID_REFERENCE_NAME, id: connector.id }] : []),
    ...(pushed && points(pushed.connector_id) ? [{ type: ACTION_SAVED_OBJECT_TYPE, name: PUSH_CONNECTOR_ID_REFERENCE_NAME, id: pushed.connector_id }] : []),
  ];
}

/** The references a patch writes: only when it moves the connector or the push record, and the whole case is known. */
function patchReferences(patch: CasePatch): SavedObjectReference[] | undefined {
  const touches = patch.attributes.connector !== undefined || patch.attributes.external_service !== undefined;
  if (!touches || !patch.current) return undefined;
  return caseReferences({ ...patch.current, ...patch.attributes } as Pick<CaseAttributes, 'connector' | 'external_service'>);
}

/** The name of the case-number counter inside a create's unit of work. */
const CASE_NUMBER = 'case_number';

export type NewCaseAttributes = Omit<CaseAttributes, 'incremental_id'>;

/**
 * Writes go out as operations of one unit of work (`commit`), so a case, its number and its
 * user actions are stored together or not at all; the client composes the unit, the service
 * says how each object is written.
 */
export function createCasesService(client: SavedObjectsClientContract) {
  return {
    /** Known before the write, so the case's user actions can point at it in the same unit. */
    newId: (): string => newObjectId(),

    /**
     * The case numbered 1, 2, 3… per space by the counter the same unit increments: atomic in
     * the store, so concurrent creates never share or skip a number, and a failed unit burns none.
     */
    createOperations: (id: string, attributes: NewCaseAttributes): UnitOfWorkOperation[] => [
      {
        kind: 'incrementCounter',
        type: CASE_ID_INCREMENTER_SAVED_OBJECT,
        id: CASE_ID_COUNTER_OBJECT_ID,
        field: CASE_ID_COUNTER_FIELD,
        initial: 0,
        name: CASE_NUMBER,
      },
      {
        kind: 'create',
        type: CASE_SAVED_OBJECT,
        id,
        attributes: withDerivedFields(attributes),
        references: caseReferences(attributes),
        counters: { incremental_id: CASE_NUMBER },
      },
    ],

    /** The patch applies only at the version it was computed from; otherwise the whole unit is a 409. */
    patchOperation: (patch: CasePatch): UnitOfWorkOperation => {
      const references = patchReferences(patch);
      return {
        kind: 'update',
        type: CASE_SAVED_OBJECT,
        id: patch.id,
        version: patch.version,
        attributes: withDerivedFields(patch.attributes),
        ...(references ? { references } : {}),
      };
    },

    /**
     * Deleting cases takes every comment and user action of theirs. Ids are read a page of a
     * thousand at a time, never object by object.
     */
    cascadeDeleteOperations: async (caseIds: string[]): Promise<UnitOfWorkOperation[]> => {
      const byCase = f.terms('case_id', caseIds);
      const [comments, actions] = await Promise.all([
        collectIds(client, CASE_COMMENT_SAVED_OBJECT, byCase),
        collectIds(client, CASE_USER_ACTION_SAVED_OBJECT, byCase),
      ]);
      return [
        ...deleteOperations(CASE_COMMENT_SAVED_OBJECT, comments),
        ...deleteOperations(CASE_USER_ACTION_SAVED_OBJECT, actions),
        ...deleteOperations(CASE_SAVED_OBJECT, caseIds),
      ];
    },

    commit: (operations: UnitOfWorkOperation[]): Promise<UnitOfWorkResult[]> => client.unitOfWork(operations),

    /** The cases a unit wrote, in its order. */
    casesOf: (results: UnitOfWorkResult[]): CaseSavedObject[] =>
      results.flatMap((r) => (r.kind !== 'incrementCounter' && r.kind !== 'delete' && r.object.type === CASE_SAVED_OBJECT ? [r.object as CaseSavedObject] : [])),

    get: (id: string): Promise<CaseSavedObject> => client.get<StoredCaseAttributes>(CASE_SAVED_OBJECT, id),

    bulkGet: async (ids: string[]): Promise<Array<SavedObjectBulkItem<StoredCaseAttributes>>> =>
      (await client.bulkGet<StoredCaseAttributes>(ids.map((id) => ({ type: CASE_SAVED_OBJECT, id })))).saved_objects,

    /** `touch` inside a unit of work: whatever the case's version, as a comment does not conflict with case edits. */
    touchOperation: (id: string, attributes: Pick<CaseAttributes, 'updated_at' | 'updated_by'>): UnitOfWorkOperation => ({
      kind: 'update',
      type: CASE_SAVED_OBJECT,
      id,
      attributes,
    }),

    /** Bumps `updated_at`/`updated_by`, as adding or editing a comment does in Kibana. */
    touch: (id: string, attributes: Pick<CaseAttributes, 'updated_at' | 'updated_by'>): Promise<CaseSavedObject> =>
      client.update<StoredCaseAttributes>(CASE_SAVED_OBJECT, id, attributes),

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
