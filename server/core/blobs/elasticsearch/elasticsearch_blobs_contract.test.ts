/**
 * The blob contract on Elasticsearch: against an in-memory fake cluster always, and against a
 * real cluster when ELASTICSEARCH_HOSTS names one (its index unique per run, deleted after).
 * Then the layout Kibana's Files plugin reads: chunk documents `<id>.<n>` with base64 `data`,
 * `bid`, and `last` on the final one.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { createClusterClient, deleteIndicesAfterAll, onRealCluster } from '../../saved_objects/elasticsearch/__fixtures__/real_cluster';
import { blobsContract } from '../contract/blobs_contract';
import { BLOB_STORAGE_INDEX, createElasticsearchBlobs } from './elasticsearch_blobs';
import { fakeBlobCluster } from './__fixtures__/fake_blob_cluster';

const chunkSize = 32 * 1024;

blobsContract('elasticsearch (in-memory fake)', async () => {
  const { client, indices } = fakeBlobCluster();
  return {
    blobs: createElasticsearchBlobs({ client, chunkSize }),
    chunkSize,
    leftovers: async () => indices.get(BLOB_STORAGE_INDEX)?.size ?? 0,
  };
});

onRealCluster('blobs contract', () => {
  const client = createClusterClient();
  const index = `.test-blob-storage-${randomBytes(4).toString('hex')}`;
  deleteIndicesAfterAll(client, () => [index]);
  blobsContract('elasticsearch (real cluster)', async () => ({
    blobs: createElasticsearchBlobs({ client, index, chunkSize }),
    chunkSize,
    async leftovers() {
      if (!(await client.indices.exists({ index }))) return 0;
      await client.indices.refresh({ index });
      return (await client.count({ index })).count;
    },
  }));
});

describe('elasticsearch blobs layout', () => {
  it("writes Kibana's chunk documents and a metadata document, in a lazily created index", async () => {
    const { client, indices } = fakeBlobCluster();
    const blobs = createElasticsearchBlobs({ client, chunkSize });
    await blobs.start();
    expect(indices.size).toBe(0);
    const data = randomBytes(chunkSize + 3);
    const { id } = await blobs.upload(Readable.from([data]), { maxBytes: data.length });
    const docs = indices.get(BLOB_STORAGE_INDEX)!;
    expect([...docs.keys()].sort()).toEqual([id, `${id}.0`, `${id}.1`].sort());
    expect(docs.get(`${id}.0`)).toEqual({ data: data.subarray(0, chunkSize).toString('base64'), bid: id });
    expect(docs.get(`${id}.1`)).toEqual({ data: data.subarray(chunkSize).toString('base64'), bid: id, last: true });
    expect(docs.get(id)).toMatchObject({ bid: id, size: data.length, complete: true });
  });

  it('uses an index Kibana already made', async () => {
    const { client, indices } = fakeBlobCluster();
    indices.set(BLOB_STORAGE_INDEX, new Map([['kibanas.0', { data: 'AA==', bid: 'kibanas', last: true }]]));
    const blobs = createElasticsearchBlobs({ client, chunkSize });
    const { id } = await blobs.upload(Readable.from([Buffer.from('hello')]), { maxBytes: 5 });
    expect((await blobs.download(id))?.size).toBe(5);
    await blobs.delete([id]);
    expect([...indices.get(BLOB_STORAGE_INDEX)!.keys()]).toEqual(['kibanas.0']);
  });
});
