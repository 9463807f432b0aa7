/**
 * The browser app: Vite's bundle under `/bundles/` (hashed assets cached for a year), and the
 * page routes that answer with its `index.html` or send the browser where it should be —
 * the login page for anonymous visitors, the app for signed-in ones.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { serviceUnavailable } from '../errors';
import { ENCODING_SUFFIX, negotiateEncoding } from './content_encoding';
import { responseFactory } from './response_factory';
import { safeRedirectPath } from './safe_redirect';
import { addSpacePrefix } from './space_base_path';
import type { IRouter, KibanaRequest, KibanaResponse } from './types';

export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';

async function readIndexHtml(distDir: string): Promise<Buffer> {
  try {
    return await readFile(resolve(distDir, 'index.html'));
  } catch {
    throw serviceUnavailable('The UI bundle is not built: run `npm run build` and restart the server.');
  }
}

/** The build's precompressed copy the client accepts, else the plain page (a build without copies is still served). */
async function readIndexVariant(distDir: string, acceptEncoding: KibanaRequest['headers'][string]) {
  const encoding = negotiateEncoding(acceptEncoding);
  if (encoding) {
    const compressed = await readFile(resolve(distDir, `index.html${ENCODING_SUFFIX[encoding]}`)).catch(() => undefined);
    if (compressed) return { body: compressed, encoding: { 'content-encoding': encoding } as Record<string, string> };
  }
  return { body: await readIndexHtml(distDir), encoding: {} as Record<string, string> };
}

async function appPage(distDir: string, request: KibanaRequest): Promise<KibanaResponse> {
  const { body, encoding } = await readIndexVariant(distDir, request.headers['accept-encoding']);
  return responseFactory.ok({
    body,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': APP_CONTENT_SECURITY_POLICY,
      vary: 'accept-encoding',
      ...encoding,
    },
  });
}

const redirect = (location: string) => responseFactory.redirected({ headers: { location } });

/** The URL the browser asked for, space prefix included, for the login page's `next`. */
const browserPath = (request: KibanaRequest) =>
  addSpacePrefix(request.spaceId, `${request.url.pathname}${request.url.search}`);

/**
 * Where a signed-out browser is sent. Encoding can triple a path's length, and a Location header
 * past what clients accept (Node's 16 kB) makes the answer unreadable: a `next` longer than any
 * link the app makes is dropped, and the login lands on the default page instead.
 */
const MAX_NEXT_LENGTH = 2_048;
const loginLocation = (next: string) => {
  const encoded = encodeURIComponent(next);
  return encoded.length > MAX_NEXT_LENGTH ? '/login' : `/login?next=${encoded}`;
};

function registerPageRoutes(router: IRouter, distDir: string, defaultRoute: string): void {
  router.get({ path: '/login', validate: false, options: { authRequired: 'optional', spaceAgnostic: true } }, async (context, request) => {
    if (!context.user) return appPage(distDir, request);
    return redirect(safeRedirectPath((request.query as Record<string, unknown>).next) ?? defaultRoute);
  });

  const appRoute = async (context: { user?: unknown }, request: KibanaRequest) =>
    context.user ? appPage(distDir, request) : redirect(loginLocation(browserPath(request)));
  router.get({ path: '/app', validate: false, options: { authRequired: 'optional' } }, appRoute);
  router.get({ path: '/app/{path*}', validate: false, options: { authRequired: 'optional' } }, appRoute);

  // `/`, `/s/{spaceId}` and `/s/{spaceId}/` all land here once the space prefix is stripped.
  router.get({ path: '/', validate: false, options: { authRequired: false } }, async (_context, request) =>
    redirect(addSpacePrefix(request.spaceId, defaultRoute)),
  );
}

export interface ServeAppOptions {
  distDir: string;
  /** Where `/` and a login without `next` land: the host's chosen app (`server.defaultRoute`). */
  defaultRoute: string;
}

export function serveApp(fastify: FastifyInstance, router: IRouter, options: ServeAppOptions): void {
  const root = resolve(options.distDir);
  fastify.register(fastifyStatic, {
    root,
    prefix: '/bundles/',
    decorateReply: false,
    index: false,
    // scripts/compress_assets.mjs writes `.br` and `.gz` beside each text file at build time.
    preCompressed: true,
    // Only Vite's hashed files may be cached forever; anything else is revalidated.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      const immutable = relative(root, filePath).startsWith(`assets${sep}`);
      res.setHeader('cache-control', immutable ? IMMUTABLE : 'no-cache');
      // The plugin picks the file by Accept-Encoding but does not say so to caches.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  registerPageRoutes(router, root, options.defaultRoute);
}
