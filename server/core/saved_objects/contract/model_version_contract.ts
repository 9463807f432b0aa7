/**
 * Model versions across a restart, on every backend: a document written by a build whose type
 * is at version 1 is read by a build at version 2 in the version-2 shape, and (the start
 * having migrated it, as it does when few documents wait) found by its migrated value.
 */
import { TypeRegistry } from '../type_registry';
import {
  f,
  type SavedObjectsBackend,
  type SavedObjectsModelVersionMap,
  type SavedObjectsType,
  type SavedObjectTypeRegistry,
} from '../types';
import type { ContractEnv } from './contract_env';

export const MODEL_VERSION_TYPE = 'contract-versioned';

const V1: SavedObjectsModelVersionMap = { 1: { description: 'a label' } };
const V2: SavedObjectsModelVersionMap = {
  ...V1,
  2: { description: 'label becomes title', migrate: ({ label, ...rest }) => ({ ...rest, title: label }) },
};

const versionedType = (modelVersions: SavedObjectsModelVersionMap): SavedObjectsType => ({
  name: MODEL_VERSION_TYPE,
  namespaceType: 'single',
  mappings: { properties: { label: { type: 'keyword' }, title: { type: 'keyword' }, note: { type: 'text' } } },
  modelVersions,
});

function registryAt(modelVersions: SavedObjectsModelVersionMap): SavedObjectTypeRegistry {
  const registry = new TypeRegistry();
  registry.registerType(versionedType(modelVersions));
  registry.freeze();
  return registry;
}

export function describeModelVersionContract(
  env: ContractEnv,
  createBackend: (registry: SavedObjectTypeRegistry) => Promise<SavedObjectsBackend>,
): void {
  describe('model versions', () => {
    it('reads a document written at model version 1 as version 2 after a restart', async () => {
      const namespace = env.ns('versions');
      const id = env.id('versioned-1');
      const v1 = await createBackend(registryAt(V1));
      await v1.start();
      await v1.repository.create(MODEL_VERSION_TYPE, { label: id, note: 'written at one' }, { id, namespace });
      await v1.close();

      const v2 = await createBackend(registryAt(V2));
      try {
        await v2.start();
        const read = await v2.repository.get(MODEL_VERSION_TYPE, id, { namespace });
        expect(read.attributes).toEqual({ title: id, note: 'written at one' });
        const found = await v2.repository.find({ type: MODEL_VERSION_TYPE, namespace, filter: f.term('title', id) });
        expect(found.saved_objects.map((o) => o.id)).toEqual([id]);
        const updated = await v2.repository.update(MODEL_VERSION_TYPE, id, { note: 'patched' }, { namespace, version: read.version });
        expect(updated.attributes).toEqual({ title: id, note: 'patched' });
      } finally {
        await v2.close();
      }
    });
  });
}
