/**
 * Blobs in a SQLite file of their own (`<name>-blobs.sqlite` beside the saved objects' file).
 *
 * A blob is a row in `blobs` and its 1 MiB chunks in `blob_chunks`. The row is written first,
 * incomplete; each chunk then commits on its own, so a slow client never holds the write lock
 * across the network; the last chunk and `complete = 1` commit together. A crash mid-upload thus
 * leaves an incomplete row and its chunks, which `removeIncomplete` deletes at the next start,
 * and a delete is one transaction: no half-removed blob, no reference counts, no stray files.
 * Its own file keeps a 100 MiB upload's writes from queueing behind (or ahead of) the cases'.
 */
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { blobStorageOver, BLOB_CHUNK_SIZE, type BlobSink } from '../chunked_upload';
import { BlobExistsError, type BlobsBackend } from '../types';

type Db = InstanceType<typeof Database>;

export interface SqliteBlobsOptions {
  /** The file, or `:memory:` for tests. */
  path: string;
  /** Tests use small chunks to cross chunk boundaries cheaply. */
  chunkSize?: number;
  now?: () => number;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS blobs (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    complete INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS blob_chunks (
    blob_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (blob_id, n)
  );
  CREATE INDEX IF NOT EXISTS blobs_incomplete ON blobs (complete, created_at);
`;

function openBlobDatabase(path: string): Db {
  const db = new Database(path, { timeout: 10_000 });
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  // Chunk commits are not fsynced one by one: in WAL mode the fsync of a later commit covers every
  // frame written before it, so the commit that completes a blob (and every delete) runs with
  // FULL, and an acknowledged upload still survives a power loss, at one fsync per file instead of
  // one per MiB. A crash before that commit leaves an incomplete blob, removed at the next start.
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}

/** Runs a write transaction whose commit is fsynced, with every frame the WAL holds before it. */
function durably<A extends unknown[], R>(db: Db, transaction: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    db.pragma('synchronous = FULL');
    try {
      return transaction(...args);
    } finally {
      db.pragma('synchronous = NORMAL');
    }
  };
}

function sqliteSink(db: Db, now: () => number): BlobSink {
  const insertBlob = db.prepare('INSERT INTO blobs (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING');
  const insertChunk = db.prepare('INSERT INTO blob_chunks (blob_id, n, data) VALUES (?, ?, ?)');
  const completeBlob = db.prepare('UPDATE blobs SET complete = 1, size = ?, sha256 = ? WHERE id = ? AND complete = 0');
  const deleteChunks = db.prepare('DELETE FROM blob_chunks WHERE blob_id = ?');
  const deleteBlob = db.prepare('DELETE FROM blobs WHERE id = ?');
  const finish = durably(db, db.transaction((id: string, size: number, sha256: string, last?: { n: number; data: Buffer }) => {
    if (last) insertChunk.run(id, last.n, last.data);
    // Removed meanwhile (a concurrent delete): nothing may complete a blob that is gone.
    if (completeBlob.run(size, sha256, id).changes !== 1) throw new Error(`Blob [${id}] was removed during its upload`);
  }));
  const remove = durably(db, db.transaction((ids: string[]) => {
    for (const id of ids) {
      deleteChunks.run(id);
      deleteBlob.run(id);
    }
  }));
  return {
    begin: async (id) => {
      if (insertBlob.run(id, now()).changes !== 1) throw new BlobExistsError(id);
    },
    writeChunk: async (id, n, data) => void insertChunk.run(id, n, data),
    finish: async (id, { size, sha256 }, last) => finish(id, size, sha256, last),
    remove: async (ids) => remove(ids),
  };
}

/** Chunks read one at a time as the consumer pulls; a blob deleted mid-read errors the stream. */
function chunkStream(db: Db, id: string, size: number): Readable {
  const selectChunk = db.prepare<[string, number], { data: Buffer }>('SELECT data FROM blob_chunks WHERE blob_id = ? AND n = ?');
  async function* chunks() {
    let sent = 0;
    for (let n = 0; sent < size; n++) {
      const row = selectChunk.get(id, n);
      if (!row) throw new Error(`Blob [${id}] lost chunk ${n} while being read`);
      sent += row.data.length;
      yield row.data;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

export function createSqliteBlobs({ path, chunkSize = BLOB_CHUNK_SIZE, now = Date.now }: SqliteBlobsOptions): BlobsBackend & { sink: BlobSink } {
  let db: Db | undefined;
  let storage: ReturnType<typeof blobStorageOver> | undefined;
  let sink: BlobSink | undefined;
  const started = () => {
    if (!storage || !sink) throw new Error('The blob store is not started');
    return { storage, sink };
  };
  return {
    name: 'sqlite',
    async start() {
      db ??= openBlobDatabase(path);
      const database = db;
      sink = sqliteSink(database, now);
      storage = blobStorageOver(sink, {
        async download(id) {
          const row = database.prepare<[string], { size: number }>('SELECT size FROM blobs WHERE id = ? AND complete = 1').get(id);
          return row ? { size: row.size, content: chunkStream(database, id, row.size) } : undefined;
        },
        async removeIncomplete(olderThanMs) {
          return removeIncomplete(database, now() - olderThanMs);
        },
      }, chunkSize);
    },
    async close() {
      db?.close();
      db = undefined;
      storage = undefined;
      sink = undefined;
    },
    upload: async (content, options) => started().storage.upload(content, options),
    download: async (id) => started().storage.download(id),
    delete: async (ids) => started().storage.delete(ids),
    removeIncomplete: async (olderThanMs) => started().storage.removeIncomplete(olderThanMs),
    get sink() {
      return started().sink;
    },
  };
}

/** One transaction: incomplete blobs older than the cutoff, and any chunk whose blob row is gone. */
function removeIncomplete(db: Db, cutoff: number): number {
  return db.transaction(() => {
    const stale = db.prepare<[number], { id: string }>('SELECT id FROM blobs WHERE complete = 0 AND created_at <= ?').all(cutoff);
    const deleteChunks = db.prepare('DELETE FROM blob_chunks WHERE blob_id = ?');
    const deleteBlob = db.prepare('DELETE FROM blobs WHERE id = ?');
    for (const { id } of stale) {
      deleteChunks.run(id);
      deleteBlob.run(id);
    }
    db.prepare('DELETE FROM blob_chunks WHERE blob_id NOT IN (SELECT id FROM blobs)').run();
    return stale.length;
  })();
}
