/**
 * `GET /api/cases/_openapi`: the OpenAPI document of this server. `docs/openapi.yaml` is the
 * source, reviewed beside the routes it describes; it is answered as JSON, which every OpenAPI
 * tool reads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CASES_OPENAPI_URL } from '../../common/constants';
import type { RouteDeps } from './types';

/** The package root, whether this runs from build/server/routes or from server/routes under jest. */
const packageRoot = resolve(__dirname, __dirname.includes(join('build', 'server')) ? '../../..' : '../..');

export const OPENAPI_DOCUMENT_PATH = join(packageRoot, 'docs', 'openapi.yaml');

let document: unknown;

/** Parsed on first use and kept: the file ships with the release and does not change while it runs. */
export function readOpenApiDocument(): unknown {
  document ??= parse(readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8'));
  return document;
}

export function registerOpenApiRoute({ router }: Pick<RouteDeps, 'router'>): void {
  router.get({ path: CASES_OPENAPI_URL, validate: false, options: { access: 'public' } }, async (_ctx, _req, res) =>
    res.ok({ body: readOpenApiDocument() as Record<string, unknown> }),
  );
}
