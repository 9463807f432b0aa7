/**
 * The reads behind a case's people (its Participants list): who wrote its user actions, each
 * as recorded on their latest one, and whom its assignment changes ever named. Every read is
 * bounded, so a case with ten thousand actions costs an aggregation and a few small pages.
 */
import { CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';
import type { StoredUserActionAttributes } from '../../common/types/domain/user_action';
import type { User } from '../../common/types/domain/user';
import { f, termsBuckets, type SavedObjectsClientContract } from '../core';

/** The assignment changes read for former assignees; a case past this many lists the latest. */
export const MAX_ASSIGNMENT_CHANGES_READ = 1000;

export function createCaseUsersService(client: SavedObjectsClientContract) {
  return {
    /**
     * The usernames that wrote the case's actions, most active first, at most `size`: one terms
     * aggregation, no document read.
     */
    actorUsernames: async (caseId: string, size: number): Promise<string[]> => {
      const found = await client.find({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.term('case_id', caseId),
        perPage: 0,
        aggs: { actors: { terms: { field: 'created_by.username', size } } },
      });
      return termsBuckets(found.aggregations, 'actors').map((bucket) => String(bucket.key));
    },

    /** The user as the case's latest action by `username` recorded them (names change over time). */
    latestRecordOf: async (caseId: string, username: string): Promise<User | undefined> => {
      const found = await client.find<StoredUserActionAttributes>({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.and(f.term('case_id', caseId), f.term('created_by.username', username)),
        sort: [{ field: 'created_at', order: 'desc' }],
        perPage: 1,
        fields: ['created_by'],
      });
      return found.saved_objects[0]?.attributes.created_by;
    },

    /** Every profile uid the case's assignment changes added or removed, newest changes first. */
    assignmentHistoryUids: async (caseId: string): Promise<string[]> => {
      const found = await client.find<StoredUserActionAttributes>({
        type: CASE_USER_ACTION_SAVED_OBJECT,
        filter: f.and(f.term('case_id', caseId), f.term('type', 'assignees')),
        sort: [{ field: 'created_at', order: 'desc' }],
        perPage: MAX_ASSIGNMENT_CHANGES_READ,
        fields: ['payload'],
      });
      const uids = found.saved_objects.flatMap((so) => {
        const payload = so.attributes.payload as { assignees?: Array<{ uid: string }> } | undefined;
        return payload?.assignees?.map((assignee) => assignee.uid) ?? [];
      });
      return [...new Set(uids)];
    },
  };
}

export type CaseUsersService = ReturnType<typeof createCaseUsersService>;
