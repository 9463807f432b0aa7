/**
 * The upload, written to a file of its own before anything is read: the import reads it twice
 * (an index of its lines, then the objects in the order they must be written) and never holds
 * it in memory. The file is capped at the payload limit while it arrives, so an oversized upload
 * stops at the limit, not at the disk's end.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, ReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { payloadTooLarge } from '../../../errors';

export interface Spool {
  path: string;
  bytes: number;
  /** Removes the file when this import made it; a file handed in already on disk is left to its owner. */
  remove(): Promise<void>;
}

/** Kibana's (hapi's) words for a body past the limit. */
export const tooLarge = (maxBytes: number) => payloadTooLarge(`Payload content length greater than maximum allowed: ${maxBytes}`);

/**
 * A stream of a whole file on disk that nobody has read yet (the resolve route spools its upload
 * itself when the file arrives before the retries): indexed where it is instead of copied again.
 */
function unreadFileOf(file: Readable): string | undefined {
  if (!(file instanceof ReadStream) || typeof file.path !== 'string') return undefined;
  const { start, end } = file as ReadStream & { start?: number; end?: number };
  if (file.bytesRead !== 0 || (start ?? 0) !== 0 || (end !== undefined && end !== Infinity)) return undefined;
  return file.path;
}

export async function spoolUpload(file: Readable, { dir, maxBytes }: { dir: string; maxBytes: number }): Promise<Spool> {
  const inPlace = unreadFileOf(file);
  if (inPlace !== undefined) {
    file.destroy();
    const { size } = await stat(inPlace);
    if (size > maxBytes) throw tooLarge(maxBytes);
    return { path: inPlace, bytes: size, remove: async () => undefined };
  }

  // The upload may fail (a 413 of the multipart parser) before the pipeline listens: an error
  // emitted with no listener would be thrown out of the event loop. The pipeline below still
  // sees it, as the stream's `errored`.
  const ignore = () => undefined;
  file.on('error', ignore);
  try {
    await mkdir(dir, { recursive: true });
  } finally {
    file.off('error', ignore);
  }
  const path = join(dir, `import-${randomUUID()}.ndjson`);
  const remove = () => rm(path, { force: true });
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) callback(tooLarge(maxBytes));
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(file, cap, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, bytes, remove };
}
