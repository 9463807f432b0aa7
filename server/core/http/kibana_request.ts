/**
 * Builds the `KibanaRequest` a handler (and the authentication handler) sees from Fastify's
 * request. The parts that do not depend on validation (url, headers, space, abort signal) are
 * made once per request and shared by the pre-auth view and the validated one.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KibanaRequest } from './types';
import { spaceIdOf } from './space_base_path';

export type KibanaRequestBase = Omit<KibanaRequest, 'params' | 'query' | 'body'>;

/** Parses the request target against the listener's origin; never lets the path pick the host. */
function requestUrl(origin: string, path: string): URL {
  try {
    // Concatenation, not `new URL(path, origin)`: a path like `//evil.example` must stay a path.
    return new URL(`${origin}${path.startsWith('/') ? path : `/${path}`}`);
  } catch {
    return new URL(`${origin}/`);
  }
}

/**
 * Aborts when the connection goes away before the answer is written. The reply's `close`
 * after a finished write is the normal end of a response, not an abort.
 */
function clientAbortSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const res = reply.raw;
  if (res.destroyed || res.socket?.destroyed) {
    controller.abort();
  } else {
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
  }
  return controller.signal;
}

export function createKibanaRequestBase(request: FastifyRequest, reply: FastifyReply, origin: string): KibanaRequestBase {
  return {
    headers: request.headers,
    method: request.method.toLowerCase(),
    url: requestUrl(origin, request.url),
    spaceId: spaceIdOf(request.raw),
    remoteAddress: request.raw.socket?.remoteAddress ?? '',
    abortSignal: clientAbortSignal(reply),
  };
}

export function withParts<P, Q, B>(base: KibanaRequestBase, params: P, query: Q, body: B): KibanaRequest<P, Q, B> {
  return { ...base, params, query, body };
}
