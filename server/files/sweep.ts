/**
 * Removes what interrupted uploads left: `file` objects still UPLOADING and not heard of for a
 * minute (an upload in progress refreshes `Updated` every few seconds; the process that wrote
 * these crashed), with their blobs, however far they got. A minute, not "all of them", because
 * several processes may share the store and one of them may be uploading now. (The platform
 * removes, at its start, chunks no `file` object ever named: a crash before the blob began.)
 * It runs at start and then every minute, so what a crash leaves goes even when the restart
 * comes sooner than that.
 */
import type { BlobStorage, Logger, SavedObjectsClientContract } from '../core';
import { createFileObjects } from './file_objects';
import { removeFiles } from './remove_files';

export const STALE_UPLOAD_MS = 60_000;
/** How often an upload in progress refreshes its `file` object: well inside STALE_UPLOAD_MS. */
export const UPLOAD_HEARTBEAT_MS = 15_000;
const SPACE_TYPE = 'space';
/** Kibana's `xpack.spaces.maxSpaces`: the sweep reads every space in one page. */
const MAX_SPACES = 1000;

export interface SweepDeps {
  repository: SavedObjectsClientContract;
  blobs: BlobStorage;
  logger: Logger;
  now?: () => Date;
  /** The spaces to sweep; every space of the store by default. */
  listSpaces?: () => Promise<string[]>;
}

/** The ids of every space (space objects are agnostic: one list for the whole store). */
async function spaceIds(repository: SavedObjectsClientContract): Promise<string[]> {
  const found = await repository.find({ type: SPACE_TYPE, perPage: MAX_SPACES, fields: [] });
  return [...new Set(['default', ...found.saved_objects.map((so) => so.id)])];
}

/** One pass; returns how many `file` objects it removed. */
export async function sweepInterruptedUploads({ repository, blobs, logger, now = () => new Date(), listSpaces = () => spaceIds(repository) }: SweepDeps): Promise<number> {
  const before = new Date(now().getTime() - STALE_UPLOAD_MS).toISOString();
  let removed = 0;
  for (const spaceId of await listSpaces()) {
    const files = createFileObjects(repository, spaceId);
    const stale = await files.staleUploads(before);
    await removeFiles(files, blobs, stale.map((so) => so.id));
    removed += stale.length;
  }
  if (removed > 0) logger.info({ 'event.action': 'files-swept', files: removed }, `Removed ${removed} file(s) left by interrupted uploads`);
  return removed;
}

/** The first pass now, then one a minute; the timer never keeps the process alive. Returns a stop function. */
export function scheduleUploadSweep(deps: SweepDeps, intervalMs = STALE_UPLOAD_MS): () => void {
  let running: Promise<unknown> = Promise.resolve();
  const pass = () => {
    running = running
      .then(() => sweepInterruptedUploads(deps))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'Sweeping interrupted uploads failed; the next pass retries'));
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
