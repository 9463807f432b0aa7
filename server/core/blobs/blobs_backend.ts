/**
 * Which backend holds blobs: the cluster's `.kibana_blob_storage` index when saved objects live
 * in Elasticsearch (where Kibana's Files plugin keeps them), otherwise a SQLite file of its own
 * beside the saved objects' one.
 */
import type { Client } from '@elastic/elasticsearch';
import { createElasticsearchBlobs } from './elasticsearch/elasticsearch_blobs';
import { createSqliteBlobs } from './sqlite/sqlite_blobs';
import type { BlobsBackend } from './types';

export interface BlobsBackendOptions {
  elasticsearch?: Client;
  sqlitePath: string;
}

export function createBlobsBackend(options: BlobsBackendOptions): BlobsBackend {
  if (options.elasticsearch) return createElasticsearchBlobs({ client: options.elasticsearch });
  return createSqliteBlobs({ path: options.sqlitePath });
}

/** `cases.sqlite` → `cases-blobs.sqlite`. */
export const blobsFileName = (dataFileName: string): string => `${dataFileName.replace(/\.sqlite$/, '')}-blobs.sqlite`;
