/**
 * Kibana (hapi) route paths to Fastify (find-my-way) paths: `{caseId}` → `:caseId`,
 * `{id?}` → `:id?`, and the catch-all `{path*}` → `*`, whose value Fastify reports under `*`
 * and we hand back under the name the route declared.
 */

export interface FastifyRoutePath {
  path: string;
  /** The declared name of a `{name*}` catch-all, if the path ends in one. */
  wildcardParam?: string;
}

const SEGMENT = /\{([A-Za-z_][A-Za-z0-9_]*)(\*|\?)?\}/g;

export function toFastifyPath(kibanaPath: string): FastifyRoutePath {
  if (!kibanaPath.startsWith('/')) throw new Error(`Route path must start with "/": ${kibanaPath}`);
  let wildcardParam: string | undefined;
  const path = kibanaPath.replace(SEGMENT, (match, name: string, modifier: string | undefined, offset: number) => {
    if (modifier !== '*') return `:${name}${modifier ?? ''}`;
    if (offset + match.length !== kibanaPath.length) {
      throw new Error(`A catch-all parameter must end the path: ${kibanaPath}`);
    }
    wildcardParam = name;
    return '*';
  });
  return { path, wildcardParam };
}

/** Renames Fastify's `*` param to the route's declared catch-all name. */
export function renameWildcard(params: Record<string, string>, wildcardParam: string | undefined) {
  if (wildcardParam === undefined || !('*' in params)) return params;
  const { '*': value, ...rest } = params;
  return { ...rest, [wildcardParam]: value };
}
