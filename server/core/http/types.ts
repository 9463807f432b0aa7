/**
 * The router contract a plugin sees, shaped like Kibana's `IRouter`: routes declare a path in
 * Kibana's `{param}` syntax and io-ts codecs for params, query and body; handlers receive a
 * request context (space, user, scoped clients) and answer through a response factory.
 */
import type { Readable } from 'node:stream';
import type * as t from 'io-ts';
import type { AuthenticatedUser } from '../security/types';
import type { SavedObjectsClientContract } from '../saved_objects/types';

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteValidate<P, Q, B> {
  params?: t.Type<P, unknown, unknown>;
  query?: t.Type<Q, unknown, unknown>;
  body?: t.Type<B, unknown, unknown>;
}

export interface RouteOptions {
  /**
   * `true` (default): 401 without valid credentials. `optional`: the user is resolved when
   * credentials are given. `false`: never authenticated (login, static assets).
   */
  authRequired?: boolean | 'optional';
  /** Mutating routes need `kbn-xsrf` unless this is false (Kibana's `xsrfRequired`). */
  xsrfRequired?: boolean;
  /** Body limit in bytes; defaults to `server.maxPayload`. */
  maxBytes?: number;
  /** `public` routes are Kibana's documented API; `internal` ones serve our UI. Informational. */
  access?: 'public' | 'internal';
  /** Routes that take effect before a space exists check (the spaces API itself) set this. */
  spaceAgnostic?: boolean;
  /**
   * Kibana's `body: { output: 'stream', accepts: 'multipart/form-data' }`: the body is not parsed
   * up front; `request.body` is a `MultipartBody` the handler reads part by part as it arrives,
   * so a file streams to storage and is never buffered whole. `validate.body` must be absent.
   * Any other content type is refused with 415. `maxBytes` bounds the whole request (413 past it).
   * `maxFieldBytes` raises the size of one non-file field (1 KiB by default) for a route whose form
   * carries a JSON document as a field (`_resolve_import_errors`' `retries`).
   */
  body?: { accepts: 'multipart/form-data'; maxFieldBytes?: number };
}

/** A part of a multipart/form-data body, in the order the client sent them. */
export type MultipartPart =
  | { kind: 'field'; name: string; value: string }
  | {
      kind: 'file';
      /** The form field name (`file`). */
      name: string;
      /** The file name the client gave, as sent. */
      filename: string;
      /** The part's declared Content-Type. */
      mimeType: string;
      /** Must be consumed (or destroyed) before the next part can be read. Errors if the client aborts. */
      content: Readable;
    };

/** `request.body` of a route declared with `options.body.accepts: 'multipart/form-data'`. */
export interface MultipartBody {
  parts(): AsyncIterable<MultipartPart>;
}

export interface RouteConfig<P, Q, B> {
  /** Without the space prefix: `/api/cases/{caseId}`. Served at that path and at `/s/{spaceId}` + path. */
  path: string;
  validate: RouteValidate<P, Q, B> | false;
  options?: RouteOptions;
}

export interface KibanaRequest<P = unknown, Q = unknown, B = unknown> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly method: string;
  readonly url: URL;
  /** The space this request is scoped to: `default` or the `{spaceId}` of `/s/{spaceId}`. */
  readonly spaceId: string;
  /** Client address, for rate limits and audit. */
  readonly remoteAddress: string;
  /** Fires when the client goes away before the answer. */
  readonly abortSignal: AbortSignal;
}

export interface RequestHandlerContext {
  readonly spaceId: string;
  /** Undefined only on routes with `authRequired: false` or `optional` and no credentials. */
  readonly user?: AuthenticatedUser;
  /** Bound to the request's space and user. */
  readonly savedObjects: SavedObjectsClientContract;
}

export interface ResponseOptions<B = unknown> {
  /** JSON for objects; a Buffer or a Readable is sent as bytes, streamed, as the headers describe. */
  body?: B;
  headers?: Record<string, string | string[]>;
}

/** A prepared answer; handlers return one of these. */
export interface KibanaResponse<B = unknown> {
  readonly status: number;
  readonly body?: B;
  readonly headers: Record<string, string | string[]>;
}

export interface ResponseFactory {
  ok<B>(options?: ResponseOptions<B>): KibanaResponse<B>;
  created<B>(options?: ResponseOptions<B>): KibanaResponse<B>;
  accepted<B>(options?: ResponseOptions<B>): KibanaResponse<B>;
  noContent(options?: { headers?: Record<string, string> }): KibanaResponse<undefined>;
  redirected(options: { headers: { location: string } & Record<string, string> }): KibanaResponse<undefined>;
  badRequest(options: { body: string | { message: string } }): KibanaResponse;
  unauthorized(options?: { body?: string | { message: string } }): KibanaResponse;
  forbidden(options?: { body?: string | { message: string } }): KibanaResponse;
  notFound(options?: { body?: string | { message: string } }): KibanaResponse;
  conflict(options?: { body?: string | { message: string } }): KibanaResponse;
  customError(options: { statusCode: number; body?: string | { message: string }; headers?: Record<string, string> }): KibanaResponse;
}

export type RequestHandler<P, Q, B> = (
  context: RequestHandlerContext,
  request: KibanaRequest<P, Q, B>,
  response: ResponseFactory,
) => Promise<KibanaResponse> | KibanaResponse;

export type RouteRegistrar = <P = unknown, Q = unknown, B = unknown>(
  config: RouteConfig<P, Q, B>,
  handler: RequestHandler<P, Q, B>,
) => void;

export interface IRouter {
  get: RouteRegistrar;
  post: RouteRegistrar;
  put: RouteRegistrar;
  patch: RouteRegistrar;
  delete: RouteRegistrar;
}
