/**
 * Test-only: an IRouter that records registrations, and a way to call a handler as the real
 * router would: decode params/query/body (400 on failure), run the handler, and turn a thrown
 * HttpError into Kibana's error body.
 */
import { DecodeError, decodeOrThrow } from '../../../../common/core/codec';
import { isHttpError, reasonPhrase } from '../../errors';
import type {
  IRouter,
  KibanaResponse,
  RequestHandler,
  RequestHandlerContext,
  ResponseFactory,
  RouteConfig,
  RouteMethod,
} from '../../http/types';
import type { SavedObjectsClientContract } from '../../saved_objects/types';
import type { AuthenticatedUser } from '../types';
import { fakeRequest, type FakeRequestInit } from './fake_request';

interface Registered {
  method: RouteMethod;
  config: RouteConfig<unknown, unknown, unknown>;
  handler: RequestHandler<unknown, unknown, unknown>;
}

const errorResponse = (status: number, body?: string | { message: string }, headers: Record<string, string> = {}): KibanaResponse => ({
  status,
  body: { statusCode: status, error: reasonPhrase(status), message: typeof body === 'string' ? body : (body?.message ?? reasonPhrase(status)) },
  headers,
});

export const responseFactory: ResponseFactory = {
  ok: (o = {}) => ({ status: 200, body: o.body, headers: o.headers ?? {} }),
  created: (o = {}) => ({ status: 201, body: o.body, headers: o.headers ?? {} }),
  accepted: (o = {}) => ({ status: 202, body: o.body, headers: o.headers ?? {} }),
  noContent: (o = {}) => ({ status: 204, body: undefined, headers: o.headers ?? {} }),
  redirected: (o) => ({ status: 302, body: undefined, headers: o.headers }),
  badRequest: (o) => errorResponse(400, o.body),
  unauthorized: (o = {}) => errorResponse(401, o.body),
  forbidden: (o = {}) => errorResponse(403, o.body),
  notFound: (o = {}) => errorResponse(404, o.body),
  conflict: (o = {}) => errorResponse(409, o.body),
  customError: (o) => errorResponse(o.statusCode, o.body, o.headers),
};

export interface CallInit extends FakeRequestInit {
  user?: AuthenticatedUser;
}

export interface FakeRouter extends IRouter {
  routes: Registered[];
  route(method: RouteMethod, path: string): Registered;
  call(method: RouteMethod, path: string, init?: CallInit): Promise<KibanaResponse>;
}

export function createFakeRouter(): FakeRouter {
  const routes: Registered[] = [];
  const registrar = (method: RouteMethod) =>
    ((config: RouteConfig<unknown, unknown, unknown>, handler: RequestHandler<unknown, unknown, unknown>) => {
      routes.push({ method, config, handler });
    }) as IRouter['get'];

  const route = (method: RouteMethod, path: string) => {
    const found = routes.find((r) => r.method === method && r.config.path === path);
    if (!found) throw new Error(`no route ${method.toUpperCase()} ${path}`);
    return found;
  };

  const isMultipartBody = (u: unknown): boolean => typeof u === 'object' && u !== null && typeof (u as { parts?: unknown }).parts === 'function';

  async function call(method: RouteMethod, path: string, init: CallInit = {}): Promise<KibanaResponse> {
    const { config, handler } = route(method, path);
    try {
      // As the real router: a multipart route takes only a multipart body (a MultipartBody here).
      if (config.options?.body?.accepts === 'multipart/form-data' && !isMultipartBody(init.body)) {
        return errorResponse(415, 'Unsupported Media Type: the body must be multipart/form-data');
      }
      const v = config.validate || {};
      const decoded = fakeRequest({
        ...init,
        method: method.toUpperCase(),
        path: init.path ?? path,
        params: v.params ? decodeOrThrow(v.params, init.params ?? {}) : init.params,
        query: v.query ? decodeOrThrow(v.query, init.query ?? {}) : init.query,
        body: v.body ? decodeOrThrow(v.body, init.body) : init.body,
      });
      const context: RequestHandlerContext = {
        spaceId: decoded.spaceId,
        user: init.user,
        savedObjects: {} as SavedObjectsClientContract,
      };
      return await handler(context, decoded, responseFactory);
    } catch (e) {
      if (e instanceof DecodeError) return errorResponse(400, e.message);
      if (isHttpError(e)) return errorResponse(e.statusCode, e.message, e.headers);
      throw e;
    }
  }

  return {
    routes,
    route,
    call,
    get: registrar('get'),
    post: registrar('post'),
    put: registrar('put'),
    patch: registrar('patch'),
    delete: registrar('delete'),
  };
}
