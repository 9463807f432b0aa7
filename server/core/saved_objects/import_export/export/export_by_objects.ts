/**
 * An objects export: the objects asked for, read in the space. Any that cannot be read fails
 * the export with Kibana's `Error fetching objects to export` listing each, before the first
 * byte. So does any the caller may not export: past the in-memory limit every object asked
 * for is read and authorized once up front, then read again page by page as it is written.
 */
import type { Readable } from 'node:stream';
import { isBulkItemError, type SavedObject, type SavedObjectBulkItemError } from '../../types';
import { authorizeExport } from './authorize_export';
import { CollectionOverflow } from './collect_objects';
import { objectFetchError } from './export_error';
import { exportStream, newCollector, prepareChunk, single, type ExportSession } from './export_session';
import { objectKey, preservedOrder, type Keyed } from './sort_objects';
import { streamPages } from './stream_pages';
import type { ExportPlan } from './validate_export';

type ObjectsPlan = Extract<ExportPlan, { kind: 'objects' }>;

export async function exportByObjects(session: ExportSession, plan: ObjectsPlan): Promise<Readable> {
  const requested = uniqueObjects(plan.objects);
  const order = preservedOrder(requested);
  if (requested.length <= session.inMemoryLimit) {
    const { found, errors } = await read(session, requested);
    if (errors.length > 0) throw objectFetchError(errors);
    const collector = newCollector(session);
    try {
      const collected = await collector.collect(found, session.inMemoryLimit);
      const documents = await prepareChunk(session, collected, order);
      return exportStream(session, single(documents), collector);
    } catch (error) {
      if (!(error instanceof CollectionOverflow)) throw error;
    }
  }
  await checkUpFront(session, requested);
  session.deps.logger.debug(`Exporting ${requested.length} objects page by page`);
  let start = 0;
  const source = {
    async next(): Promise<SavedObject[] | undefined> {
      if (start >= requested.length) return undefined;
      const chunk = requested.slice(start, start + session.pageSize);
      start += chunk.length;
      const { found, errors } = await read(session, chunk);
      // Deleted since the check: the export can no longer be the one asked for.
      if (errors.length > 0) throw objectFetchError(errors);
      return found;
    },
    close: async () => undefined,
  };
  return streamPages(session, source, order);
}

/** Every object asked for exists and may be exported (the objects their hooks bring are checked per page). */
async function checkUpFront(session: ExportSession, requested: Keyed[]): Promise<void> {
  const errors: SavedObjectBulkItemError[] = [];
  for (let start = 0; start < requested.length; start += session.pageSize) {
    const { found, errors: chunkErrors } = await read(session, requested.slice(start, start + session.pageSize));
    errors.push(...chunkErrors);
    await authorizeExport(session.deps.registry, session.context, found);
  }
  if (errors.length > 0) throw objectFetchError(errors);
}

async function read(session: ExportSession, objects: Keyed[]): Promise<{ found: SavedObject[]; errors: SavedObjectBulkItemError[] }> {
  const found: SavedObject[] = [];
  const errors: SavedObjectBulkItemError[] = [];
  for (let start = 0; start < objects.length; start += session.pageSize) {
    const chunk = objects.slice(start, start + session.pageSize);
    const { saved_objects: results } = await session.deps.repository.bulkGet(chunk, { namespace: session.context.namespace });
    results.forEach((result, i) => {
      if (isBulkItemError(result)) errors.push({ type: chunk[i].type, id: chunk[i].id, error: result.error });
      else found.push(result);
    });
  }
  return { found, errors };
}

/** The first mention of each object, in the order asked. */
function uniqueObjects(objects: Keyed[]): Keyed[] {
  const seen = new Set<string>();
  return objects.filter((object) => {
    const key = objectKey(object);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
