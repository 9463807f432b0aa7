/**
 * The dates `from` and `to` of the find API accept, as Kibana's KQL range does: an ISO date,
 * or Elasticsearch date math (`now`, `now-30d`, `now-1d/d`, `now+1h`).
 */
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

/** An ISO string, or undefined when the text is neither a date nor date math. */
export function parseDateMath(text: string, now: Date): string | undefined {
  const value = text.trim();
  const math = DATE_MATH.exec(value);
  if (math) {
    let date = new Date(now);
    for (const [, sign, amount, unit] of math[1].matchAll(/([+-])(\d+)([smhdwMy])/g)) {
      const n = Number(amount) * (sign === '-' ? -1 : 1);
      if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + n);
      else if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() + n);
      else date = new Date(date.getTime() + n * UNIT_MS[unit]);
    }
    return (math[2] ? roundDown(date, math[2]) : date).toISOString();
  }
  // Epoch milliseconds or a calendar date; nothing else (Date.parse is lenient with words).
  if (/^\d+$/.test(value)) return new Date(Number(value)).toISOString();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  return undefined;
}
