/**
 * What every export shares once its request is valid: the collector, the step that turns a
 * chunk of collected objects into the lines it writes (sorted, authorized, converted), and the
 * stream that writes chunks as they come and the details line last.
 *
 * Small exports (up to `inMemoryLimit` objects, 10,000 by default) are one chunk: Kibana's
 * order exactly, and every check (authorization included) done before the first byte. Larger
 * ones are written page by page (stream_pages.ts) so memory stays bounded.
 */
import type { Readable } from 'node:stream';
import type { SavedObject } from '../../types';
import { toExchangeDocument } from '../document_stamps';
import type { ExchangeDeps } from '../exchange_deps';
import type { ExchangeDocument, ExchangeRequestContext, ExportDetails } from '../types';
import { authorizeExport } from './authorize_export';
import { ExportCollector } from './collect_objects';
import { ndjsonStream } from './ndjson_stream';
import { referencesFirst, type Keyed } from './sort_objects';
import type { ExporterOptions } from './validate_export';

export interface ExportSession {
  deps: ExchangeDeps;
  options: ExporterOptions;
  context: ExchangeRequestContext;
  /** Exports of at most this many objects are sorted as Kibana sorts them, whole. */
  inMemoryLimit: number;
  /** Objects read per finder page or bulkGet call. */
  pageSize: number;
}

export type Order = (a: Keyed, b: Keyed) => number;

export const newCollector = (session: ExportSession): ExportCollector =>
  new ExportCollector({
    registry: session.deps.registry,
    repository: session.deps.repository,
    logger: session.deps.logger,
    context: session.context,
    includeReferencesDeep: session.options.includeReferencesDeep === true,
  });

/** Objects in export order (`order`, then references first), authorized, as documents. Throws 403 when one is refused. */
export async function prepareChunk(session: ExportSession, objects: SavedObject[], order: Order): Promise<ExchangeDocument[]> {
  const sorted = referencesFirst([...objects].sort(order));
  await authorizeExport(session.deps.registry, session.context, sorted);
  const conversion = { namespace: session.context.namespace };
  return sorted.map((object) => {
    const type = session.deps.registry.getType(object.type);
    // The collector keeps only objects of registered types.
    if (!type) throw new Error(`Saved object type [${object.type}] is not registered`);
    return toExchangeDocument(object, type, conversion);
  });
}

/** The NDJSON of `chunks`, then (unless excluded) the details of what was written. */
export function exportStream(session: ExportSession, chunks: AsyncIterable<ExchangeDocument[]>, collector: ExportCollector): Readable {
  async function* withDetails(): AsyncGenerator<unknown[]> {
    let exportedCount = 0;
    for await (const documents of chunks) {
      exportedCount += documents.length;
      yield documents;
    }
    if (session.options.excludeExportDetails === true) return;
    const missingReferences = collector.missingReferences();
    const details: ExportDetails = {
      exportedCount,
      missingRefCount: missingReferences.length,
      missingReferences,
      excludedObjectsCount: 0,
      excludedObjects: [],
    };
    yield [details];
  }
  return ndjsonStream(withDetails());
}

/** One chunk prepared up front, as an async iterable. */
export async function* single(documents: ExchangeDocument[]): AsyncGenerator<ExchangeDocument[]> {
  yield documents;
}
