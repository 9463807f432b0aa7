/**
 * What one import carries from batch to batch: where it writes, how (overwrite, new copies, the
 * retries of `_resolve_import_errors`), the ids it writes under, what it has written that later
 * objects may reference, and the answer as it grows.
 */
import type { FileHandle } from 'node:fs/promises';
import type { KibanaRequest } from '../../../http/types';
import type { Logger } from '../../../logging/types';
import type { SavedObject, SavedObjectsRepository } from '../../types';
import type { ImportActor, ImportError, ImportRetry, ImportSuccess } from '../types';
import type { LineIndex } from './index_lines';
import type { ImportAliases } from './parse_line';
import type { DestinationIds } from './regenerate_ids';

export interface ImportRun {
  repository: SavedObjectsRepository;
  logger: Logger;
  newId: () => string;
  namespace: string;
  request: KibanaRequest;
  actor?: ImportActor;
  /** The writer recorded on every object: the actor's profile uid. */
  user?: string;
  /** ISO time of the import, the same for every object. */
  now: string;
  overwrite: boolean;
  createNewCopies: boolean;
  /** `_resolve_import_errors`: the retry of each object imported, by `type:id`. */
  retries?: ReadonlyMap<string, ImportRetry>;
  ids: DestinationIds;
  /** `type:destinationId` of the retries that name one: never taken for an earlier copy. */
  retryDestinations: ReadonlySet<string>;
  index: LineIndex;
  /** Other builds' types read as importable types' documents (parse_line.ts). */
  aliases: ImportAliases;
  file: FileHandle;
  /**
   * `type:destinationId` of the objects written so far, for the types some object of the file
   * references (a file of 100,000 unreferenced objects remembers none of them).
   */
  imported: Set<string>;
  successResults: ImportSuccess[];
  errors: ImportError[];
  /** The written objects of each type that has an `onImport` hook. */
  hookObjects: Map<string, SavedObject[]>;
}

export const objectKey = (type: string, id: string): string => `${type}:${id}`;

export const retryOf = (run: ImportRun, type: string, id: string): ImportRetry | undefined => run.retries?.get(objectKey(type, id));
