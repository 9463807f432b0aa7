/**
 * Kibana's `xpack.actions.allowedHosts`: a connector may reach a host only when the list holds
 * `*` or that exact hostname (no wildcards, no subdomains, ports ignored). A URL that does not
 * parse is refused, as it names no host that could be checked.
 */
import { EgressRefusedError } from './errors';
import type { EgressRules } from './types';

export const ALLOW_ANY_HOST = '*';

export const urlNotAllowedMessage = (url: string): string => `target url "${url}" is not added to the Kibana config xpack.actions.allowedHosts`;
export const hostNotAllowedMessage = (host: string): string => `target hostname "${host}" is not added to the Kibana config xpack.actions.allowedHosts`;

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function createEgressRules(allowedHosts: readonly string[]): EgressRules {
  // Hostnames are case-insensitive and URL parsing lowercases them: compare lowercased.
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  const anyHost = allowed.has(ALLOW_ANY_HOST);
  const hostAllowed = (host: string) => anyHost || allowed.has(host.toLowerCase());
  return {
    isUrlAllowed(url) {
      const host = hostnameOf(url);
      return host !== undefined && hostAllowed(host);
    },
    assertUrlAllowed(url) {
      const host = hostnameOf(url);
      if (host === undefined || !hostAllowed(host)) throw new EgressRefusedError(urlNotAllowedMessage(url));
    },
    assertHostAllowed(host) {
      if (!hostAllowed(host)) throw new EgressRefusedError(hostNotAllowedMessage(host));
    },
  };
}
