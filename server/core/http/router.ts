/**
 * A Kibana-like router over Fastify: each `router.get/post/...` becomes one Fastify route whose
 * `onRequest` guard checks xsrf, authentication and the space, and whose handler validates
 * params, query and body with the route's io-ts codecs before calling the plugin's handler.
 */
import type * as t from 'io-ts';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { DecodeError, decodeOrThrow } from '../../../common/core/codec';
import { badRequest } from '../errors';
import type { RouteRuntime } from './http_server_contracts';
import { withParts } from './kibana_request';
import { checkMultipartRequest, createMultipartBody, isMultipartRoute, refuseMultipartBody } from './multipart_body';
import { isKibanaResponse, responseFactory, sendKibanaResponse } from './response_factory';
import { inRequestContext } from './request_context';
import { createRouteGuard, guardedRequestOf } from './route_guards';
import { renameWildcard, toFastifyPath } from './route_path';
import type { RouteTable } from './route_table';
import type { IRouter, RequestHandler, RouteConfig, RouteMethod, RouteOptions, RouteRegistrar } from './types';

type Part = 'params' | 'query' | 'body';

function validatePart<T>(part: Part, codec: t.Type<T, unknown, unknown> | undefined, raw: unknown): T {
  // Kibana hands an unvalidated part to the handler as nothing at all, never as raw input.
  if (!codec) return (part === 'body' ? undefined : {}) as T;
  try {
    return decodeOrThrow(codec, raw);
  } catch (error) {
    if (error instanceof DecodeError) throw badRequest(`[request ${part}]: ${error.message}`);
    throw error;
  }
}

function createHandler<P, Q, B>(
  runtime: RouteRuntime,
  config: RouteConfig<P, Q, B>,
  wildcardParam: string | undefined,
  handler: RequestHandler<P, Q, B>,
  defaultBodyLimit: number,
) {
  const multipartLimit = isMultipartRoute(config.options) ? (config.options?.maxBytes ?? defaultBodyLimit) : undefined;
  return async function kibanaRouteHandler(request: FastifyRequest, reply: FastifyReply) {
    const { base, user } = guardedRequestOf(request);
    const rawParams = renameWildcard(request.params as Record<string, string>, wildcardParam);
    const { validate } = config;
    if (multipartLimit === undefined) refuseMultipartBody(request);
    // A multipart body is read by the handler as it pulls the parts, never up front.
    const multipart = multipartLimit === undefined ? undefined : createMultipartBody(request, multipartLimit, config.options?.body?.maxFieldBytes);
    const body = multipart ?? request.body;
    const kibanaRequest =
      validate === false
        ? withParts(base, rawParams as P, request.query as Q, body as B)
        : withParts(
            base,
            validatePart('params', validate.params, rawParams),
            validatePart('query', validate.query, request.query),
            multipart ? (multipart as B) : validatePart('body', validate.body, request.body),
          );
    const context = runtime.contextFactory()(kibanaRequest, user);
    try {
      const response = await handler(context, kibanaRequest, responseFactory);
      if (!isKibanaResponse(response)) {
        throw new Error(`Handler of ${request.method} ${config.path} did not return a response`);
      }
      return sendKibanaResponse(reply, response);
    } finally {
      multipart?.release(reply);
    }
  };
}

/** Multipart routes check the content type and declared length once the caller is known. */
function multipartCheck(options: RouteOptions | undefined, defaultBodyLimit: number) {
  if (!isMultipartRoute(options)) return undefined;
  const maxBytes = options?.maxBytes ?? defaultBodyLimit;
  return (request: FastifyRequest) => checkMultipartRequest(request, maxBytes);
}

export interface RouterDeps {
  runtime: RouteRuntime;
  defaultBodyLimit: number;
  /** Where each registration is recorded, for `HttpServer.routes()`. */
  routes: RouteTable;
}

export function createRouter(fastify: FastifyInstance, { runtime, defaultBodyLimit, routes }: RouterDeps): IRouter {
  const registrar =
    (method: RouteMethod): RouteRegistrar =>
    (config, handler) => {
      const { path, wildcardParam } = toFastifyPath(config.path);
      routes.add(method, config as RouteConfig<unknown, unknown, unknown>);
      fastify.route({
        method: method.toUpperCase() as HTTPMethods,
        url: path,
        bodyLimit: config.options?.maxBytes ?? defaultBodyLimit,
        // In the request's context, so what they log (the audit's trace.id) names the request.
        onRequest: inRequestContext(createRouteGuard(runtime, config.options, multipartCheck(config.options, defaultBodyLimit))),
        handler: inRequestContext(createHandler(runtime, config, wildcardParam, handler, defaultBodyLimit)),
      });
    };
  return {
    get: registrar('get'),
    post: registrar('post'),
    put: registrar('put'),
    patch: registrar('patch'),
    delete: registrar('delete'),
  };
}
