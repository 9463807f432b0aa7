/**
 * What runs before a route's body is even read, in Kibana's order: the kbn-xsrf check for
 * mutating methods, authentication per `authRequired`, then the space's existence. Running it
 * in Fastify's `onRequest` means an anonymous or forged request never costs a body parse.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, isHttpError, notFound, unauthorized } from '../errors';
import type { AuthenticatedUser } from '../security/types';
import type { RouteRuntime } from './http_server_contracts';
import { createKibanaRequestBase, type KibanaRequestBase, withParts } from './kibana_request';
import { DEFAULT_SPACE_ID } from './space_base_path';
import type { RouteOptions } from './types';

export interface GuardedRequest {
  base: KibanaRequestBase;
  user: AuthenticatedUser | undefined;
}

const guarded = new WeakMap<FastifyRequest, GuardedRequest>();

/** The outcome of the guards for a request that passed them. */
export function guardedRequestOf(request: FastifyRequest): GuardedRequest {
  const state = guarded.get(request);
  if (!state) throw new Error(`Route guards did not run for ${request.method} ${request.url}`);
  return state;
}

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kibana accepts `kbn-version` too: its own browser client always sends it.
const hasXsrfHeader = (headers: FastifyRequest['headers']) =>
  headers['kbn-xsrf'] !== undefined || headers['kbn-version'] !== undefined;

async function authenticate(
  runtime: RouteRuntime,
  base: KibanaRequestBase,
  request: FastifyRequest,
  mode: RouteOptions['authRequired'],
): Promise<AuthenticatedUser | undefined> {
  if (mode === false) return undefined;
  const handler = runtime.authenticationHandler();
  let user: AuthenticatedUser | null = null;
  try {
    // The body is not parsed yet: credentials live in headers, and an anonymous caller must
    // not cost us a body parse.
    user = handler ? await handler.authenticate(withParts(base, request.params, request.query, undefined)) : null;
  } catch (error) {
    // `optional` is hapi's `try` mode: bad credentials make an anonymous request, so an expired
    // session cookie sends a browser to the login page instead of to a 401.
    if (mode === 'optional' && isHttpError(error) && error.statusCode === 401) return undefined;
    throw error;
  }
  // API 401s carry no WWW-Authenticate challenge, as Kibana's: browsers must not pop a dialog.
  if (!user && mode !== 'optional') throw unauthorized();
  return user ?? undefined;
}

async function ensureSpaceExists(runtime: RouteRuntime, spaceId: string): Promise<void> {
  if (spaceId === DEFAULT_SPACE_ID) return;
  if (!(await runtime.spaceResolver().exists(spaceId))) throw notFound();
}

/**
 * `checkBody`, when given, runs last: what it says about the body (a multipart route's content
 * type) is only told to a caller allowed to use the route.
 */
export function createRouteGuard(runtime: RouteRuntime, options: RouteOptions = {}, checkBody?: (request: FastifyRequest) => void) {
  const { xsrfRequired = true, authRequired = true, spaceAgnostic = false } = options;
  return async function routeGuard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (xsrfRequired && MUTATING_METHODS.has(request.method) && !hasXsrfHeader(request.headers)) {
      throw badRequest('Request must contain a kbn-xsrf header.');
    }
    const base = createKibanaRequestBase(request, reply, runtime.origin());
    const user = await authenticate(runtime, base, request, authRequired);
    if (!spaceAgnostic) await ensureSpaceExists(runtime, base.spaceId);
    checkBody?.(request);
    guarded.set(request, { base, user });
  };
}
