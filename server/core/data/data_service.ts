/**
 * The document service's lifecycle, as the saved-objects type registry's: families of indices
 * are declared during setup, the declarations freeze when plugins have set up, and at start
 * the chosen backend creates what they need and hands out one client per (family, space).
 */
import { indexNameOf, isValidSpaceIdForIndex } from './index_names';
import type { DataServiceSetup, DataServiceStart, DocumentIndexClient, DocumentIndexDefinition, DocumentsBackend } from './types';

const FAMILY_NAME = /^[a-z0-9_-]{1,50}$/;

export function createDataService() {
  const definitions = new Map<string, DocumentIndexDefinition>();
  let frozen = false;
  let backend: DocumentsBackend | undefined;
  const clients = new Map<string, DocumentIndexClient>();

  const setup: DataServiceSetup = {
    registerIndex(definition) {
      if (frozen) throw new Error(`Index family [${definition.name}] registered after setup: families are declared during setup`);
      if (!FAMILY_NAME.test(definition.name)) throw new Error(`Index family name [${definition.name}] must match ${FAMILY_NAME}`);
      if (definitions.has(definition.name)) throw new Error(`Index family [${definition.name}] is already registered`);
      if (!definition.pattern.includes('{spaceId}')) throw new Error(`Index pattern [${definition.pattern}] must contain {spaceId}`);
      definitions.set(definition.name, definition);
    },
  };

  const definitionOf = (name: string): DocumentIndexDefinition => {
    const definition = definitions.get(name);
    if (!definition) throw new Error(`No index family [${name}] is registered`);
    return definition;
  };

  return {
    setup,
    freeze() {
      frozen = true;
    },
    definitions: () => [...definitions.values()],
    async start(chosen: DocumentsBackend): Promise<DataServiceStart> {
      frozen = true;
      await chosen.start([...definitions.values()]);
      backend = chosen;
      return {
        indexName: (name, spaceId) => indexNameOf(definitionOf(name).pattern, spaceId),
        getIndexClient(name, spaceId) {
          if (!backend) throw new Error('The document service is not started');
          if (!isValidSpaceIdForIndex(spaceId)) throw new Error(`[${spaceId}] cannot name an index`);
          const key = `${name}\u0000${spaceId}`;
          let client = clients.get(key);
          if (!client) {
            client = backend.client(definitionOf(name), spaceId);
            clients.set(key, client);
          }
          return client;
        },
      };
    },
    async stop() {
      clients.clear();
      await backend?.close();
      backend = undefined;
    },
  };
}

export type DataService = ReturnType<typeof createDataService>;
