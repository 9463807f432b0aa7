/**
 * The `cases-configure` type: one owner's case settings in a space (default connector, closure
 * option, custom fields, templates, observable types). Looked up by owner only; the rest is
 * stored unmapped.
 */
import type { SavedObjectsType } from '../core';
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../common/constants';

export const configureType: SavedObjectsType = {
  name: CASE_CONFIGURE_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: { 1: { description: 'the first shape of a case configuration, as Kibana exports it' } },
  hidden: true,
  // Not exported, as Kibana's: a space's settings are its own, and an import must not replace them.
  management: { importableAndExportable: false, displayName: 'cases configuration' },
  mappings: {
    dynamic: false,
    properties: {
      owner: { type: 'keyword' },
      created_at: { type: 'date' },
    },
  },
};
