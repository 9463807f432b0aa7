/**
 * Alert times to the second, as Kibana's alerts table shows them: analysts order events on a
 * host by these, so "3 hours ago" would not do. Local time, with the ISO value machine-readable.
 */
const format = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export function formatAlertTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}

export function FormattedAlertTime({ value }: { value: string | undefined }) {
  if (!value) return <span>—</span>;
  return <time dateTime={value}>{formatAlertTime(value)}</time>;
}
