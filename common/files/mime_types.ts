/**
 * The file types a case accepts by default (`xpack.cases.files.allowedMimeTypes` replaces the
 * list): Kibana's families (images, text, archives, PDF) plus the evidence a SOC collects that
 * Kibana's list leaves out (packet captures, saved mail). HTML is never accepted; SVG is, as in
 * Kibana, but it is only ever served as a download.
 */
export const IMAGE_MIME_TYPES: readonly string[] = [
  'image/apng',
  'image/avif',
  'image/bmp',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/jpeg',
  'image/png',
  'image/svg+xml',
  'image/tiff',
  'image/vnd.microsoft.icon',
  'image/webp',
  'image/x-icon',
];

const TEXT_MIME_TYPES = ['text/plain', 'text/csv', 'text/json', 'application/json', 'application/x-ndjson'];
const ARCHIVE_MIME_TYPES = [
  'application/zip',
  'application/x-zip-compressed',
  'application/gzip',
  'application/x-gzip',
  'application/x-bzip',
  'application/x-bzip2',
  'application/x-7z-compressed',
  'application/x-tar',
];
const DOCUMENT_MIME_TYPES = ['application/pdf'];
const EVIDENCE_MIME_TYPES = ['application/vnd.tcpdump.pcap', 'application/x-pcapng', 'message/rfc822'];

export const DEFAULT_ALLOWED_MIME_TYPES: readonly string[] = [
  ...IMAGE_MIME_TYPES,
  ...TEXT_MIME_TYPES,
  ...ARCHIVE_MIME_TYPES,
  ...DOCUMENT_MIME_TYPES,
  ...EVIDENCE_MIME_TYPES,
];

/** Images get the lower size cap and an inline preview (as an image, never as a page). */
export const isImageMimeType = (mimeType: string): boolean => IMAGE_MIME_TYPES.includes(mimeType.toLowerCase());

/** Previewable in an `<img>`: raster images only. SVG can carry script, so it is never previewed. */
export const isPreviewableImage = (mimeType: string): boolean => isImageMimeType(mimeType) && mimeType.toLowerCase() !== 'image/svg+xml';
