/**
 * The answers a handler can give, as Kibana's `kibanaResponseFactory` shapes them, and the one
 * place that writes a `KibanaResponse` to Fastify's reply. Error statuses always leave as
 * Kibana's body `{ statusCode, error, message }`, whatever the handler passed.
 */
import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { reasonPhrase } from '../errors';
import type { KibanaResponse, ResponseFactory, ResponseOptions } from './types';

type ErrorPayload = string | { message: string; attributes?: unknown } | undefined;

const success =
  (status: number) =>
  <B>(options: ResponseOptions<B> = {}): KibanaResponse<B> => ({
    status,
    body: options.body,
    headers: options.headers ?? {},
  });

const failure =
  (status: number) =>
  (options: { body?: ErrorPayload } = {}): KibanaResponse => ({ status, body: options.body, headers: {} });

export const responseFactory: ResponseFactory = {
  ok: success(200),
  created: success(201),
  accepted: success(202),
  noContent: (options = {}) => ({ status: 204, body: undefined, headers: options.headers ?? {} }),
  redirected: (options) => ({ status: 302, body: undefined, headers: options.headers }),
  badRequest: failure(400),
  unauthorized: failure(401),
  forbidden: failure(403),
  notFound: failure(404),
  conflict: failure(409),
  customError: ({ statusCode, body, headers }) => {
    // Kibana refuses this too: a non-error status here is a handler bug, better loud than silent.
    if (!Number.isInteger(statusCode) || statusCode < 400 || statusCode > 599) {
      throw new Error(`customError expects a 4xx or 5xx status, got ${statusCode}`);
    }
    return { status: statusCode, body, headers: headers ?? {} };
  },
};

/** Kibana's error body for a handler's error response; `attributes` pass through as Kibana does. */
export function toErrorBody(status: number, body: unknown) {
  const base = { statusCode: status, error: reasonPhrase(status) };
  if (typeof body === 'string') return { ...base, message: body };
  if (body !== null && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string') {
    const { message, attributes } = body as { message: string; attributes?: unknown };
    return attributes === undefined ? { ...base, message } : { ...base, message, attributes };
  }
  return { ...base, message: base.error };
}

export function isKibanaResponse(value: unknown): value is KibanaResponse {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as KibanaResponse).status === 'number' &&
    typeof (value as KibanaResponse).headers === 'object'
  );
}

const isBytes = (body: unknown): body is Buffer | Readable => Buffer.isBuffer(body) || body instanceof Readable;

/**
 * JSON for values; a Buffer or a Readable goes out as bytes with the handler's headers (binary
 * unless it named a type). Fastify pipes a Readable with back-pressure; one that fails before
 * the first byte becomes a 500 reply, one that fails midway ends the connection (the client sees
 * a truncated body, never a corrupt whole), and a client gone away destroys it.
 */
export function sendKibanaResponse(reply: FastifyReply, response: KibanaResponse): FastifyReply {
  reply.code(response.status);
  for (const [name, value] of Object.entries(response.headers)) reply.header(name, value);
  if (response.status >= 400) {
    if (response.body instanceof Readable) response.body.destroy();
    return reply.send(toErrorBody(response.status, response.body));
  }
  if (isBytes(response.body)) {
    if (!reply.hasHeader('content-type')) reply.header('content-type', 'application/octet-stream');
    return reply.send(response.body);
  }
  return response.body === undefined ? reply.send() : reply.send(response.body);
}
