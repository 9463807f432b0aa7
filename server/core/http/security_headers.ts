/**
 * Headers Kibana sets on every response. `cache-control` is only a default: static bundles and
 * app pages set their own, API answers must never be cached by a shared proxy.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const API_CACHE_CONTROL = 'private, no-cache, no-store, must-revalidate';

function addSecurityHeaders(_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: null, payload: unknown) => void) {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', API_CACHE_CONTROL);
  done(null, payload);
}

export function installSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', addSecurityHeaders);
}
