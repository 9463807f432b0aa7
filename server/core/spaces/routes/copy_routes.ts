/**
 * Kibana's copy to space: `POST /api/spaces/_copy_saved_objects` and
 * `POST /api/spaces/_resolve_copy_saved_objects_errors`, called in the source space
 * (`/s/{id}/api/...`). For each destination, in request order, the objects are exported from
 * the source in-process and the stream imported into the destination: the export is read as
 * the import consumes it, once per destination, so no copy is ever held whole.
 *
 * Who may copy what is decided by each type's `authorize`, which the exporter asks in the
 * source and the importer in each destination; the routes only require a signed-in caller.
 * Answers are keyed by destination space id, with Kibana's four keys (`warnings` too when the
 * import has any: Kibana drops them here; our page shows the "Go to connectors" callout).
 *
 * Where Kibana differs: it imports into a space id that names no space, leaving objects no
 * space shows; we answer that space's entry with a 404 error body, the way Kibana's copy
 * answers a destination whose import failed as a whole.
 */
import type { Readable } from 'node:stream';
import { isHttpError, notFound, unauthorized, type ErrorBody } from '../../errors';
import type { IRouter, KibanaRequest, RouteOptions } from '../../http/types';
import { isExportError } from '../../saved_objects/import_export/export/export_error';
import type { ImportResponse, SavedObjectsExporter, SavedObjectsImporter } from '../../saved_objects/import_export/types';
import { copyBody, resolveCopyBody, type CopyOptions, type CopyRetry } from '../copy_codecs';

export const COPY_PATH = '/api/spaces/_copy_saved_objects';
export const RESOLVE_COPY_PATH = '/api/spaces/_resolve_copy_saved_objects_errors';

export interface CopyRouteDeps {
  exporter: SavedObjectsExporter;
  importer: SavedObjectsImporter;
  spaceExists(spaceId: string): Promise<boolean>;
}

/** One destination's answer: Kibana's import answer without what copy leaves out. */
export interface CopySpaceResult {
  success: boolean;
  successCount: number;
  successResults?: ImportResponse['successResults'];
  errors?: Array<NonNullable<ImportResponse['errors']>[number] | ErrorBody>;
  warnings?: ImportResponse['warnings'];
}

const options: RouteOptions = { access: 'public' };

/** Kibana's answer for a destination the import could not even start in. */
const failure = (error: ErrorBody): CopySpaceResult => ({ success: false, successCount: 0, errors: [error] });

const toResult = (response: ImportResponse): CopySpaceResult => ({
  success: response.success,
  successCount: response.successCount,
  ...(response.successResults && response.successResults.length > 0 ? { successResults: response.successResults } : {}),
  // A copy has no file: the line an error came from in the export streamed between spaces means nothing to the caller.
  ...(response.errors && response.errors.length > 0 ? { errors: response.errors.map(({ line: _line, ...error }) => error) } : {}),
  ...(response.warnings.length > 0 ? { warnings: response.warnings } : {}),
});

export function registerCopyRoutes(router: IRouter, deps: CopyRouteDeps): void {
  router.post({ path: COPY_PATH, validate: { body: copyBody }, options }, async (context, request, response) => {
    if (!context.user) throw unauthorized();
    const { spaces, overwrite, ...copy } = request.body;
    const actor = context.user;
    const body: Record<string, CopySpaceResult> = {};
    for (const destination of spaces) {
      body[destination] = await copyInto(deps, request, destination, copy, (file) =>
        deps.importer.import(file, {
          namespace: destination,
          request,
          overwrite,
          createNewCopies: copy.createNewCopies,
          compatibilityMode: copy.compatibilityMode,
          actor,
        }),
      );
    }
    return response.ok({ body });
  });

  router.post({ path: RESOLVE_COPY_PATH, validate: { body: resolveCopyBody }, options }, async (context, request, response) => {
    if (!context.user) throw unauthorized();
    const { retries, ...copy } = request.body;
    const actor = context.user;
    const body: Record<string, CopySpaceResult> = {};
    for (const [destination, spaceRetries] of Object.entries(retries)) {
      // As Kibana: a copy never rewrites references by hand; the retries only pick what to overwrite.
      const withoutReplacements = spaceRetries.map((retry: CopyRetry) => ({ ...retry, replaceReferences: [] }));
      body[destination] = await copyInto(deps, request, destination, copy, (file) =>
        deps.importer.resolveImportErrors(file, withoutReplacements, {
          namespace: destination,
          request,
          createNewCopies: copy.createNewCopies,
          compatibilityMode: copy.compatibilityMode,
          actor,
        }),
      );
    }
    return response.ok({ body });
  });
}

/**
 * One destination: refused when it names no space; nothing to do when it is the source and no
 * new copies are asked for (Kibana skips objects already in the destination, and every object
 * exported from a space is in it); else export and import. An import that refuses the whole
 * file (an HttpError) is that destination's error; an export that does is the request's.
 */
async function copyInto(
  deps: CopyRouteDeps,
  request: KibanaRequest,
  destination: string,
  copy: CopyOptions,
  importInto: (file: Readable) => Promise<ImportResponse>,
): Promise<CopySpaceResult> {
  if (!(await deps.spaceExists(destination))) {
    return failure(notFound(`Saved object [space/${destination}] not found`).toBody());
  }
  if (destination === request.spaceId && !copy.createNewCopies) return { success: true, successCount: 0 };
  const file = await exportFromSource(deps.exporter, request, copy);
  try {
    return toResult(await importInto(file));
  } catch (e) {
    if (isHttpError(e)) return failure(e.toBody());
    throw e;
  } finally {
    // An import that stopped early leaves the export's finder open until the stream ends.
    if (!file.destroyed) file.destroy();
  }
}

async function exportFromSource(exporter: SavedObjectsExporter, request: KibanaRequest, copy: CopyOptions): Promise<Readable> {
  try {
    return await exporter.export({
      namespace: request.spaceId,
      request,
      objects: copy.objects,
      includeReferencesDeep: copy.includeReferences,
      excludeExportDetails: true,
    });
  } catch (e) {
    // Kibana's answer when a requested object is not in the source space.
    if (isExportError(e) && e.type === 'object-fetch-error') throw notFound('Saved objects not found');
    throw e;
  }
}
