/**
 * Which backend holds the documents: the cluster's real indices when saved objects live in
 * Elasticsearch (so alerts an Elastic Security deployment wrote are the ones read), otherwise
 * a SQLite file beside the saved objects' one.
 */
import type { Client } from '@elastic/elasticsearch';
import type { Logger } from '../logging/types';
import { createElasticsearchDocumentsBackend } from './elasticsearch/elasticsearch_documents';
import { createSqliteDocumentsBackend } from './sqlite/sqlite_documents';
import type { DocumentsBackend } from './types';

export interface DocumentsBackendOptions {
  elasticsearch?: Client;
  sqlitePath: string;
  readWorkers?: number;
  queryTimeoutMs?: number;
  logger: Logger;
}

export function createDocumentsBackend(options: DocumentsBackendOptions): DocumentsBackend {
  if (options.elasticsearch) return createElasticsearchDocumentsBackend({ client: options.elasticsearch, logger: options.logger });
  return createSqliteDocumentsBackend({
    path: options.sqlitePath,
    readWorkers: options.readWorkers,
    queryTimeoutMs: options.queryTimeoutMs,
    logger: options.logger,
  });
}
