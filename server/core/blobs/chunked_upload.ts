/**
 * What both backends share: a stream cut into fixed-size chunks written one at a time, and the
 * upload protocol around it (declare the blob, write its chunks, finish it, or remove all of it).
 *
 * Memory stays flat whatever the size: two chunk buffers serve the whole upload (the one filling
 * and the one held back so the real last chunk can be written together with the blob's
 * completion; once written, the held one is filled again), incoming
 * buffers are copied into the filling chunk instead of concatenated, and the next read waits for
 * the previous write (async iteration pulls, so the source's back-pressure holds).
 */
import { createHash, randomUUID } from 'node:crypto';
import { type Readable, addAbortSignal } from 'node:stream';
import { BlobTooLargeError, type BlobStorage, type BlobUploadOptions, type StoredBlob } from './types';

/** 1 MiB: small enough that two in memory per upload never matter, large enough to stay fast. */
export const BLOB_CHUNK_SIZE = 1024 * 1024;

/** A backend's primitive writes; `uploadThroughSink` orders them and cleans up on failure. */
export interface BlobSink {
  /** Records the blob as incomplete; rejects with BlobExistsError when the id is taken. */
  begin(id: string): Promise<void>;
  /** Chunk `n` (from 0), durable on resolve. Never the last one. `data` is reused once this resolves: copy what must outlive it. */
  writeChunk(id: string, n: number, data: Buffer): Promise<void>;
  /** The last chunk (none for an empty blob) and the blob's completion. */
  finish(id: string, totals: { size: number; sha256: string }, last?: { n: number; data: Buffer }): Promise<void>;
  /** Removes the blob and every chunk of it, complete or not. */
  remove(ids: string[]): Promise<void>;
}

export interface ChunkTotals {
  size: number;
  sha256: string;
}

interface ChunkOptions {
  maxBytes: number;
  chunkSize?: number;
  signal?: AbortSignal;
}

/**
 * Reads `content` to its end, calling `write` for each full chunk but the last, which is returned
 * with the totals. Throws BlobTooLargeError as soon as more than `maxBytes` arrived, the signal's
 * reason when it aborts, or the stream's own error; the stream is destroyed in each case.
 */
export async function cutIntoChunks(
  content: Readable,
  { maxBytes, chunkSize = BLOB_CHUNK_SIZE, signal }: ChunkOptions,
  write: (n: number, data: Buffer) => Promise<void>,
): Promise<{ totals: ChunkTotals; last?: { n: number; data: Buffer } }> {
  if (signal) addAbortSignal(signal, content);
  const hash = createHash('sha256');
  let size = 0;
  let filling: Buffer = Buffer.allocUnsafe(chunkSize);
  let filled = 0;
  let heldBack: Buffer | undefined;
  let n = 0;
  for await (const piece of content) {
    const data = typeof piece === 'string' ? Buffer.from(piece) : (piece as Buffer);
    size += data.length;
    if (size > maxBytes) throw new BlobTooLargeError(maxBytes);
    hash.update(data);
    let offset = 0;
    while (offset < data.length) {
      const copied = data.copy(filling, filled, offset);
      offset += copied;
      filled += copied;
      if (filled < chunkSize) continue;
      // A full chunk: the one held back is now known not to be the last, so it can go. Its write
      // has copied it out by the time it resolves, so it becomes the next chunk to fill: two
      // buffers serve a whole upload, and nothing waits for the garbage collector.
      if (heldBack) await write(n++, heldBack);
      const spare = heldBack;
      heldBack = filling;
      filling = spare ?? Buffer.allocUnsafe(chunkSize);
      filled = 0;
    }
  }
  signal?.throwIfAborted();
  let last: { n: number; data: Buffer } | undefined;
  if (filled > 0) {
    if (heldBack) await write(n++, heldBack);
    last = { n, data: filling.subarray(0, filled) };
  } else if (heldBack) {
    last = { n, data: heldBack };
  }
  return { totals: { size, sha256: hash.digest('hex') }, last };
}

/** The upload protocol on a sink: nothing of a failed upload is left once it rejects. */
export async function uploadThroughSink(
  sink: BlobSink,
  content: Readable,
  { id = randomUUID(), maxBytes, signal }: BlobUploadOptions,
  chunkSize = BLOB_CHUNK_SIZE,
): Promise<StoredBlob> {
  if (signal?.aborted) {
    content.destroy();
    throw signal.reason;
  }
  // Refused before a byte is read: a taken id must not cost the client its whole upload.
  await sink.begin(id);
  try {
    const { totals, last } = await cutIntoChunks(content, { maxBytes, chunkSize, signal }, (n, data) => sink.writeChunk(id, n, data));
    await sink.finish(id, totals, last);
    return { id, ...totals };
  } catch (error) {
    content.destroy();
    // The original failure is what the caller needs; a failed removal is swept at the next start.
    await sink.remove([id]).catch(() => undefined);
    throw error;
  }
}

/** Blob storage over a sink and a reader; each backend supplies the two and its lifecycle. */
export function blobStorageOver(
  sink: BlobSink,
  reader: Pick<BlobStorage, 'download' | 'removeIncomplete'>,
  chunkSize = BLOB_CHUNK_SIZE,
): BlobStorage {
  return {
    upload: (content, options) => uploadThroughSink(sink, content, options, chunkSize),
    download: (id) => reader.download(id),
    delete: (ids) => (ids.length === 0 ? Promise.resolve() : sink.remove(ids)),
    removeIncomplete: (olderThanMs) => reader.removeIncomplete(olderThanMs),
  };
}
