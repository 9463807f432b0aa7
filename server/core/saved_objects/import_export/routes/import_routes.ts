/**
 * Kibana's `POST /api/saved_objects/_import` and `POST /api/saved_objects/_resolve_import_errors`:
 * read the multipart form as it arrives, check it, and hand the file's stream to the importer.
 *
 * `_resolve_import_errors` carries `retries` as a form field beside the file. Kibana's page sends
 * the file first; it cannot be held until the retries arrive, so it is spooled to a temporary
 * file, which the importer then reads in place. Retries sent first let the file stream straight in.
 */
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import * as t from 'io-ts';
import { DecodeError, decodeOrThrow, limitedArray, strict, strictPartial, strictWithOptional } from '../../../../../common/core/codec';
import { badRequest } from '../../../errors';
import type { IRouter, MultipartBody, MultipartPart, RequestHandlerContext } from '../../../http/types';
import type { ExchangeDeps } from '../exchange_deps';
import { spoolUpload, type Spool } from '../import/spool_upload';
import type { ImportActor, ImportRetry, SavedObjectsImporter } from '../types';

export const IMPORT_PATH = '/api/saved_objects/_import';
export const RESOLVE_IMPORT_ERRORS_PATH = '/api/saved_objects/_resolve_import_errors';

/** Kibana's bounds on `retries`. */
export const MAX_RETRIES = 10_000;
export const MAX_REPLACE_REFERENCES = 100;
/** The `retries` field may hold 10,000 retries with their replacements; the default field limit is 1 KiB. */
export const RETRIES_FIELD_MAX_BYTES = 16 * 1024 * 1024;

const booleanFromQuery = new t.Type<boolean, boolean, unknown>(
  'boolean',
  (u): u is boolean => typeof u === 'boolean',
  (u, ctx) => (typeof u === 'boolean' ? t.success(u) : u === 'true' || u === 'false' ? t.success(u === 'true') : t.failure(u, ctx)),
  t.identity,
);

const importQuery = strictPartial({ overwrite: booleanFromQuery, createNewCopies: booleanFromQuery, compatibilityMode: booleanFromQuery });
const resolveQuery = strictPartial({ createNewCopies: booleanFromQuery, compatibilityMode: booleanFromQuery });
type ImportQuery = t.TypeOf<typeof importQuery>;

const retriesCodec = limitedArray(
  strictWithOptional(
    { type: t.string, id: t.string },
    {
      overwrite: t.boolean,
      destinationId: t.string,
      replaceReferences: limitedArray(strict({ type: t.string, from: t.string, to: t.string }), 'replaceReferences', { max: MAX_REPLACE_REFERENCES }),
      createNewCopy: t.boolean,
      ignoreMissingReferences: t.boolean,
    },
  ),
  'retries',
  { max: MAX_RETRIES },
);

/** Kibana's router words for flags that exclude each other. */
function checkFlags({ overwrite, createNewCopies, compatibilityMode }: ImportQuery): void {
  if (overwrite && createNewCopies) throw badRequest('[request query]: cannot use [overwrite] with [createNewCopies]');
  if (createNewCopies && compatibilityMode) throw badRequest('[request query]: cannot use [createNewCopies] with [compatibilityMode]');
}

type FilePart = Extract<MultipartPart, { kind: 'file' }>;

/**
 * Kibana takes `.ndjson` files only, whatever their content type. Called as the part arrives:
 * the parser may already have failed the file (past the size limit), and that error must not be
 * thrown out of the event loop while the handler refuses the name or awaits something else;
 * whoever reads the stream still gets it.
 */
function checkExtension(part: FilePart): void {
  part.content.on('error', () => undefined);
  const extension = extname(part.filename).toLowerCase();
  if (extension !== '.ndjson') {
    part.content.destroy();
    throw badRequest(`Invalid file extension ${extension}`);
  }
}

const noFile = () => badRequest('[request body.file]: expected value of type [Stream] but got [undefined]');

function parseRetries(value: string): ImportRetry[] {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch (error) {
    throw badRequest(`[request body.retries]: could not parse the retries as JSON: ${(error as Error).message}`);
  }
  try {
    return decodeOrThrow(retriesCodec, json);
  } catch (error) {
    if (error instanceof DecodeError) throw badRequest(`[request body.retries]: ${error.message}`);
    throw error;
  }
}

/** Who imports: the writer of what the import creates and the user its user actions name. */
const actorOf = (context: RequestHandlerContext): ImportActor | undefined => context.user ?? undefined;

export function registerImportRoutes(router: IRouter, importer: SavedObjectsImporter, limits: ExchangeDeps['limits']): void {
  const maxBytes = limits.maxImportPayloadBytes;

  router.post<unknown, ImportQuery, MultipartBody>(
    {
      path: IMPORT_PATH,
      validate: { query: importQuery },
      options: { access: 'public', body: { accepts: 'multipart/form-data' }, maxBytes },
    },
    async (context, request, response) => {
      checkFlags(request.query);
      for await (const part of request.body.parts()) {
        if (part.kind !== 'file' || part.name !== 'file') continue;
        checkExtension(part);
        const result = await importer.import(part.content, {
          namespace: request.spaceId,
          request,
          overwrite: request.query.overwrite === true,
          createNewCopies: request.query.createNewCopies === true,
          compatibilityMode: request.query.compatibilityMode === true,
          actor: actorOf(context),
        });
        return response.ok({ body: result });
      }
      throw noFile();
    },
  );

  router.post<unknown, Omit<ImportQuery, 'overwrite'>, MultipartBody>(
    {
      path: RESOLVE_IMPORT_ERRORS_PATH,
      validate: { query: resolveQuery },
      options: { access: 'public', body: { accepts: 'multipart/form-data', maxFieldBytes: RETRIES_FIELD_MAX_BYTES }, maxBytes },
    },
    async (context, request, response) => {
      checkFlags(request.query);
      const options = {
        namespace: request.spaceId,
        request,
        createNewCopies: request.query.createNewCopies === true,
        compatibilityMode: request.query.compatibilityMode === true,
        actor: actorOf(context),
      };
      let retries: ImportRetry[] | undefined;
      let spooled: Spool | undefined;
      try {
        for await (const part of request.body.parts()) {
          if (part.kind === 'field') {
            if (part.name === 'retries') retries = parseRetries(part.value);
            continue;
          }
          if (part.name !== 'file' || spooled) continue;
          checkExtension(part);
          if (retries) return response.ok({ body: await importer.resolveImportErrors(part.content, retries, options) });
          spooled = await spoolUpload(part.content, { dir: join(tmpdir(), 'saved-objects-import'), maxBytes });
        }
        if (!spooled) throw noFile();
        if (!retries) throw badRequest('[request body.retries]: expected value of type [array] but got [undefined]');
        return response.ok({ body: await importer.resolveImportErrors(createReadStream(spooled.path), retries, options) });
      } finally {
        await spooled?.remove();
      }
    },
  );
}
