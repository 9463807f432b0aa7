/**
 * The `action` saved-object type: a stored connector, in Kibana's attributes so that an export
 * reads as Kibana's (connector_exchange.ts strips `secrets` on export and sets `isMissingSecrets`
 * on import). `secrets` is one encrypted string (encryption.ts), `''` for a connector without
 * secrets. Hidden: no generic saved-objects API may read it; only the actions client does, and
 * export and import through the type's own hooks.
 */
import type { SavedObjectsType, SavedObjectsTypeManagement } from '../saved_objects/types';

export const ACTION_SAVED_OBJECT_TYPE = 'action';

export interface ActionAttributes {
  actionTypeId: string;
  name: string;
  isMissingSecrets: boolean;
  config: Record<string, unknown>;
  secrets: string;
}

/** The type, with its export and import hooks (connectorManagement) bound to the actions service that registers it. */
export const createActionSavedObjectType = (management: SavedObjectsTypeManagement): SavedObjectsType => ({
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
  management,
});
