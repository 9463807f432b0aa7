const UNITS: Array<[label: string, seconds: number]> = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/**
 * A duration in seconds as the two largest non-zero units ("2h 5m", "3d 4h"): precise enough
 * to compare teams at a glance, short enough for a stat tile. Null (nothing closed) is "—".
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '—';
  let rest = Math.round(seconds);
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [label, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${label}`);
    else if (parts.length > 0) break;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** Seconds between two ISO timestamps; undefined when either is missing or unreadable. */
export function secondsBetween(from: string | null | undefined, to: string | null | undefined): number | undefined {
  if (!from || !to) return undefined;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (Number.isNaN(start) || Number.isNaN(end)) return undefined;
  return Math.max(0, (end - start) / 1000);
}
