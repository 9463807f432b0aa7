/**
 * The one rule for which URLs markdown may turn into links or images. An allow-list rather
 * than a block-list: `javascript:`, `data:`, `vbscript:` and any scheme invented later stay
 * text, whatever case, entity encoding or whitespace the author used to disguise them.
 */
const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const ALLOWED_IMAGE_PROTOCOLS = ['http:', 'https:'];

function isSafe(url: unknown, protocols: string[]): boolean {
  if (typeof url !== 'string') return false;
  const trimmed = url.trim();
  if (trimmed === '') return false;
  // Same-origin paths and fragments cannot carry a script scheme; `//host` is plain http(s).
  if (trimmed.startsWith('/') || trimmed.startsWith('#')) return true;
  try {
    // The URL parser strips tabs and newlines and lower-cases the scheme, as browsers do, so
    // `JaVa\tScript:` is judged by what a browser would actually run.
    return protocols.includes(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

export const isSafeLinkUrl = (url: unknown) => isSafe(url, ALLOWED_LINK_PROTOCOLS);
export const isSafeImageUrl = (url: unknown) => isSafe(url, ALLOWED_IMAGE_PROTOCOLS);
export const SAFE_LINK_PROTOCOLS: readonly string[] = ALLOWED_LINK_PROTOCOLS;
