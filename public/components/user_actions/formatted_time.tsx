/**
 * Timestamps in the case view: relative ("3 hours ago") where the question is "how recent", with
 * the exact local time as its title and a machine-readable `dateTime`. No tooltip: a long
 * timeline of focusable timestamps would bury the actions a keyboard user is looking for.
 */
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

export function formatAbsolute(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : absolute.format(time);
}

export function formatRelative(iso: string, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = (time - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

export function FormattedTime({ iso, mode = 'relative', 'data-test-subj': testSubj }: { iso: string; mode?: 'relative' | 'absolute'; 'data-test-subj'?: string }) {
  const exact = formatAbsolute(iso);
  return (
    <time dateTime={iso} title={exact} data-test-subj={testSubj}>
      {mode === 'relative' ? formatRelative(iso) : exact}
    </time>
  );
}
