/**
 * Kibana's `POST /api/saved_objects/_export`: the body names types or objects, the answer is
 * an NDJSON attachment streamed as the exporter produces it, in the request's space. The
 * exporter checks the request; its errors with `attributes` (which objects could not be
 * read, which a hook dropped) answer 400 with them, as Kibana's route does.
 */
import * as t from 'io-ts';
import { strict, strictPartial } from '../../../../../common/core/codec';
import type { IRouter, KibanaRequest } from '../../../http/types';
import { isExportError } from '../export/export_error';
import type { ExporterOptions } from '../export/validate_export';
import type { SavedObjectsExporter } from '../types';

const objectReference = strict({ type: t.string, id: t.string });

/** Kibana's body schema: every key optional, unknown keys refused. */
export const exportBody = strictPartial({
  type: t.union([t.string, t.array(t.string)]),
  objects: t.array(objectReference),
  hasReference: t.union([objectReference, t.array(objectReference)]),
  search: t.string,
  includeReferencesDeep: t.boolean,
  excludeExportDetails: t.boolean,
});

export type ExportBody = t.TypeOf<typeof exportBody>;

function asList<T>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export function toExporterOptions(body: ExportBody, namespace: string, request: KibanaRequest): ExporterOptions {
  return {
    namespace,
    request,
    types: asList(body.type),
    objects: body.objects,
    hasReference: asList(body.hasReference),
    search: body.search,
    includeReferencesDeep: body.includeReferencesDeep ?? false,
    excludeExportDetails: body.excludeExportDetails ?? false,
  };
}

export function registerExportRoute(router: IRouter, exporter: SavedObjectsExporter): void {
  router.post(
    { path: '/api/saved_objects/_export', validate: { body: exportBody }, options: { access: 'public' } },
    async (context, request, response) => {
      const options = toExporterOptions(request.body, context.spaceId, request);
      try {
        const body = await exporter.export(options);
        return response.ok({
          body,
          headers: { 'content-type': 'application/ndjson', 'content-disposition': 'attachment; filename="export.ndjson"' },
        });
      } catch (error) {
        if (!isExportError(error)) throw error;
        const payload: { message: string; attributes?: Record<string, unknown> } = { message: error.message, attributes: error.attributes };
        return response.badRequest({ body: payload });
      }
    },
  );
}
