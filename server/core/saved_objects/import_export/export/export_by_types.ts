/**
 * A type export: every object of the types in the space (matching `search` and
 * `hasReference` when given), read through a point-in-time finder by id ascending. The total
 * is counted first, so an export past `maxImportExportSize` fails before it reads anything.
 */
import type { Readable } from 'node:stream';
import type { FinderOptions, SavedObject, SortClause } from '../../types';
import { CollectionOverflow } from './collect_objects';
import { exportSizeExceeded } from './export_error';
import { exportStream, newCollector, prepareChunk, single, type ExportSession } from './export_session';
import { byIdAscending } from './sort_objects';
import { streamPages } from './stream_pages';
import type { ExportPlan } from './validate_export';

type TypesPlan = Extract<ExportPlan, { kind: 'types' }>;

const BY_ID: SortClause[] = [{ field: 'id', order: 'asc' }];

/**
 * The find of the plan. A search looks in the types' `defaultSearchField`s when every type
 * names one (the management page's search is a title search), else in all their text fields.
 */
export function typeFinderOptions(session: ExportSession, plan: TypesPlan): FinderOptions {
  const options: FinderOptions = { type: plan.types.map((type) => type.name), namespace: session.context.namespace };
  if (plan.search !== undefined) {
    options.search = plan.search;
    const fields = plan.types.map((type) => type.management?.defaultSearchField);
    if (fields.every((field): field is string => typeof field === 'string')) options.searchFields = [...new Set(fields)];
  }
  if (plan.hasReference) {
    options.hasReference = plan.hasReference;
    options.hasReferenceOperator = 'OR';
  }
  return options;
}

export async function exportByTypes(session: ExportSession, plan: TypesPlan): Promise<Readable> {
  const find = typeFinderOptions(session, plan);
  const max = session.deps.limits.maxImportExportSize;
  const { total } = await session.deps.repository.find({ ...find, perPage: 0 });
  if (total > max) throw exportSizeExceeded(max);
  if (total <= session.inMemoryLimit) {
    const whole = await exportWhole(session, find);
    if (whole) return whole;
  }
  session.deps.logger.debug(`Exporting ${total} objects of [${plan.types.map((t) => t.name).join(', ')}] page by page`);
  return streamPages(session, pagesOf(session, find), byIdAscending);
}

/** Kibana's way, for exports that fit in memory; undefined when what they bring does not fit. */
async function exportWhole(session: ExportSession, find: FinderOptions): Promise<Readable | undefined> {
  const roots: SavedObject[] = [];
  const source = pagesOf(session, find);
  try {
    for (let page = await source.next(); page !== undefined; page = await source.next()) {
      for (const object of page) roots.push(object);
      // Written meanwhile: past the limit, the export goes page by page after all.
      if (roots.length > session.inMemoryLimit) return undefined;
    }
  } finally {
    await source.close();
  }
  const collector = newCollector(session);
  let collected: SavedObject[];
  try {
    collected = await collector.collect(roots, session.inMemoryLimit);
  } catch (error) {
    if (error instanceof CollectionOverflow) return undefined;
    throw error;
  }
  const documents = await prepareChunk(session, collected, byIdAscending);
  return exportStream(session, single(documents), collector);
}

/** Finder pages by id ascending, failing once more than the limit were read (objects written since the count). */
function pagesOf(session: ExportSession, find: FinderOptions) {
  const finder = session.deps.repository.createPointInTimeFinder({ ...find, perPage: session.pageSize, sort: BY_ID });
  const pages = finder.find();
  const max = session.deps.limits.maxImportExportSize;
  let read = 0;
  return {
    async next(): Promise<SavedObject[] | undefined> {
      const page = await pages.next();
      if (page.done) return undefined;
      read += page.value.saved_objects.length;
      if (read > max) throw exportSizeExceeded(max);
      return page.value.saved_objects;
    },
    close: () => finder.close(),
  };
}
