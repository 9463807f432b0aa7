/**
 * Durations as the case view shows them: the two largest units ("2d 4h", "35m"), because an
 * analyst reading a summary row wants an order of magnitude, not a stopwatch.
 */
const UNITS: Array<[label: string, seconds: number]> = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 0) return '—';
  const whole = Math.floor(totalSeconds);
  if (whole === 0) return '0s';
  const first = UNITS.findIndex(([, size]) => whole >= size);
  const [label, size] = UNITS[first];
  const parts = [`${Math.floor(whole / size)}${label}`];
  const next = UNITS[first + 1];
  if (next) {
    const amount = Math.floor((whole % size) / next[1]);
    if (amount > 0) parts.push(`${amount}${next[0]}`);
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
