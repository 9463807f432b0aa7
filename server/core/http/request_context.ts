/**
 * The request a piece of code runs for, without passing it down every call: the audit logger
 * reads the request's id from here for `trace.id`, so the events of one request can be put
 * together again (Kibana's audit does the same with its request id).
 *
 * The id is Fastify's `request.id`, made by `requestIdOf`: the caller's own id when it sent a
 * well-formed one (a W3C `traceparent`, or `x-request-id` as proxies and load balancers set it),
 * so the audit lines join the caller's traces; a random UUID otherwise.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

const storage = new AsyncLocalStorage<string>();

// `version-traceid-parentid-flags`; an all-zero trace id is invalid by the spec.
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
const ZERO_TRACE = '0'.repeat(32);
// An id lands verbatim in every log and audit line: no spaces, quotes or control characters.
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const singleHeader = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/** Fastify's `genReqId`: the caller's trace or request id when well-formed, else a fresh UUID. */
export function requestIdOf(raw: IncomingMessage): string {
  const traceparent = TRACEPARENT.exec(singleHeader(raw.headers.traceparent)?.toLowerCase() ?? '');
  if (traceparent && traceparent[1] !== ZERO_TRACE) return traceparent[1];
  const requestId = singleHeader(raw.headers['x-request-id']);
  if (requestId !== undefined && REQUEST_ID.test(requestId)) return requestId;
  return randomUUID();
}

/** The id of the request the calling code runs for; undefined outside one (start-up, timers). */
export function currentRequestId(): string | undefined {
  return storage.getStore();
}

type RouteStep = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Runs a route's guard or handler inside its request's context. Each step is wrapped rather than
 * the request once in a hook: Fastify resumes after body parsing from the socket's callbacks,
 * which would not carry a context entered earlier.
 */
export function inRequestContext<S extends RouteStep>(step: S): RouteStep {
  return (request, reply) => storage.run(request.id, step, request, reply);
}
