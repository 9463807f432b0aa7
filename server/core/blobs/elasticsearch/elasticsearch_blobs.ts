/**
 * Blobs on Elasticsearch, in Kibana's Files plugin layout: index `.kibana_blob_storage`, one
 * document per chunk with id `<blobId>.<n>` and `{ data, bid, last? }` (`data` a binary field,
 * base64 in JSON). Kibana learns a blob's size from the file's metadata saved object; the platform
 * keeps bytes only, so a metadata document `<blobId>` in the same index (`bid`, size, sha256,
 * complete, created) tells a download the size and that the blob is whole, and lets the start
 * sweep find uploads a crash interrupted.
 *
 * Reads and deletes go by id (real-time: no refresh, no `maintenance` privilege); only the start
 * sweep searches, for unfinished metadata documents. Each chunk is its own request: a write is
 * durable once acknowledged.
 */
import { Readable } from 'node:stream';
import type { Client } from '@elastic/elasticsearch';
import { blobStorageOver, BLOB_CHUNK_SIZE, type BlobSink } from '../chunked_upload';
import { BlobExistsError, type BlobsBackend } from '../types';

export const BLOB_STORAGE_INDEX = '.kibana_blob_storage';
const DELETE_BATCH = 16;

export interface ElasticsearchBlobsOptions {
  client: Client;
  /** Tests on a shared cluster use an index of their own. */
  index?: string;
  chunkSize?: number;
  now?: () => number;
}

interface ChunkSource {
  data: string;
  bid: string;
  last?: boolean;
}

interface MetadataSource {
  bid: string;
  size: number;
  sha256: string;
  complete: boolean;
  created: string;
}

const INDEX_BODY = {
  settings: { number_of_shards: 1, auto_expand_replicas: '0-1' },
  mappings: {
    dynamic: false as const,
    properties: {
      data: { type: 'binary' as const },
      bid: { type: 'keyword' as const, index: false },
      last: { type: 'boolean' as const, index: false },
      complete: { type: 'boolean' as const },
      created: { type: 'date' as const },
    },
  },
};

const statusOf = (error: unknown): number | undefined => (error as { meta?: { statusCode?: number } }).meta?.statusCode;
const isAlreadyExists = (error: unknown): boolean =>
  statusOf(error) === 400 && JSON.stringify((error as { meta?: { body?: unknown } }).meta?.body ?? '').includes('resource_already_exists_exception');

export function createElasticsearchBlobs(options: ElasticsearchBlobsOptions): BlobsBackend & { sink: BlobSink } {
  const { client, index = BLOB_STORAGE_INDEX, chunkSize = BLOB_CHUNK_SIZE, now = Date.now } = options;
  let created: Promise<void> | undefined;
  // Created on first upload, as Kibana does; a failed attempt is retried by the next one.
  const ensureIndex = () =>
    (created ??= client.indices.create({ index, ...INDEX_BODY }).then(
      () => undefined,
      (error: unknown) => {
        // Made by Kibana (or an earlier run): the metadata fields the sweep searches are added.
        if (isAlreadyExists(error)) {
          const { complete, created } = INDEX_BODY.mappings.properties;
          return client.indices.putMapping({ index, properties: { complete, created } }).then(() => undefined);
        }
        created = undefined;
        throw error;
      },
    ));
  const indexExists = async () => (await client.indices.exists({ index })) === true;

  // By id, never by query: gets and deletes by id are real-time, so nothing waits for (or needs
  // the privilege of) a refresh. A blob's chunks are numbered from 0 with no gap (written in
  // order), so deleting batch after batch until one holds a missing id removes them all, whether
  // the blob was finished or a crash cut it short.
  const removeOne = async (id: string) => {
    const answer = await client.bulk({ operations: [{ delete: { _index: index, _id: id } }] });
    if (answer.errors && answer.items.some((item) => item.delete?.status !== 404)) throw new Error(`Could not delete blob [${id}]`);
    for (let first = 0; ; first += DELETE_BATCH) {
      const operations = Array.from({ length: DELETE_BATCH }, (_, i) => ({ delete: { _index: index, _id: `${id}.${first + i}` } }));
      const result = await client.bulk({ operations });
      const statuses = result.items.map((item) => item.delete?.status);
      if (statuses.some((status) => status !== 200 && status !== 404)) throw new Error(`Could not delete the chunks of blob [${id}]`);
      if (statuses.includes(404)) return;
    }
  };
  const removeByBid = async (ids: string[]) => {
    if (!(await indexExists())) return;
    for (const id of ids) await removeOne(id);
  };

  const sink: BlobSink = {
    async begin(id) {
      await ensureIndex();
      const document: MetadataSource = { bid: id, size: 0, sha256: '', complete: false, created: new Date(now()).toISOString() };
      try {
        await client.create({ index, id, document });
      } catch (error) {
        if (statusOf(error) === 409) throw new BlobExistsError(id);
        throw error;
      }
    },
    async writeChunk(id, n, data) {
      await client.create<ChunkSource>({ index, id: `${id}.${n}`, document: { data: data.toString('base64'), bid: id } });
    },
    async finish(id, { size, sha256 }, last) {
      if (last) await client.create<ChunkSource>({ index, id: `${id}.${last.n}`, document: { data: last.data.toString('base64'), bid: id, last: true } });
      await client.update<MetadataSource>({ index, id, doc: { size, sha256, complete: true } });
    },
    remove: removeByBid,
  };

  const getSource = async <T>(id: string, includes: string[]): Promise<T | undefined> => {
    const got = await client.get<T>({ index, id, _source_includes: includes }, { ignore: [404] });
    return got.found ? got._source : undefined;
  };

  function chunkStream(id: string, size: number): Readable {
    async function* chunks() {
      let sent = 0;
      for (let n = 0; sent < size; n++) {
        const chunk = await getSource<ChunkSource>(`${id}.${n}`, ['data', 'last']);
        if (!chunk) throw new Error(`Blob [${id}] lost chunk ${n} while being read`);
        const data = Buffer.from(chunk.data, 'base64');
        sent += data.length;
        yield data;
        if (chunk.last) break;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  const storage = blobStorageOver(
    sink,
    {
      async download(id) {
        if (!(await indexExists())) return undefined;
        const meta = await getSource<MetadataSource>(id, ['size', 'complete']);
        return meta?.complete ? { size: meta.size, content: chunkStream(id, meta.size) } : undefined;
      },
      async removeIncomplete(olderThanMs) {
        if (!(await indexExists())) return 0;
        // What a crash left is a minute old and long searchable; the refresh only helps a sweep
        // of younger uploads, and a user without the `maintenance` privilege goes without it.
        await client.indices.refresh({ index }).catch(() => undefined);
        const cutoff = new Date(now() - olderThanMs).toISOString();
        const found = await client.search<MetadataSource>({
          index,
          size: 10_000,
          _source: ['bid'],
          query: { bool: { filter: [{ term: { complete: false } }, { range: { created: { lte: cutoff } } }] } },
        });
        const ids = found.hits.hits.map((hit) => hit._source?.bid).filter((bid): bid is string => typeof bid === 'string');
        if (ids.length > 0) await removeByBid(ids);
        return ids.length;
      },
    },
    chunkSize,
  );

  return {
    name: 'elasticsearch',
    // The index waits for the first upload; the client belongs to the saved-objects backend.
    start: async () => undefined,
    close: async () => undefined,
    ...storage,
    sink,
  };
}
