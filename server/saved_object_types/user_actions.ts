/** The `cases-user-actions` type: the append-only activity log, filtered by case, type and action. */
import type { SavedObjectsType } from '../core';
import { CASE_USER_ACTION_SAVED_OBJECT } from '../../common/constants';

export const userActionType: SavedObjectsType = {
  name: CASE_USER_ACTION_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: { 1: { description: 'the first shape of a user action' } },
  hidden: true,
  management: { importableAndExportable: true },
  mappings: {
    dynamic: false,
    properties: {
      case_id: { type: 'keyword' },
      comment_id: { type: 'keyword' },
      action: { type: 'keyword' },
      type: { type: 'keyword' },
      owner: { type: 'keyword' },
      created_at: { type: 'date' },
      created_by: { properties: { username: { type: 'keyword' }, profile_uid: { type: 'keyword' } } },
      payload: { properties: { comment: { properties: { type: { type: 'keyword' } } } } },
    },
  },
};
