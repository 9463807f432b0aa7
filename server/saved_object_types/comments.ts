/**
 * The `cases-comments` type (attachments). `case_id` duplicates the case reference as a plain
 * keyword so that comment counts for a page of cases are one terms aggregation. Only what a
 * query reads is mapped: each mapped field is an index every comment write updates.
 */
import type { SavedObjectsType } from '../core/saved_objects/types';
import { CASE_COMMENT_SAVED_OBJECT } from '../../common/constants';

export const commentType: SavedObjectsType = {
  name: CASE_COMMENT_SAVED_OBJECT,
  namespaceType: 'single',
  hidden: true,
  management: { importableAndExportable: true },
  mappings: {
    dynamic: false,
    properties: {
      case_id: { type: 'keyword' },
      type: { type: 'keyword' },
      owner: { type: 'keyword' },
      comment: { type: 'text' },
      alertId: { type: 'keyword' },
      created_at: { type: 'date' },
    },
  },
};
