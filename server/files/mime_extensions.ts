/**
 * File extensions of the MIME types a case accepts. Kibana takes a file's extension from its
 * MIME type (the `mime-types` package), not from the uploaded name, so `report.exe` sent as
 * text/plain downloads as `report.txt`. No MIME package is a dependency of this project, and
 * the accepted types are a short, known list, so the table is ours; a type it does not know
 * (an admin's addition to `xpack.cases.files.allowedMimeTypes`) gets no extension.
 */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/apng': 'apng',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/tiff': 'tiff',
  'image/vnd.microsoft.icon': 'ico',
  'image/webp': 'webp',
  'image/x-icon': 'ico',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'text/json': 'json',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/gzip': 'gz',
  'application/x-gzip': 'gz',
  'application/x-bzip': 'bz',
  'application/x-bzip2': 'bz2',
  'application/x-7z-compressed': '7z',
  'application/x-tar': 'tar',
  'application/pdf': 'pdf',
  'application/vnd.tcpdump.pcap': 'pcap',
  'application/x-pcapng': 'pcapng',
  'message/rfc822': 'eml',
};

/** Names a browser or curl may give a file whose part carries no useful type. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(EXTENSIONS).map(([mime, ext]) => [ext, mime])),
  // Several types share an extension; these are the ones a name most likely means.
  json: 'application/json',
  zip: 'application/zip',
  gz: 'application/gzip',
  ico: 'image/vnd.microsoft.icon',
  jpg: 'image/jpeg',
  jpe: 'image/jpeg',
  tif: 'image/tiff',
  tgz: 'application/gzip',
  cap: 'application/vnd.tcpdump.pcap',
  log: 'text/plain',
  text: 'text/plain',
  htm: 'text/html',
  html: 'text/html',
};

/** `txt` for text/plain; '' for a type the table does not know. */
export const extensionOf = (mimeType: string): string => EXTENSIONS[mimeType.toLowerCase()] ?? '';

/** The MIME type a file name suggests (its last extension), or undefined. */
export function mimeTypeOfName(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.');
  if (dot <= 0 || dot === filename.length - 1) return undefined;
  return BY_EXTENSION[filename.slice(dot + 1).toLowerCase()];
}

/** The name without its last extension, as Kibana's post_file route names a file (`path.parse(...).name`). */
export function baseName(filename: string): string {
  const leaf = filename.split(/[\\/]/).pop() ?? '';
  const dot = leaf.lastIndexOf('.');
  return dot > 0 ? leaf.slice(0, dot) : leaf;
}
