/**
 * The dates `from` and `to` of the find API accept, as Kibana's KQL range does: an ISO date,
 * or Elasticsearch date math (`now`, `now-30d`, `now-1d/d`, `now+1h`).
 */
import { MAX_QUERY_DATE, MIN_QUERY_DATE } from '../../../common/constants';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DATE_MATH = /^now((?:[+-]\d+[smhdwMy])*)(?:\/([smhdwMy]))?$/;

function roundDown(date: Date, unit: string): Date {
  const d = new Date(date);
  switch (unit) {
    case 'y': d.setUTCMonth(0, 1); d.setUTCHours(0, 0, 0, 0); break;
    case 'M': d.setUTCDate(1); d.setUTCHours(0, 0, 0, 0); break;
    case 'w': d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); d.setUTCHours(0, 0, 0, 0); break;
    case 'd': d.setUTCHours(0, 0, 0, 0); break;
    case 'h': d.setUTCMinutes(0, 0, 0); break;
    case 'm': d.setUTCSeconds(0, 0); break;
    case 's': d.setUTCMilliseconds(0); break;
  }
  return d;
}

const MIN_MS = Date.parse(MIN_QUERY_DATE);
const MAX_MS = Date.parse(MAX_QUERY_DATE);

/** A date of the query, or why it is not one: `syntax` (not a date), `range` (outside MIN_QUERY_DATE..MAX_QUERY_DATE). */
export type ParsedDate = { iso: string } | { invalid: 'syntax' | 'range' };

/**
 * An ISO string for date math or a date. Arithmetic far enough out (`now-1000000000y`,
 * epoch 9007199254740992) leaves JavaScript's date range and yields an invalid date, whose
 * `toISOString()` throws: every result is checked against the bounds before it is formatted.
 */
export function parseDateMath(text: string, now: Date): ParsedDate {
  const ms = toMillis(text.trim(), now);
  if (ms === undefined) return { invalid: 'syntax' };
  if (Number.isNaN(ms) || ms < MIN_MS || ms > MAX_MS) return { invalid: 'range' };
  return { iso: new Date(ms).toISOString() };
}

/** Milliseconds (NaN past JavaScript's dates), or undefined when the text is neither a date nor date math. */
function toMillis(value: string, now: Date): number | undefined {
  const math = DATE_MATH.exec(value);
  if (math) {
    let date = new Date(now);
    for (const [, sign, amount, unit] of math[1].matchAll(/([+-])(\d+)([smhdwMy])/g)) {
      const n = Number(amount) * (sign === '-' ? -1 : 1);
      if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + n);
      else if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() + n);
      else date = new Date(date.getTime() + n * UNIT_MS[unit]);
    }
    return (math[2] ? roundDown(date, math[2]) : date).getTime();
  }
  // Epoch milliseconds or a calendar date; nothing else (Date.parse is lenient with words).
  if (/^\d+$/.test(value)) return new Date(Number(value)).getTime();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
