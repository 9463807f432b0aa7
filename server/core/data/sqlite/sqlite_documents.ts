/**
 * The document service in the embedded store. Each family is one hidden saved-object type of
 * a saved-objects SQLite backend of its own (its own file beside the saved objects' one):
 * mappings become the type's indexed columns, values and FTS tables, the family's `facets`
 * hint its facets table, and the space id is the namespace column. So filters, sort,
 * aggregations, facets, read workers and the query time budget are the saved objects' own,
 * with no second query compiler. Documents are stored nested: one Kibana wrote with dotted
 * keys (`"kibana.alert.uuid"`) is expanded on the way in, and `_source` always comes back
 * nested. docs/storage.md explains the layout.
 */
import type { Logger } from '../../logging/types';
import { createSqliteBackend, type SqliteBackend } from '../../saved_objects/sqlite/sqlite_backend';
import { TypeRegistry } from '../../saved_objects/type_registry';
import type { SavedObjectsType } from '../../saved_objects/types';
import { indexNameOf } from '../index_names';
import type { DocumentIndexDefinition, DocumentsBackend } from '../types';
import { createSqliteIndexClient } from './sqlite_index_client';

export interface SqliteDocumentsOptions {
  /** A file path, or `:memory:` (tests). */
  path: string;
  readWorkers?: number;
  queryTimeoutMs?: number;
  logger?: Logger;
}

/** A family as the saved-objects layer sees it: hidden, one namespace (space) per document. */
export const familyType = (definition: DocumentIndexDefinition): SavedObjectsType => ({
  name: definition.name,
  namespaceType: 'single',
  hidden: true,
  mappings: { dynamic: false, properties: definition.mappings.properties },
  ...(definition.facets && definition.facets.length > 0 ? { facets: definition.facets } : {}),
  ...(definition.unindexed && definition.unindexed.length > 0 ? { unindexed: definition.unindexed } : {}),
});

export function createSqliteDocumentsBackend(opts: SqliteDocumentsOptions): DocumentsBackend {
  let store: SqliteBackend | undefined;
  const started = (): SqliteBackend => {
    if (!store) throw new Error('The SQLite document store is not started');
    return store;
  };

  return {
    name: 'sqlite',
    async start(definitions) {
      if (store) return;
      const registry = new TypeRegistry();
      for (const definition of definitions) registry.registerType(familyType(definition));
      registry.freeze();
      const backend = createSqliteBackend({
        path: opts.path,
        registry,
        readWorkers: opts.readWorkers,
        queryTimeoutMs: opts.queryTimeoutMs,
        logger: opts.logger,
      });
      await backend.start();
      store = backend;
    },
    client: (definition, spaceId) =>
      createSqliteIndexClient({ backend: started, definition, spaceId, index: indexNameOf(definition.pattern, spaceId) }),
    async close() {
      const closing = store;
      store = undefined;
      // The saved-objects backend commits pending writes, stops its readers and checkpoints the WAL.
      await closing?.close();
    },
  };
}
