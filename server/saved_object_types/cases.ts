/**
 * The `cases` type. Everything the find API filters, sorts or searches is mapped; the rest is
 * stored unmapped. `incremental_id.text` is a keyword copy of the number so that a search for
 * `42` matches case 42 the way a search for words matches titles.
 */
import type { SavedObjectsType } from '../core/saved_objects/types';
import { CASE_SAVED_OBJECT } from '../../common/constants';

const user = { properties: { username: { type: 'keyword' }, full_name: { type: 'keyword' }, email: { type: 'keyword' }, profile_uid: { type: 'keyword' } } } as const;

export const caseType: SavedObjectsType = {
  name: CASE_SAVED_OBJECT,
  namespaceType: 'single',
  hidden: true,
  management: { importableAndExportable: true, displayName: 'case', defaultSearchField: 'title' },
  mappings: {
    dynamic: false,
    properties: {
      title: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 1024 } } },
      description: { type: 'text' },
      incremental_id: { type: 'long', fields: { text: { type: 'keyword' } } },
      owner: { type: 'keyword' },
      status: { type: 'keyword' },
      severity: { type: 'keyword' },
      status_rank: { type: 'short' },
      severity_rank: { type: 'short' },
      tags: { type: 'keyword' },
      category: { type: 'keyword' },
      assignees: { properties: { uid: { type: 'keyword' } } },
      created_at: { type: 'date' },
      created_by: user,
      updated_at: { type: 'date' },
      updated_by: user,
      closed_at: { type: 'date' },
      closed_by: user,
      in_progress_at: { type: 'date' },
      duration: { type: 'long' },
      time_to_acknowledge: { type: 'long' },
      time_to_investigate: { type: 'long' },
      time_to_resolve: { type: 'long' },
      connector: { properties: { id: { type: 'keyword' }, type: { type: 'keyword' } } },
      external_service: { properties: { connector_id: { type: 'keyword' }, pushed_at: { type: 'date' } } },
      settings: { properties: { syncAlerts: { type: 'boolean' } } },
    },
  },
};
