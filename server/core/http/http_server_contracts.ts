/**
 * What the host plugs into the HTTP server before it starts: who the caller is, which spaces
 * exist, and how a request's handler context is built. Kept apart from `http_server.ts` so the
 * router pieces can depend on these shapes without depending on the server assembly.
 */
import type { AuthenticatedUser } from '../security/types';
import type { KibanaRequest, RequestHandlerContext } from './types';

export interface HttpConfig {
  host: string;
  port: number;
  /** Default body limit in bytes (Kibana's `server.maxPayload`, 1048576). */
  maxPayload: number;
}

export interface AuthenticationHandler {
  /** null when the request carries no credentials; throws HttpError 401 (or 429) for bad ones. */
  authenticate(request: KibanaRequest): Promise<AuthenticatedUser | null>;
}

export interface SpaceResolver {
  exists(spaceId: string): Promise<boolean>;
}

export type ContextFactory = (
  request: KibanaRequest,
  user: AuthenticatedUser | undefined,
) => RequestHandlerContext;

/** The late-bound pieces every route reads at request time (the setters may run after routes exist). */
export interface RouteRuntime {
  authenticationHandler(): AuthenticationHandler | undefined;
  spaceResolver(): SpaceResolver;
  contextFactory(): ContextFactory;
  /** `http://host:port` of the listener, the base of `KibanaRequest.url`. */
  origin(): string;
}

/** Past this a path parameter is refused with 414 before any route runs. */
export const MAX_PATH_PARAM_LENGTH = 8192;
