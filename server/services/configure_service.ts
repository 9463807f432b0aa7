/** Persistence of case configurations (`cases-configure`): the calls the configure client needs. */
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../common/constants';
import type { ConfigurationAttributes } from '../../common/types/domain/configure';
import { f, newObjectId, type SavedObject, type SavedObjectReference, type SavedObjectsClientContract, type UnitOfWorkOperation, type UnitOfWorkResult } from '../core';

export type ConfigurationSavedObject = SavedObject<ConfigurationAttributes>;

/** Kibana's reference of a configuration's default connector (`.none` has none), counted by the platform. */
export function configurationReferences(connector: ConfigurationAttributes['connector']): SavedObjectReference[] {
  return connector && connector.type !== '.none' ? [{ type: 'action', name: 'connectorId', id: connector.id }] : [];
}

/** No space holds more than a handful (one per owner); the bound only keeps a read finite. */
const MAX_CONFIGURATIONS_READ = 1000;

export function createConfigureService(client: SavedObjectsClientContract) {
  return {
    newId: (): string => newObjectId(),

    /** The configurations of these owners in the request's space, oldest first. */
    findByOwners: async (owners: string[]): Promise<ConfigurationSavedObject[]> => {
      if (owners.length === 0) return [];
      const found = await client.find<ConfigurationAttributes>({
        type: CASE_CONFIGURE_SAVED_OBJECT,
        filter: f.terms('owner', owners),
        sort: [{ field: 'created_at', order: 'asc' }],
        perPage: MAX_CONFIGURATIONS_READ,
      });
      return found.saved_objects;
    },

    get: (id: string): Promise<ConfigurationSavedObject> => client.get<ConfigurationAttributes>(CASE_CONFIGURE_SAVED_OBJECT, id),

    createOperation: (id: string, attributes: ConfigurationAttributes): UnitOfWorkOperation => ({
      kind: 'create',
      type: CASE_CONFIGURE_SAVED_OBJECT,
      id,
      attributes,
      references: configurationReferences(attributes.connector),
    }),

    /** Applies only at `version`; otherwise the unit is a 409. */
    patchOperation: (id: string, version: string, attributes: Partial<ConfigurationAttributes>): UnitOfWorkOperation => ({
      kind: 'update',
      type: CASE_CONFIGURE_SAVED_OBJECT,
      id,
      version,
      attributes,
      // Only a patch of the connector rewrites the references; others leave them as they are.
      ...(attributes.connector !== undefined ? { references: configurationReferences(attributes.connector) } : {}),
    }),

    deleteOperation: (id: string): UnitOfWorkOperation => ({ kind: 'delete', type: CASE_CONFIGURE_SAVED_OBJECT, id }),

    commit: (operations: UnitOfWorkOperation[]): Promise<UnitOfWorkResult[]> => client.unitOfWork(operations),

    /** The configurations a unit wrote, in its order. */
    configurationsOf: (results: UnitOfWorkResult[]): ConfigurationSavedObject[] =>
      results.flatMap((r) =>
        r.kind !== 'incrementCounter' && r.kind !== 'delete' && r.object.type === CASE_CONFIGURE_SAVED_OBJECT ? [r.object as ConfigurationSavedObject] : [],
      ),
  };
}

export type ConfigureService = ReturnType<typeof createConfigureService>;
