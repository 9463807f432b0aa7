/**
 * Removing files: their metadata, then their bytes. In that order because a blob without its
 * `file` object is invisible (nothing lists or serves it), while a `file` object whose blob is
 * gone would be listed and fail to download.
 */
import type { BlobStorage } from '../core';
import type { FileObjects } from './file_objects';

export async function removeFiles(files: FileObjects, blobs: BlobStorage, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await files.remove(ids);
  await blobs.delete(ids);
}
