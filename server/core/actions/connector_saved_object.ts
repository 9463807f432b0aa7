/**
 * The `action` saved-object type: a stored connector, in Kibana's attributes so that an export
 * reads as Kibana's (issue 18 strips `secrets` on export and sets `isMissingSecrets` on import).
 * `secrets` is one encrypted string (encryption.ts), `''` for a connector without secrets.
 * Hidden: no generic saved-objects API may read it; only the actions client does.
 */
import type { SavedObjectsType } from '../saved_objects/types';

export const ACTION_SAVED_OBJECT_TYPE = 'action';

export interface ActionAttributes {
  actionTypeId: string;
  name: string;
  isMissingSecrets: boolean;
  config: Record<string, unknown>;
  secrets: string;
}

export const actionSavedObjectType: SavedObjectsType = {
  name: ACTION_SAVED_OBJECT_TYPE,
  namespaceType: 'single',
  hidden: true,
  modelVersions: { 1: { description: "a connector, in Kibana's attributes, with its secrets encrypted" } },
  mappings: {
    dynamic: false,
    // The list sorts by name and filters by type; config and secrets are never queried.
    properties: {
      name: { type: 'keyword' },
      actionTypeId: { type: 'keyword' },
    },
  },
};
