/**
 * Durations as Kibana's settings write them: `30s`, `90m`, `8h`, `30d`, `2w`, or plain
 * milliseconds. One parser for configuration and API-key expirations alike.
 */
const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const DURATION = /^(\d+)(ms|s|m|h|d|w)$/;

/** Milliseconds, or undefined when the text is not a positive duration. */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return parseDuration(Number(text));
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  return Number.isSafeInteger(ms) && ms > 0 ? ms : undefined;
}
