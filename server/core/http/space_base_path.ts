/**
 * The space prefix, implemented once for every route: Fastify's `rewriteUrl` strips
 * `/s/{spaceId}` before routing (as Kibana's spaces plugin rewrites the URL in onPreRouting),
 * and remembers the space for the raw request. Routes are therefore registered once, without
 * the prefix, and `KibanaRequest.url` is the path without it.
 */
import type { IncomingMessage } from 'node:http';

export const DEFAULT_SPACE_ID = 'default';

const SPACE_PREFIX = /^\/s\/([a-z0-9_-]{1,36})(?=\/|\?|$)/;

const spaceIds = new WeakMap<IncomingMessage, string>();

/** For `rewriteUrl`: returns the URL to route on and records the space of the request. */
export function stripSpacePrefix(raw: IncomingMessage): string {
  const url = raw.url ?? '/';
  // Most requests are in the default space; skip the regex for them.
  if (url.charCodeAt(1) !== 115 /* s */ || url.charCodeAt(2) !== 47 /* / */) return url;
  const match = SPACE_PREFIX.exec(url);
  if (!match) return url;
  spaceIds.set(raw, match[1]);
  const rest = url.slice(match[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

export function spaceIdOf(raw: IncomingMessage): string {
  return spaceIds.get(raw) ?? DEFAULT_SPACE_ID;
}

/** The browser-facing path of `path` in `spaceId`: `/s/{spaceId}` + path outside the default space. */
export function addSpacePrefix(spaceId: string, path: string): string {
  return spaceId === DEFAULT_SPACE_ID ? path : `/s/${spaceId}${path}`;
}
