/**
 * The cases routes, as docs/openapi.yaml lists them: the matrix's list of what to call comes
 * from the document, so a route added there without an expectation fails the matrix rather
 * than going untested.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const CASES_PATH = /^\/(api|internal)\/cases(\/|$)/;

/** `METHOD /path` for every operation under /api/cases and /internal/cases. */
export function casesRoutes(file = resolve(__dirname, '../../../docs/openapi.yaml')): string[] {
  const document = parse(readFileSync(file, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  const routes: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!CASES_PATH.test(path)) continue;
    for (const method of METHODS) if (item[method]) routes.push(`${method.toUpperCase()} ${path}`);
  }
  return routes;
}
