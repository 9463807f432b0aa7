/**
 * The platform's HTTP server: Fastify with a Kibana-like router, space base paths, kbn-xsrf,
 * Kibana's error bodies and ECS request logs. The host sets the authentication handler,
 * space resolver and context factory before `start()`; plugins register routes until then.
 */
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/types';
import {
  type AuthenticationHandler,
  type ContextFactory,
  type HttpConfig,
  type RouteRuntime,
  type SpaceResolver, MAX_PATH_PARAM_LENGTH
} from './http_server_contracts';
import { createClientErrorHandler } from './client_error';
import { frameworkErrorHandler, installErrorHandling } from './error_reply';
import { installGracefulClose } from './graceful_close';
import { installJsonBodyParser } from './json_body_parser';
import { installMultipart } from './multipart_body';
import { installNdjsonBodyParser } from './ndjson_body_parser';
import { requestIdOf } from './request_context';
import { installRequestLogging } from './request_logging';
import { createRouter } from './router';
import { createRouteTable, type RegisteredRoute } from './route_table';
import { installSecurityHeaders } from './security_headers';
import { serveApp, type ServeAppOptions } from './serve_app';
import { DEFAULT_SPACE_ID, stripSpacePrefix } from './space_base_path';
import type { IRouter } from './types';

export type { AuthenticationHandler, ContextFactory, HttpConfig, SpaceResolver } from './http_server_contracts';
export type { RegisteredRoute } from './route_table';

export interface HttpServer {
  createRouter(): IRouter;
  setAuthenticationHandler(handler: AuthenticationHandler): void;
  setSpaceResolver(resolver: SpaceResolver): void;
  setContextFactory(factory: ContextFactory): void;
  /** Serves the Vite bundle under `/bundles/` and the app's page routes. */
  serveApp(options: ServeAppOptions): void;
  /** Listens; port 0 picks a free port. */
  start(): Promise<{ url: string; port: number }>;
  /** Graceful: stops accepting, lets in-flight requests finish. */
  stop(): Promise<void>;
  /** Every route the routers registered (method, path, access), in registration order. */
  routes(): readonly RegisteredRoute[];
  /** For `inject()` in tests. */
  readonly fastify: FastifyInstance;
}

export const DEFAULT_MAX_PAYLOAD = 1048576;

/** Until the host sets one, a handler that reaches for saved objects fails loudly (a 500). */
const missingContextFactory: ContextFactory = (request, user) => ({
  spaceId: request.spaceId,
  user,
  get savedObjects(): never {
    throw new Error('No request context factory: call setContextFactory() before start()');
  },
});

// Without a resolver no space but the default exists: safer than believing every id.
const noSpaces: SpaceResolver = { exists: async (spaceId) => spaceId === DEFAULT_SPACE_ID };

function createFastify(config: HttpConfig, logger: Logger): FastifyInstance {
  return Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'http.request.id' }),
    // The id the logs and the audit's trace.id share (request_context.ts).
    genReqId: requestIdOf,
    bodyLimit: config.maxPayload || DEFAULT_MAX_PAYLOAD,
    // Idle keep-alive sockets must not hold `close()` open; busy ones finish their request.
    forceCloseConnections: 'idle',
    rewriteUrl: stripSpacePrefix,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler: createClientErrorHandler(logger),
    exposeHeadRoutes: true,
    // find-my-way refuses path parameters over 100 characters by default; saved-object ids may be
    // up to 512 (more once percent-encoded), and the route's codec is what should judge them.
    routerOptions: { maxParamLength: MAX_PATH_PARAM_LENGTH },
  }) as unknown as FastifyInstance;
}

const formatUrl = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

export function createHttpServer({ config, logger }: { config: HttpConfig; logger: Logger }): HttpServer {
  // pino appends child bindings, so naming an already named logger would repeat `log.logger`
  // in every line (and Elasticsearch rejects documents with duplicate keys).
  const serverLogger = 'log.logger' in logger.bindings() ? logger : logger.child({ 'log.logger': 'http.server' });
  const fastify = createFastify(config, serverLogger);
  let authenticationHandler: AuthenticationHandler | undefined;
  let spaceResolver: SpaceResolver = noSpaces;
  let contextFactory: ContextFactory = missingContextFactory;
  let origin = formatUrl(config.host, config.port);
  const runtime: RouteRuntime = {
    authenticationHandler: () => authenticationHandler,
    spaceResolver: () => spaceResolver,
    contextFactory: () => contextFactory,
    origin: () => origin,
  };

  installErrorHandling(fastify);
  installSecurityHeaders(fastify);
  installRequestLogging(fastify, serverLogger);
  installJsonBodyParser(fastify);
  installNdjsonBodyParser(fastify);
  installMultipart(fastify);
  installGracefulClose(fastify);
  const routes = createRouteTable();
  const appRouter = () => createRouter(fastify, { runtime, defaultBodyLimit: config.maxPayload || DEFAULT_MAX_PAYLOAD, routes });

  return {
    fastify,
    createRouter: appRouter,
    routes: routes.list,
    setAuthenticationHandler: (handler) => (authenticationHandler = handler),
    setSpaceResolver: (resolver) => (spaceResolver = resolver),
    setContextFactory: (factory) => (contextFactory = factory),
    serveApp: (options) => serveApp(fastify, appRouter(), options),
    async start() {
      await fastify.listen({ host: config.host, port: config.port });
      const { port } = fastify.server.address() as AddressInfo;
      origin = formatUrl(config.host, port);
      return { url: origin, port };
    },
    stop: () => fastify.close(),
  };
}
