/**
 * A file size as people read it: "512 B", "1.5 KB", "100 MB" (binary multiples, as the limits
 * are: 100 MiB reads "100 MB"). One decimal below 10 of a unit, none above.
 */
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return `${value.toLocaleString(undefined, { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

/** The name a person recognises: `report.pdf`, or the bare name when the file has no extension. */
export function fileNameOf(file: { name: string; extension?: string | null }): string {
  return file.extension ? `${file.name}.${file.extension}` : file.name;
}
