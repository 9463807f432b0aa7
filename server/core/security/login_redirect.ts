/**
 * Where the browser goes after login: the `next` parameter of the login page's URL when it is
 * a path on this server, else the default route (`server.defaultRoute`). Anything that could leave the origin (`//evil`, `/\evil`,
 * `https://evil`, `javascript:`) falls back, so the login page is never an open redirect.
 */
const PROBE_ORIGIN = 'http://probe.invalid';

export function postLoginLocation(currentURL: string, defaultRoute: string): string {
  let next: string | null;
  try {
    next = new URL(currentURL, PROBE_ORIGIN).searchParams.get('next');
  } catch {
    return defaultRoute;
  }
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return defaultRoute;
  // Control characters can be stripped by browsers, turning `/\t/evil` into `//evil`.
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return defaultRoute;
  try {
    const resolved = new URL(next, PROBE_ORIGIN);
    if (resolved.origin !== PROBE_ORIGIN) return defaultRoute;
  } catch {
    return defaultRoute;
  }
  return next;
}
