/**
 * Every failure, whatever raised it, leaves as Kibana's error body. HttpError keeps its status
 * and headers; a DecodeError is the caller's fault (400); Fastify's own request errors (body
 * too large, bad JSON, unknown media type, bad URL) keep their 4xx status with Kibana's
 * wording; anything else is a 500 whose details go to the log only.
 */
import { validateHeaderName, validateHeaderValue } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DecodeError } from '../../../common/core/codec';
import { type ErrorBody, HttpError, isHttpError, notFound } from '../errors';
import { MAX_PATH_PARAM_LENGTH } from './http_server_contracts';

export interface ErrorReply {
  statusCode: number;
  headers: Record<string, string>;
  body: ErrorBody;
}

const INTERNAL_ERROR_MESSAGE = 'An internal server error occurred.';
const INVALID_JSON_MESSAGE = 'Invalid request payload JSON format';

const fromHttpError = (error: HttpError): ErrorReply => ({
  statusCode: error.statusCode,
  headers: error.headers,
  body: error.toBody(),
});

/** Fastify's request-level errors carry an `FST_` code and a 4xx status; nothing else is trusted. */
function isFastifyClientError(error: unknown): error is FastifyError & { statusCode: number } {
  const { code, statusCode } = error as Partial<FastifyError>;
  return (
    typeof code === 'string' &&
    code.startsWith('FST_') &&
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500
  );
}

function fromFastifyError(error: FastifyError & { statusCode: number }, bodyLimit: number): HttpError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, `Payload content length greater than maximum allowed: ${bodyLimit}`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'Unsupported Media Type');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, INVALID_JSON_MESSAGE);
    case 'FST_ERR_MAX_PARAM_LENGTH':
      // Fastify's message echoes the whole URL back; the limit is what the caller needs.
      return new HttpError(414, `A path parameter is longer than ${MAX_PATH_PARAM_LENGTH} characters`);
    default:
      return new HttpError(error.statusCode, error.message);
  }
}

/** Maps an error to the reply; `bodyLimit` is the limit of the route that refused the body. */
export function toErrorReply(error: unknown, bodyLimit: number): ErrorReply | undefined {
  if (isHttpError(error)) return fromHttpError(error);
  if (error instanceof DecodeError) return fromHttpError(new HttpError(400, error.message));
  if (isFastifyClientError(error)) return fromHttpError(fromFastifyError(error, bodyLimit));
  return undefined;
}

export function internalErrorReply(): ErrorReply {
  return { statusCode: 500, headers: {}, body: new HttpError(500, INTERNAL_ERROR_MESSAGE).toBody() };
}

/** Headers Node would refuse in `writeHead`: dropped, or the error reply itself would fail. */
function writableHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => {
      try {
        validateHeaderName(name);
        validateHeaderValue(name, value);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/**
 * Writes the error body on a clean reply. Headers the failed handler set (a `location` Node
 * refused, a content type) would travel with the error, or make its `writeHead` fail again,
 * and Fastify's last-resort answer carries Node's `code` and message; so they go first.
 */
function sendErrorReply(reply: FastifyReply, answer: ErrorReply): void {
  for (const name of Object.keys(reply.getHeaders())) reply.removeHeader(name);
  reply.code(answer.statusCode).headers(writableHeaders(answer.headers)).send(answer.body);
}

function handleError(this: FastifyInstance, error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const bodyLimit = request.routeOptions.bodyLimit ?? this.initialConfig.bodyLimit ?? 0;
  let answer = toErrorReply(error, bodyLimit);
  if (!answer || answer.statusCode >= 500) {
    // A 5xx tells the client nothing it can act on; its details (Node's text among them) are
    // for the log, the body keeps Kibana's generic message unless our own code chose one.
    request.log.error({ err: error }, `Unhandled error in ${request.method} ${request.url}`);
    answer ??= internalErrorReply();
  }
  if (reply.sent || reply.raw.headersSent) return;
  sendErrorReply(reply, answer);
}

/**
 * Fastify answers some request errors (a URL it cannot decode) before routing, outside the
 * error handler; this option hook gives them Kibana's body too.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  sendErrorReply(reply, toErrorReply(error, 0) ?? internalErrorReply());
}

/** Installs the error and not-found handlers on the root instance, before any route. */
export function installErrorHandling(fastify: FastifyInstance): void {
  fastify.setErrorHandler(handleError);
  fastify.setNotFoundHandler((_request, reply) => {
    reply.code(404).send(notFound().toBody());
  });
}
