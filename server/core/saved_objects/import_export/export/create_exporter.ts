/**
 * Kibana's saved-objects exporter on our platform (`POST /api/saved_objects/_export` and the
 * spaces' copy call it): checks the request, then hands back the NDJSON as a stream produced
 * while it is read. Everything that can refuse the request (bad options, the size limit,
 * missing objects, a hook error, authorization of what fits in memory) does so before the
 * stream is returned, as an HttpError.
 */
import type { Readable } from 'node:stream';
import type { ExchangeDeps } from '../exchange_deps';
import type { ExportOptions, SavedObjectsExporter } from '../types';
import { exportByObjects } from './export_by_objects';
import { exportByTypes } from './export_by_types';
import type { ExportSession } from './export_session';
import { validateExport, type ExporterOptions } from './validate_export';

/** Exports of at most this many objects are ordered exactly as Kibana orders them. */
export const IN_MEMORY_EXPORT_LIMIT = 10_000;
/** Objects read per finder page or bulkGet call. */
export const EXPORT_PAGE_SIZE = 250;

/** Test-only knobs: small limits reach the page-by-page path with little data. */
export interface ExporterTuning {
  inMemoryLimit?: number;
  pageSize?: number;
}

export function createExporter(deps: ExchangeDeps, tuning: ExporterTuning = {}): SavedObjectsExporter {
  const inMemoryLimit = tuning.inMemoryLimit ?? IN_MEMORY_EXPORT_LIMIT;
  const pageSize = tuning.pageSize ?? EXPORT_PAGE_SIZE;

  return {
    /** Also takes Kibana's `hasReference` (ExporterOptions), which narrows a type export. */
    async export(options: ExportOptions): Promise<Readable> {
      const plan = validateExport(options as ExporterOptions, deps.registry, deps.limits.maxImportExportSize);
      const session: ExportSession = {
        deps,
        options,
        context: { request: options.request, namespace: options.namespace },
        inMemoryLimit,
        pageSize,
      };
      return plan.kind === 'types' ? exportByTypes(session, plan) : exportByObjects(session, plan);
    },
  };
}
