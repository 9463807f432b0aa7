/**
 * The blob contract on SQLite, on a file (its rows counted through a second, read-only
 * connection), and what only this backend promises: the file survives a reopen, chunks are
 * 1 MiB rows, and WAL is on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { BLOB_CHUNK_SIZE } from '../chunked_upload';
import { blobsContract } from '../contract/blobs_contract';
import { createSqliteBlobs } from './sqlite_blobs';

const dir = mkdtempSync(join(tmpdir(), 'blobs-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function countRows(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const { n } = db.prepare<[], { n: number }>('SELECT (SELECT count(*) FROM blobs) + (SELECT count(*) FROM blob_chunks) AS n').get()!;
    return n;
  } finally {
    db.close();
  }
}

blobsContract('sqlite', async () => {
  const path = join(dir, 'contract-blobs.sqlite');
  const chunkSize = 64 * 1024;
  return { blobs: createSqliteBlobs({ path, chunkSize }), chunkSize, leftovers: async () => countRows(path) };
});

describe('sqlite blobs', () => {
  it('keeps a blob across a reopen, in 1 MiB chunk rows, with WAL on', async () => {
    const path = join(dir, 'reopen-blobs.sqlite');
    const data = Buffer.alloc(BLOB_CHUNK_SIZE * 2 + 10, 7);
    const first = createSqliteBlobs({ path });
    await first.start();
    const stored = await first.upload(Readable.from([data]), { maxBytes: data.length });
    await first.close();

    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const sizes = db.prepare<[string], { size: number }>('SELECT length(data) AS size FROM blob_chunks WHERE blob_id = ? ORDER BY n').all(stored.id);
    db.close();
    expect(sizes.map((row) => row.size)).toEqual([BLOB_CHUNK_SIZE, BLOB_CHUNK_SIZE, 10]);

    const second = createSqliteBlobs({ path });
    await second.start();
    const got = await second.download(stored.id);
    const parts: Buffer[] = [];
    for await (const part of got!.content) parts.push(part as Buffer);
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    await second.close();
  });

  it('refuses calls before start', async () => {
    const blobs = createSqliteBlobs({ path: ':memory:' });
    await expect(blobs.download('x')).rejects.toThrow('not started');
    await blobs.close();
  });
});
