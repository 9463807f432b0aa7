/**
 * One ECS line per response at debug level, instead of Fastify's two info lines per request:
 * at the default level a benchmark at thousands of requests per second pays nothing for it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from '../logging/types';

function logResponse(request: FastifyRequest, reply: FastifyReply) {
  const status = reply.statusCode;
  const durationMs = reply.elapsedTime;
  // The path as the client sent it, space prefix included; the query may hold user input.
  const url = request.originalUrl;
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  request.log.debug(
    {
      http: { request: { method: request.method }, response: { status_code: status } },
      url: { path },
      // ECS durations are nanoseconds.
      event: { duration: Math.round(durationMs * 1e6) },
    },
    `${request.method} ${path} ${status} ${durationMs.toFixed(1)}ms`,
  );
}

/** `logger` is the one Fastify was given; checking its level first keeps the skip cheap. */
export function installRequestLogging(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    if (logger.isLevelEnabled('debug')) logResponse(request, reply);
    done();
  });
}
