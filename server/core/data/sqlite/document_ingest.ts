/**
 * Ingest: every document of a call in one write transaction of its own (writeAlone),
 * acknowledged once committed. Documents whose id is stored already are reported `exists` and
 * left alone. Saved objects' bulkCreate runs each item in a savepoint so a failing item undoes
 * only itself, and savepoints make SQLite journal every page they change (document_batches.ts);
 * here the one expected failure, a stored id, is known before anything is written (createOne
 * checks first), so no item needs one. Any other error fails the whole call, nothing kept.
 */
import { HttpError } from '../../errors';
import type { SqliteBackend } from '../../saved_objects/sqlite/sqlite_backend';
import { createOne, WriteTx } from '../../saved_objects/sqlite/write_ops';
import { writeAlone } from './document_batches';
import type { PreparedDocument } from '../document_input';

export async function ingest(backend: SqliteBackend, type: string, namespace: string, documents: PreparedDocument[]): Promise<Array<'created' | 'exists'>> {
  if (documents.length === 0) return [];
  const ctx = backend.context();
  const statuses = await writeAlone(ctx, () => {
    const tx = new WriteTx(ctx);
    return documents.map((document): 'created' | 'exists' => {
      try {
        createOne(tx, { type, id: document.id, attributes: document.document, namespace });
        return 'created';
      } catch (error) {
        if (error instanceof HttpError && error.statusCode === 409) return 'exists';
        throw error;
      }
    });
  });
  // Planner statistics refresh after large bulk writes, counted with the saved objects' own.
  backend.noteBulkWrite(documents.length);
  return statuses;
}
