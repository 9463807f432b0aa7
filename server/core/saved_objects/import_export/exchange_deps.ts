/** What the exporter and importer are built from (root.ts assembles it once storage has started). */
import type { Logger } from '../../logging/types';
import type { SavedObjectsRepository, SavedObjectTypeRegistry } from '../types';

export interface ExchangeDeps {
  registry: SavedObjectTypeRegistry;
  /** Unscoped: every call names its namespace (the space exported from or imported into). */
  repository: SavedObjectsRepository;
  limits: { maxImportExportSize: number; maxImportPayloadBytes: number };
  logger: Logger;
  /** Imports spool their upload here, one file per import, removed when it ends. */
  tmpDir: string;
  now?: () => Date;
  /** Ids of new copies; time-ordered UUIDs (`newObjectId`) by default. */
  newId?: () => string;
}
