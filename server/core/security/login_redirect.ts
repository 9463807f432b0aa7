/**
 * Where the browser goes after login: the `next` parameter of the login page's URL when it is
 * a path on this server, else the app. Anything that could leave the origin (`//evil`, `/\evil`,
 * `https://evil`, `javascript:`) falls back, so the login page is never an open redirect.
 */
export const DEFAULT_LOCATION = '/app/cases';
const PROBE_ORIGIN = 'http://probe.invalid';

export function postLoginLocation(currentURL: string): string {
  let next: string | null;
  try {
    next = new URL(currentURL, PROBE_ORIGIN).searchParams.get('next');
  } catch {
    return DEFAULT_LOCATION;
  }
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_LOCATION;
  // Control characters can be stripped by browsers, turning `/\t/evil` into `//evil`.
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return DEFAULT_LOCATION;
  try {
    const resolved = new URL(next, PROBE_ORIGIN);
    if (resolved.origin !== PROBE_ORIGIN) return DEFAULT_LOCATION;
  } catch {
    return DEFAULT_LOCATION;
  }
  return next;
}
