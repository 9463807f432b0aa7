/** Persistence of the user-action log. Entries are only ever added, or removed with their case. */
import { randomBytes } from 'node:crypto';
import { CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { StoredUserActionAttributes, UserActionAttributes } from '../../common/types/domain/user_action';
import { collectAll, f, termsBuckets, type FilterNode, type FindResult, type SavedObject, type SavedObjectsClientContract, type SortOrder, type UnitOfWorkOperation } from '../core';
import type { UserActionTypeRegistry } from '../client/user_actions/type_registry';
import { caseReference } from './attachment_service';
import { collectIds, deleteAll } from './collect_ids';

export type UserActionSavedObject = SavedObject<StoredUserActionAttributes>;

export interface NewUserAction {
  caseId: string;
  attributes: UserActionAttributes;
}

const last = { ms: 0, seq: 0 };

/**
 * UUIDv7 ids that grow in write order within this process, even within one millisecond (a
 * 12-bit counter in `rand_a`, RFC 9562 §6.2 method 1). The actions of one change share their
 * `created_at`; both backends break sort ties by id, so `add` then `delete` of a tags change
 * always read back in the order they were written.
 */
export function nextUserActionId(now: number = Date.now()): string {
  let ms = Math.max(now, last.ms);
  let seq = ms === last.ms ? last.seq + 1 : 0;
  if (seq > 0xfff) [ms, seq] = [ms + 1, 0];
  Object.assign(last, { ms, seq });
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (seq >> 8);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Newest-or-oldest by time, then by id, which grows in write order. */
const byTimeThenWriteOrder = (order: SortOrder) => [
  { field: 'created_at', order },
  { field: 'id', order },
];

export function createUserActionService(client: SavedObjectsClientContract, types: UserActionTypeRegistry) {
  /** Each entry checked against its type's codec: a wrong payload is a bug, refused before anything is written. */
  const createOperations = (actions: NewUserAction[]): UnitOfWorkOperation[] => {
    for (const { attributes } of actions) types.validate(attributes);
    return actions.map(({ caseId, attributes }) => ({
      kind: 'create',
      type: CASE_USER_ACTION_SAVED_OBJECT,
      id: nextUserActionId(),
      attributes: { ...attributes, case_id: caseId },
      references: caseReference(caseId),
    }));
  };

  return {
    /** The writes of `actions`, as operations of a unit of work, created in this order. */
    createOperations,

    bulkCreate: async (actions: NewUserAction[]): Promise<void> => {
      if (actions.length === 0) return;
      const operations = createOperations(actions);
      await client.bulkCreate<StoredUserActionAttributes>(
        operations.map((op) => {
          if (op.kind !== 'create') throw new Error('unreachable: user actions are only created');
          return { type: op.type, id: op.id, attributes: op.attributes as StoredUserActionAttributes, references: op.references };
        }),
      );
    },

    find: (caseId: string, opts: { filter?: FilterNode; page: number; perPage: number; sortOrder: SortOrder }): Promise<FindResult<StoredUserActionAttributes>> =>
      client.find<StoredUserActionAttributes>({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: opts.filter ? f.and(f.term('case_id', caseId), opts.filter) : f.term('case_id', caseId),
        sort: byTimeThenWriteOrder(opts.sortOrder),
        page: opts.page,
        perPage: opts.perPage,
      }),

    /** How many entries each case's log holds: one aggregation, no documents read. */
    countByCase: async (caseIds: string[]): Promise<Map<string, number>> => {
      const found = await client.find({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.terms('case_id', caseIds),
        perPage: 0,
        aggs: { counts: { terms: { field: 'case_id', size: caseIds.length } } },
      });
      return new Map(termsBuckets(found.aggregations, 'counts').map((b) => [String(b.key), b.doc_count]));
    },

    /** The whole log of a case, oldest first (the deprecated list API). */
    all: async (caseId: string): Promise<UserActionSavedObject[]> => {
      return collectAll<StoredUserActionAttributes>(client, {
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.term('case_id', caseId),
        sort: byTimeThenWriteOrder('asc'),
      });
    },

    idsOfCases: (caseIds: string[]) => collectIds(client, CASE_USER_ACTION_SAVED_OBJECT, f.terms('case_id', caseIds)),

    deleteMany: (ids: string[]) => deleteAll(client, CASE_USER_ACTION_SAVED_OBJECT, ids),
  };
}

export type UserActionService = ReturnType<typeof createUserActionService>;
