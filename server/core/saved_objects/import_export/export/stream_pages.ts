/**
 * Exports larger than the in-memory limit, written page by page. Kibana sorts a whole export
 * in memory; past 10,000 objects we do not, and the order is instead, deterministically:
 * pages in the order they are read (a type export: ids ascending across its types; an
 * objects export: the order asked for), and within a page, the page's objects together with
 * what their hooks and references bring that no earlier page brought, sorted as Kibana sorts
 * (ids ascending, or the order asked for then ids) with references first. A reference to an
 * object a later page holds is written with the earlier page, and not again.
 *
 * The first page is read, collected and authorized before the stream is handed back, so a
 * refused or failing first page is a clean 4xx. A later page that fails (a refused object, a
 * hook that throws) destroys the stream with that error: the client sees a cut body, never a
 * short one passed off as whole. Only the keys of written objects outlive their page.
 */
import type { Readable } from 'node:stream';
import type { SavedObject } from '../../types';
import type { ExchangeDocument } from '../types';
import { exportStream, newCollector, prepareChunk, type ExportSession, type Order } from './export_session';

export interface PageSource {
  /** The next page of objects asked for, or undefined at the end. */
  next(): Promise<SavedObject[] | undefined>;
  /** Releases what reading holds (a point-in-time); called once, however the export ends. */
  close(): Promise<void>;
}

export async function streamPages(session: ExportSession, source: PageSource, order: Order): Promise<Readable> {
  const collector = newCollector(session);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await source.close();
  };

  const nextChunk = async (): Promise<ExchangeDocument[] | undefined> => {
    for (;;) {
      const page = await source.next();
      if (page === undefined) return undefined;
      const collected = await collector.collect(page);
      // Every object of the page went out with an earlier one: nothing to write for it.
      if (collected.length > 0) return prepareChunk(session, collected, order);
    }
  };

  let first: ExchangeDocument[] | undefined;
  try {
    first = await nextChunk();
  } catch (error) {
    await close();
    throw error;
  }

  async function* chunks(): AsyncGenerator<ExchangeDocument[]> {
    let chunk = first;
    first = undefined; // the stream holds one page at a time, the first one included
    try {
      while (chunk !== undefined) {
        yield chunk;
        chunk = await nextChunk();
      }
    } finally {
      await close();
    }
  }

  const stream = exportStream(session, chunks(), collector);
  // A stream destroyed before it was read never enters the generator's `finally`.
  stream.once('close', () => {
    close().catch((error: unknown) => session.deps.logger.warn({ err: error }, 'Closing an export reader failed'));
  });
  return stream;
}
