/**
 * `multipart/form-data` bodies for the routes that declare them (`options.body.accepts`), read
 * with @fastify/multipart as the handler pulls: a file part's content is the parser's own stream,
 * so an upload flows to storage with the socket's back-pressure and is never held whole.
 *
 * The plugin's content-type parser only marks a request as multipart; the route decides:
 * a multipart route refuses any other content type (415) before the body is read, and every
 * other route refuses a multipart body (415) as it did before the plugin was registered.
 *
 * Limits bound what a client can make the parser hold: one file, of at most the route's
 * `maxBytes` (its stream errors with 413 as soon as more arrives, so a truncated file is never
 * taken for a whole one), and a few short fields.
 */
import fastifyMultipart from '@fastify/multipart';
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, HttpError, isHttpError, payloadTooLarge } from '../errors';
import type { MultipartBody, MultipartPart, RouteOptions } from './types';

export const MULTIPART_FORM_DATA = 'multipart/form-data';
export const MAX_MULTIPART_FIELDS = 10;
export const MAX_MULTIPART_FIELD_BYTES = 1024;
/** What the form's fields and part headers may add to the file's bytes in `content-length`. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const unsupportedMediaType = () => new HttpError(415, 'Unsupported Media Type');

export const isMultipartRoute = (options: RouteOptions | undefined): boolean => options?.body?.accepts === MULTIPART_FORM_DATA;

export function installMultipart(fastify: FastifyInstance): void {
  void fastify.register(fastifyMultipart, {
    throwFileSizeLimit: true,
    limits: {
      files: 1,
      fields: MAX_MULTIPART_FIELDS,
      fieldSize: MAX_MULTIPART_FIELD_BYTES,
      parts: MAX_MULTIPART_FIELDS + 1,
      fieldNameSize: 100,
      headerPairs: 50,
    },
  });
}

const isMultipartContentType = (header: string | undefined): boolean =>
  (header ?? '').split(';')[0].trim().toLowerCase() === MULTIPART_FORM_DATA;

/**
 * A multipart route's check before its body is read: the content type, and a declared length
 * that could only hold a file past the limit.
 */
export function checkMultipartRequest(request: FastifyRequest, maxBytes: number): void {
  if (!isMultipartContentType(request.headers['content-type'])) throw unsupportedMediaType();
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES) {
    throw payloadTooLarge(`Payload content length greater than maximum allowed: ${maxBytes}`);
  }
}

/** A JSON (or bodiless) route given a multipart body: refused as before the plugin existed. */
export function refuseMultipartBody(request: FastifyRequest): void {
  if ((request as FastifyRequest & { isMultipart?: () => boolean }).isMultipart?.() === true) throw unsupportedMediaType();
}

/** The parser's and busboy's errors, in Kibana's words and statuses; never a 500. */
function toHttpError(error: unknown, maxBytes: number): HttpError {
  if (isHttpError(error)) return error;
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return payloadTooLarge(`The file is larger than the maximum of ${maxBytes} bytes`);
    case 'FST_FILES_LIMIT':
      return badRequest('Only one file may be sent in a request');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return badRequest(`At most ${MAX_MULTIPART_FIELDS} form fields may be sent`);
    case 'FST_MP_PREMATURE_CLOSE':
      return badRequest('The request ended before its multipart body was complete');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return unsupportedMediaType();
    default:
      return badRequest(`Malformed multipart/form-data body: ${message ?? 'unreadable'}`);
  }
}

interface PluginPart {
  type: 'file' | 'field';
  fieldname: string;
  filename?: string;
  mimetype?: string;
  file?: Readable & { truncated?: boolean };
  value?: unknown;
  valueTruncated?: boolean;
  fieldnameTruncated?: boolean;
}

/**
 * The handler's view of a file part: the parser's stream piped (with its back-pressure) into one
 * whose errors are HttpErrors, a 413 once the parser cut the file at the limit (busboy would just
 * end it, truncated) and a 400 for a body that breaks off; a handler that stops reading
 * (destroys it) stops the parser's stream too.
 */
function guardedContent(file: Readable & { truncated?: boolean }, maxBytes: number): Readable {
  const content = new PassThrough();
  // A part cut before the handler reads it errors with nobody listening yet: without a listener
  // that error would be thrown from the event loop. Readers still get it from their own reads.
  content.on('error', () => undefined);
  const fail = (error: unknown) => {
    content.destroy(toHttpError(error, maxBytes));
    file.destroy();
  };
  const cut = () => fail({ code: 'FST_REQ_FILE_TOO_LARGE' });
  // The parser may have got that far before the handler asked for the part (a whole body in
  // one packet): a limit or an error already past is acted on now.
  if (file.truncated) cut();
  else if (file.errored) fail(file.errored);
  else if (file.destroyed && !file.readableEnded) fail({ code: 'FST_MP_PREMATURE_CLOSE' });
  file.once('limit', cut);
  file.on('error', fail);
  content.on('close', () => {
    if (!file.readableEnded) file.destroy();
  });
  file.pipe(content);
  return content;
}

function toPart(part: PluginPart, maxBytes: number, maxFieldBytes: number): MultipartPart {
  if (part.type === 'file' && part.file) {
    return {
      kind: 'file',
      name: part.fieldname,
      filename: part.filename ?? '',
      mimeType: part.mimetype ?? 'application/octet-stream',
      content: guardedContent(part.file, maxBytes),
    };
  }
  if (part.valueTruncated || part.fieldnameTruncated) {
    throw badRequest(`The form field [${part.fieldname.slice(0, 100)}] is longer than ${maxFieldBytes} bytes`);
  }
  return { kind: 'field', name: part.fieldname, value: String(part.value ?? '') };
}

export interface MultipartRequestBody extends MultipartBody {
  /** After the handler: whatever it left unread is dropped, so the socket is freed. */
  release(reply: FastifyReply): void;
}

export function createMultipartBody(request: FastifyRequest, maxBytes: number, maxFieldBytes = MAX_MULTIPART_FIELD_BYTES): MultipartRequestBody {
  let iterated = false;
  let finished = false;
  let current: Readable | undefined;
  const source = () =>
    (request as unknown as { parts(options: unknown): AsyncIterable<PluginPart> }).parts({ limits: { fileSize: maxBytes, fieldSize: maxFieldBytes } });

  async function* parts(): AsyncGenerator<MultipartPart> {
    // The request stream can be read once; a second reader would wait forever.
    if (iterated) throw new Error('The multipart body can be read only once');
    iterated = true;
    try {
      // A client gone before the handler asked would leave the parser waiting for bytes forever.
      if (request.raw.destroyed && !request.raw.readableEnded) throw toHttpError({ code: 'FST_MP_PREMATURE_CLOSE' }, maxBytes);
      for await (const part of source()) {
        const next = toPart(part, maxBytes, maxFieldBytes);
        current = next.kind === 'file' ? next.content : undefined;
        yield next;
        // A file part the handler skipped is drained, or the parser would never reach the next one.
        if (current && !current.readableEnded && !current.destroyed) current.resume();
      }
      finished = true;
    } catch (error) {
      throw toHttpError(error, maxBytes);
    }
  }

  return {
    parts,
    release(reply) {
      if (finished) return;
      current?.destroy();
      // Unread bytes would stall the connection; once the answer is out they are read and dropped.
      const drain = () => {
        if (!request.raw.readableEnded) request.raw.resume();
      };
      if (reply.raw.writableFinished) drain();
      else reply.raw.once('finish', drain);
    },
  };
}
