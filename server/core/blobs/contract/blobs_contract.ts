/**
 * The blob service's contract, run by every backend (SQLite, Elasticsearch on an in-memory fake,
 * and a real cluster when one is configured). It speaks BlobStorage plus the backend's sink for
 * one thing only: leaving an upload half-written, as a crash would.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BlobSink } from '../chunked_upload';
import { BlobExistsError, BlobTooLargeError, type BlobsBackend } from '../types';

/** What the contract runs on; `leftovers` counts every stored row or document, for "nothing left". */
export interface BlobsContractEnv {
  blobs: BlobsBackend & { sink: BlobSink };
  chunkSize: number;
  leftovers(): Promise<number>;
  stop?(): Promise<void>;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The content in uneven pieces, so chunk boundaries fall mid-piece. */
function piecewise(data: Buffer, pieceSize = 7_001): Readable {
  const pieces: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += pieceSize) pieces.push(data.subarray(offset, offset + pieceSize));
  return Readable.from(pieces, { objectMode: false });
}

async function readAll(content: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of content) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** A stream that sends `data`, then stalls until destroyed (a client gone quiet). */
function stalling(data: Buffer): Readable {
  const stream = new Readable({ read() {} });
  stream.push(data);
  return stream;
}

export function blobsContract(name: string, makeEnv: () => Promise<BlobsContractEnv>): void {
  describe(`blobs contract: ${name}`, () => {
    let env: BlobsContractEnv;
    beforeAll(async () => {
      env = await makeEnv();
      await env.blobs.start();
    });
    afterAll(async () => {
      await env.blobs.close();
      await env.stop?.();
    });

    const expectNothingOf = async (id: string, before: number) => {
      expect(await env.blobs.download(id)).toBeUndefined();
      expect(await env.leftovers()).toBe(before);
      // The id is free again: no row, metadata or chunk of it survived.
      const again = await env.blobs.upload(piecewise(Buffer.from('x')), { id, maxBytes: 10 });
      await env.blobs.delete([again.id]);
    };

    it.each([
      ['0 B', () => 0],
      ['1 B', () => 1],
      ['exactly one chunk', () => env.chunkSize],
      ['several chunks and a remainder', () => env.chunkSize * 3 + 17],
    ])('stores and streams back %s with its size and SHA-256', async (_label, sizeOf) => {
      const data = randomBytes(sizeOf());
      const stored = await env.blobs.upload(piecewise(data), { maxBytes: data.length });
      expect(stored).toEqual({ id: expect.any(String), size: data.length, sha256: sha256(data) });
      const got = await env.blobs.download(stored.id);
      expect(got?.size).toBe(data.length);
      expect((await readAll(got!.content)).equals(data)).toBe(true);
      await env.blobs.delete([stored.id]);
    });

    it('keeps the id it was given and refuses a second blob under it', async () => {
      const id = randomUUID();
      const data = randomBytes(env.chunkSize + 5);
      await env.blobs.upload(piecewise(data), { id, maxBytes: data.length });
      await expect(env.blobs.upload(piecewise(Buffer.from('other')), { id, maxBytes: 100 })).rejects.toBeInstanceOf(BlobExistsError);
      expect((await readAll((await env.blobs.download(id))!.content)).equals(data)).toBe(true);
      await env.blobs.delete([id]);
    });

    it('refuses a blob one byte past maxBytes and keeps nothing of it', async () => {
      const before = await env.leftovers();
      const id = randomUUID();
      const data = randomBytes(env.chunkSize * 2 + 1);
      await expect(env.blobs.upload(piecewise(data), { id, maxBytes: data.length - 1 })).rejects.toBeInstanceOf(BlobTooLargeError);
      await expectNothingOf(id, before);
    });

    it('accepts a blob of exactly maxBytes', async () => {
      const data = randomBytes(env.chunkSize + 1);
      const stored = await env.blobs.upload(piecewise(data), { maxBytes: data.length });
      expect(stored.size).toBe(data.length);
      await env.blobs.delete([stored.id]);
    });

    it('keeps nothing of an upload aborted mid-stream', async () => {
      const before = await env.leftovers();
      const id = randomUUID();
      const controller = new AbortController();
      const source = stalling(randomBytes(env.chunkSize * 2 + 3));
      const upload = env.blobs.upload(source, { id, maxBytes: env.chunkSize * 10, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(upload).rejects.toThrow();
      expect(source.destroyed).toBe(true);
      await expectNothingOf(id, before);
    });

    it('keeps nothing of an upload whose source fails', async () => {
      const before = await env.leftovers();
      const id = randomUUID();
      const source = stalling(randomBytes(env.chunkSize * 2 + 3));
      const upload = env.blobs.upload(source, { id, maxBytes: env.chunkSize * 10 });
      setTimeout(() => source.destroy(new Error('client went away')), 50);
      await expect(upload).rejects.toThrow('client went away');
      await expectNothingOf(id, before);
    });

    it('deletes blobs, and deleting an unknown id is not an error', async () => {
      const before = await env.leftovers();
      const a = await env.blobs.upload(piecewise(randomBytes(env.chunkSize + 9)), { maxBytes: env.chunkSize * 2 });
      const b = await env.blobs.upload(piecewise(randomBytes(3)), { maxBytes: 3 });
      await env.blobs.delete([a.id, b.id, randomUUID()]);
      expect(await env.blobs.download(a.id)).toBeUndefined();
      expect(await env.blobs.download(b.id)).toBeUndefined();
      expect(await env.leftovers()).toBe(before);
      await env.blobs.delete([]);
    });

    it('downloads an unknown id as undefined', async () => {
      expect(await env.blobs.download(randomUUID())).toBeUndefined();
    });

    it('removes what a crashed upload left, once older than asked, and never a complete blob', async () => {
      const kept = await env.blobs.upload(piecewise(randomBytes(env.chunkSize + 1)), { maxBytes: env.chunkSize * 2 });
      const before = await env.leftovers();
      const id = randomUUID();
      // A crash after two chunks: the blob declared and its chunks durable, never finished.
      await env.blobs.sink.begin(id);
      await env.blobs.sink.writeChunk(id, 0, randomBytes(env.chunkSize));
      await env.blobs.sink.writeChunk(id, 1, randomBytes(env.chunkSize));
      expect(await env.blobs.download(id)).toBeUndefined();
      expect(await env.blobs.removeIncomplete(60_000)).toBe(0);
      expect(await env.leftovers()).toBeGreaterThan(before);
      expect(await env.blobs.removeIncomplete(0)).toBe(1);
      expect(await env.leftovers()).toBe(before);
      expect((await env.blobs.download(kept.id))?.size).toBe(kept.size);
      await expectNothingOf(id, before);
      await env.blobs.delete([kept.id]);
    });

    it('keeps concurrent uploads apart', async () => {
      const datas = [randomBytes(env.chunkSize * 2 + 1), randomBytes(env.chunkSize + 2), randomBytes(5)];
      const stored = await Promise.all(datas.map((data) => env.blobs.upload(piecewise(data, 4_093), { maxBytes: data.length })));
      for (const [i, blob] of stored.entries()) {
        expect((await readAll((await env.blobs.download(blob.id))!.content)).equals(datas[i])).toBe(true);
      }
      await env.blobs.delete(stored.map((blob) => blob.id));
    });
  });
}
