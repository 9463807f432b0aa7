/**
 * The blob service: file contents, chunked, on the same two backends as saved objects (DESIGN.md's
 * `blobs/`). A plugin keeps the metadata of a file where it likes (cases keep it in a `.files`
 * attachment); the service keeps only bytes, under an id it hands back, with their size and
 * SHA-256. Contents stream in and out: a blob is never held whole in memory, whatever its size.
 *
 * On Elasticsearch the chunks are documents of a data index, as Kibana's Files plugin writes them
 * (`<blobId>.<n>`, `{ data, bid, last }`). In the embedded store they live in a SQLite file of their
 * own beside the saved objects' one, so a 100 MiB upload never queues the writes of cases.
 */
import type { Readable } from 'node:stream';

export interface BlobUploadOptions {
  /**
   * The blob's id, when the caller named it beforehand (a file's metadata written first, as
   * Kibana's Files plugin does, so a sweep after a crash finds what to remove). A random UUID
   * otherwise. An id already holding a complete blob is refused.
   */
  id?: string;
  /** Stops the upload with `BlobTooLargeError` as soon as more bytes than this have arrived. */
  maxBytes: number;
  /** Aborts the upload (the client went away): the partial blob is removed and the promise rejects. */
  signal?: AbortSignal;
}

/** What a finished upload stored: the blob is complete and durable when this resolves. */
export interface StoredBlob {
  id: string;
  /** Bytes stored. */
  size: number;
  /** Lowercase hex SHA-256 of the content. */
  sha256: string;
}

export interface BlobStorage {
  /**
   * Streams `content` into a new blob. Resolves once every chunk is durable; rejects (and leaves
   * nothing behind) when the stream errors, the signal aborts, or `maxBytes` is passed.
   */
  upload(content: Readable, options: BlobUploadOptions): Promise<StoredBlob>;
  /** The content, streamed chunk by chunk; undefined when no complete blob has this id. */
  download(id: string): Promise<{ size: number; content: Readable } | undefined>;
  /** Removes a blob; removing one that does not exist is not an error. Resolves once durable. */
  delete(ids: string[]): Promise<void>;
  /**
   * Removes what an upload interrupted by a crash left behind (chunks without a finished blob),
   * older than `olderThanMs`. Run at start; returns how many partial blobs were removed.
   */
  removeIncomplete(olderThanMs: number): Promise<number>;
}

/** Rejected when an upload passes its `maxBytes`; routes answer 413. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Maximum of ${maxBytes} bytes exceeded`);
    this.name = 'BlobTooLargeError';
  }
}

/** Rejected when an upload names an id some blob (complete or still arriving) already holds. */
export class BlobExistsError extends Error {
  constructor(readonly id: string) {
    super(`A blob with id [${id}] already exists`);
    this.name = 'BlobExistsError';
  }
}

/** The backend a root builds: the service plus its lifecycle. */
export interface BlobsBackend extends BlobStorage {
  readonly name: 'sqlite' | 'elasticsearch';
  start(): Promise<void>;
  close(): Promise<void>;
}
