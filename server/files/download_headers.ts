/**
 * The headers a file is served with. A file is evidence, possibly hostile (an HTML page with
 * script declared as text/plain, an SVG carrying JavaScript), and it is served from the app's own
 * origin, so the browser must never render it as a page:
 * - `Content-Type` is the stored type unless that type is one a browser renders as a document
 *   (HTML, SVG, XML) or one the server no longer accepts: those go out as
 *   application/octet-stream;
 * - `X-Content-Type-Options: nosniff`, so text/plain stays text;
 * - `Content-Disposition: attachment` always, except the inline preview of a raster image, which
 *   an `<img>` shows as an image and nothing else;
 * - a sandboxing CSP, so even a page opened by other means runs no script and loads nothing;
 * - no caching: the bytes are as private as the case.
 */
import { isPreviewableImage } from '../../common/files/mime_types';

const OPAQUE = 'application/octet-stream';
/** Types a browser would render as an active document, whatever the list of accepted types says. */
const RENDERED_AS_DOCUMENTS = /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|text\/xsl|application\/javascript|text\/javascript)$/i;

export interface DownloadedFile {
  name: string;
  extension: string;
  mimeType: string;
  size: number;
}

/** RFC 5987 `ext-value`: UTF-8, percent-encoded beyond `attr-char`. */
const encodeExtValue = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `name.ext`, without characters that would split a header or a path. */
export function downloadName({ name, extension }: Pick<DownloadedFile, 'name' | 'extension'>): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const safe = name.replace(/[\u0000-\u001f\u007f/\\]/g, '_') || 'file';
  return extension ? `${safe}.${extension}` : safe;
}

/** The type the bytes are served as. */
export function servedContentType(mimeType: string, allowed: readonly string[]): string {
  const type = mimeType.toLowerCase();
  if (RENDERED_AS_DOCUMENTS.test(type) || !allowed.includes(type)) return OPAQUE;
  return type;
}

/** `inline` only for an image an `<img>` previews; SVG never (isPreviewableImage). */
export const mayServeInline = (mimeType: string): boolean => isPreviewableImage(mimeType);

export function downloadHeaders(file: DownloadedFile, allowed: readonly string[], inline = false): Record<string, string> {
  const disposition = inline && mayServeInline(file.mimeType) ? 'inline' : 'attachment';
  return {
    'content-type': servedContentType(file.mimeType, allowed),
    'content-disposition': `${disposition}; filename*=UTF-8''${encodeExtValue(downloadName(file))}`,
    'content-length': String(file.size),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "sandbox; default-src 'none'",
    'cache-control': 'private, no-store',
  };
}
