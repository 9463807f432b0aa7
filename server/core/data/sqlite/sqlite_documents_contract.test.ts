/**
 * The documents contract on SQLite: a file, `:memory:`, and a file whose searches run on read
 * workers. Then what only this backend has: facet rows and values rows kept in step by the
 * set-wise field changes, and removal across an index through the values index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentsContract } from '../contract/documents_contract';
import { createSqliteDocumentsBackend } from './sqlite_documents';

const dir = mkdtempSync(join(tmpdir(), 'documents-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

documentsContract('sqlite file', () => createSqliteDocumentsBackend({ path: join(dir, 'documents.sqlite') }));
documentsContract('sqlite :memory:', () => createSqliteDocumentsBackend({ path: ':memory:' }));
documentsContract('sqlite with read workers', () => createSqliteDocumentsBackend({ path: join(dir, 'documents-pool.sqlite'), readWorkers: 2 }));
