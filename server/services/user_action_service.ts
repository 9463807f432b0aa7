/** Persistence of the user-action log. Entries are only ever added, or removed with their case. */
import { CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { StoredUserActionAttributes, UserActionAttributes } from '../../common/types/domain/user_action';
import { f, type FilterNode, type FindResult, type SavedObject, type SavedObjectsClientContract, type SortOrder } from '../core/saved_objects/types';
import { caseReference } from './attachment_service';
import { collectIds, deleteAll } from './collect_ids';

export type UserActionSavedObject = SavedObject<StoredUserActionAttributes>;

export interface NewUserAction {
  caseId: string;
  attributes: UserActionAttributes;
}

export function createUserActionService(client: SavedObjectsClientContract) {
  return {
    bulkCreate: async (actions: NewUserAction[]): Promise<void> => {
      if (actions.length === 0) return;
      await client.bulkCreate<StoredUserActionAttributes>(
        actions.map(({ caseId, attributes }) => ({
          type: CASE_USER_ACTION_SAVED_OBJECT,
          attributes: { ...attributes, case_id: caseId },
          references: caseReference(caseId),
        })),
      );
    },

    find: (caseId: string, opts: { filter?: FilterNode; page: number; perPage: number; sortOrder: SortOrder }): Promise<FindResult<StoredUserActionAttributes>> =>
      client.find<StoredUserActionAttributes>({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: opts.filter ? f.and(f.term('case_id', caseId), opts.filter) : f.term('case_id', caseId),
        sort: [{ field: 'created_at', order: opts.sortOrder }],
        page: opts.page,
        perPage: opts.perPage,
      }),

    /** The whole log of a case, oldest first (the deprecated list API). */
    all: async (caseId: string): Promise<UserActionSavedObject[]> => {
      const finder = client.createPointInTimeFinder<StoredUserActionAttributes>({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.term('case_id', caseId),
        sort: [{ field: 'created_at', order: 'asc' }],
        perPage: 1000,
      });
      const all: UserActionSavedObject[] = [];
      try {
        for await (const page of finder.find()) all.push(...page.saved_objects);
      } finally {
        await finder.close();
      }
      return all;
    },

    idsOfCases: (caseIds: string[]) => collectIds(client, CASE_USER_ACTION_SAVED_OBJECT, f.terms('case_id', caseIds)),

    deleteMany: (ids: string[]) => deleteAll(client, CASE_USER_ACTION_SAVED_OBJECT, ids),
  };
}

export type UserActionService = ReturnType<typeof createUserActionService>;
