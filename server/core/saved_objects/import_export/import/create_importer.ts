/**
 * Kibana's saved-object import on our storage: `_import` and `_resolve_import_errors`.
 *
 * The upload is spooled to a file, indexed in a first pass (each object's line, byte range and
 * type; no attributes), then read back in batches by type, the types an object requires before
 * it, so memory holds one batch of documents whatever the file's size. Every object is written
 * whole or not at all by its own unit of work; a line that cannot be imported is one error of
 * the answer, with its line, and the rest of the file imports.
 *
 * `compatibilityMode` is accepted and changes nothing: in Kibana it writes legacy URL aliases
 * for objects of multi-space types whose id changes on import, and we have no multi-space types.
 */
import { newObjectId } from '../../object_id';
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { badRequest } from '../../../errors';
import type { ExchangeDeps } from '../exchange_deps';
import type { ImportOptions, ImportResponse, ImportRetry, SavedObjectsImporter } from '../types';
import { importBatch } from './import_batch';
import { runImportHooks } from './import_hooks';
import { importOrder } from './import_order';
import { importResponse } from './import_results';
import { objectKey, type ImportRun } from './import_run';
import { indexLines, type LineIndex } from './index_lines';
import { importAliasesOf } from './parse_line';
import { DestinationIds, regenerateIds } from './regenerate_ids';
import { spoolUpload } from './spool_upload';

/** Objects read back and written together. */
export const IMPORT_BATCH_SIZE = 250;

/** Kibana's checks of `retries`: one retry per object, one object per destination. */
export function validateRetries(retries: readonly ImportRetry[]): void {
  const nonUnique = (keys: string[]) => [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  const objects = nonUnique(retries.map((r) => objectKey(r.type, r.id)));
  if (objects.length > 0) throw badRequest(`Non-unique retry objects: [${objects.join(',')}]`);
  const destinations = nonUnique(retries.filter((r) => r.destinationId !== undefined).map((r) => objectKey(r.type, r.destinationId!)));
  if (destinations.length > 0) throw badRequest(`Non-unique retry destinations: [${destinations.join(',')}]`);
}

interface RunOptions extends ImportOptions {
  retries?: readonly ImportRetry[];
}

async function runImport(deps: ExchangeDeps, file: Readable, options: RunOptions): Promise<ImportResponse> {
  const { registry, repository, limits, logger } = deps;
  // Time-ordered ids given in file order: copies keep the order of objects whose other sort keys tie
  // (a case's user actions written in one step), as their originals' ids kept it.
  const newId = deps.newId ?? (() => newObjectId());
  const createNewCopies = options.createNewCopies === true;
  const retries = options.retries ? new Map(options.retries.map((retry) => [objectKey(retry.type, retry.id), retry])) : undefined;
  const types = importOrder(registry);
  const aliases = importAliasesOf(types);
  const ids = new DestinationIds();

  const spool = await spoolUpload(file, { dir: deps.tmpDir, maxBytes: limits.maxImportPayloadBytes });
  let index: LineIndex | undefined;
  let handle: FileHandle | undefined;
  try {
    index = await indexLines({
      path: spool.path,
      registry,
      slots: new Map(types.map((type, slot) => [type.name, slot])),
      aliases,
      maxObjects: limits.maxImportExportSize,
      wanted: retries && ((type, id) => retries.has(objectKey(type, id))),
      onObject: createNewCopies ? regenerateIds(ids, newId) : undefined,
    });
    // A retry's destination wins over a regenerated id, as in Kibana.
    for (const retry of retries?.values() ?? []) {
      if (!index.keys.has(retry.type, retry.id)) continue;
      if (retry.destinationId !== undefined) ids.set(retry.type, retry.id, retry.destinationId);
      else if (retry.createNewCopy === true && !createNewCopies) ids.set(retry.type, retry.id, newId());
    }
    handle = await open(spool.path, 'r');
    const run: ImportRun = {
      repository,
      logger,
      newId,
      namespace: options.namespace,
      request: options.request,
      actor: options.actor,
      user: options.actor?.profile_uid,
      now: (deps.now?.() ?? new Date()).toISOString(),
      overwrite: options.overwrite === true,
      createNewCopies,
      retries,
      ids,
      retryDestinations: new Set([...(retries?.values() ?? [])].flatMap((r) => (r.destinationId === undefined ? [] : [objectKey(r.type, r.destinationId)]))),
      index,
      aliases,
      file: handle,
      imported: new Set(),
      successResults: [],
      errors: [],
      hookObjects: new Map(),
    };
    for (const batch of index.batches(IMPORT_BATCH_SIZE)) await importBatch(run, types[batch.slot], batch.entries);
    const warnings = await runImportHooks(registry, run.hookObjects, logger);
    const errors = [...index.errors, ...run.errors];
    logger.info(
      { 'event.action': 'saved-objects-import' },
      `Imported ${run.successResults.length} saved objects into space [${options.namespace}]` + (errors.length > 0 ? `, ${errors.length} not imported` : ''),
    );
    return importResponse(run.successResults, errors, warnings);
  } finally {
    await handle?.close();
    index?.close();
    await spool.remove();
  }
}

export function createImporter(deps: ExchangeDeps): SavedObjectsImporter {
  return {
    import: (file, options) => runImport(deps, file, options),
    resolveImportErrors: async (file, retries, options) => {
      try {
        validateRetries(retries);
      } catch (error) {
        file.destroy();
        throw error;
      }
      return runImport(deps, file, { ...options, overwrite: false, retries });
    },
  };
}
