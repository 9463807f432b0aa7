/**
 * The one judge of where a `next` parameter may send a browser: a path on our own origin,
 * parsed as WHATWG URL does (as the browser will) and serialised percent-encoded, so the
 * `Location` header only ever holds ASCII and never names another host.
 */

// A fixed base: the check must not depend on the Host header a client chose.
const BASE = 'http://same-origin.invalid';

/** Printable ASCII without space: all a `Location` value ever needs once percent-encoded. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

// Browsers strip tab and newline inside URLs (`/\t/evil` becomes `//evil`), and a backslash
// reads as a slash, so any of them makes `next` ambiguous: refused rather than repaired.
const isAmbiguous = (path: string) => [...path].some((c) => c <= '\x1f' || c === '\x7f' || c === '\\');

const isOwnPath = (path: string) => path.startsWith('/') && !path.startsWith('//');

/**
 * `next` as a same-origin path with its query and fragment, percent-encoded; undefined when it
 * is not one (not a string, a scheme, another host, `//`, a backslash, a control character,
 * or dot segments that collapse into `//host`).
 */
export function safeRedirectPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || !isOwnPath(next) || isAmbiguous(next)) return undefined;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  const location = `${url.pathname}${url.search}${url.hash}`;
  // `/a/..//evil` resolves to the path `//evil`, which a browser would read as a host.
  return isOwnPath(location) && HEADER_SAFE.test(location) ? location : undefined;
}
