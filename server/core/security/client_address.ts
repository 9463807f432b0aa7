/**
 * Who a failed login is counted against. The socket's peer is the client unless it is one of
 * the configured trusted proxies (`server.trustedProxies`, none by default): only then is
 * X-Forwarded-For read, and only as far as trusted proxies vouch for it, since any client can
 * send the header with whatever address it likes.
 */
import { isIP, isIPv6 } from 'node:net';

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const TRAILING_IPV4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** `::ffff:10.0.0.1` is `10.0.0.1`: a dual-stack listener reports IPv4 peers that way. */
export function normalizeAddress(address: string): string {
  const mapped = IPV4_MAPPED.exec(address.trim());
  return (mapped ? mapped[1] : address.trim()).toLowerCase();
}

function ipv6Groups(address: string): string[] {
  const bare = address.split('%')[0];
  const hex = bare.replace(TRAILING_IPV4, (_m, a, b, c, d) =>
    `${((Number(a) << 8) | Number(b)).toString(16)}:${((Number(c) << 8) | Number(d)).toString(16)}`,
  );
  const [left, right] = hex.split('::');
  const head = left ? left.split(':') : [];
  const tail = right ? right.split(':') : [];
  const fill = right === undefined ? [] : new Array<string>(8 - head.length - tail.length).fill('0');
  return [...head, ...fill, ...tail].map((g) => parseInt(g, 16).toString(16));
}

/**
 * The unit an address limit applies to: one IPv4 address, or one IPv6 /64, since a single
 * host is routinely given a whole /64 and could otherwise step through 2^64 fresh addresses.
 */
export function addressBucket(address: string): string {
  const normalized = normalizeAddress(address);
  if (!isIPv6(normalized)) return normalized;
  return `${ipv6Groups(normalized).slice(0, 4).join(':')}::/64`;
}

const forwardedHops = (header: string | string[] | undefined): string[] =>
  ([] as string[])
    .concat(header ?? [])
    .join(',')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0);

/**
 * Walks X-Forwarded-For from the nearest hop outwards: each trusted proxy vouches for the hop
 * it appended, and the first address that is not a trusted proxy is the client. A malformed
 * hop ends the walk at the last address a trusted proxy reported.
 */
export function clientAddress(remoteAddress: string, forwardedFor: string | string[] | undefined, trustedProxies: ReadonlySet<string>): string {
  let current = normalizeAddress(remoteAddress);
  if (trustedProxies.size === 0) return current;
  const hops = forwardedHops(forwardedFor);
  for (let i = hops.length - 1; i >= 0 && trustedProxies.has(current); i -= 1) {
    const hop = normalizeAddress(hops[i]);
    if (isIP(hop) === 0) break;
    current = hop;
  }
  return current;
}

/** The configured proxy list, normalized once so lookups match what sockets report. */
export const trustedProxySet = (addresses: readonly string[]): ReadonlySet<string> => new Set(addresses.map(normalizeAddress));
