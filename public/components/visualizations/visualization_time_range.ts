/**
 * A chart's time range as the panel shows and queries it. Charts in cases store absolute
 * instants; an older attachment or a pasted Kibana embed may hold date math (`now-7d`), which is
 * resolved against the moment the chart is shown, and the panel says so, since the same chart
 * will show other data tomorrow.
 */
import dateMath from '@elastic/datemath';
import type { AbsoluteTimeRange } from '../../../common/visualizations/definition';
import { isRecord } from '../../../common/visualizations/lens/unknown_value';

export interface StoredTimeRange {
  from: string;
  to: string;
  mode?: string;
}

export type ResolvedTimeRange =
  | { ok: true; range: AbsoluteTimeRange; relative: StoredTimeRange | null }
  | { ok: false; problem: string };


/** A stored `{ from, to }` read leniently, or null when it is not one. */
export function storedTimeRangeOf(value: unknown): StoredTimeRange | null {
  if (!isRecord(value) || typeof value.from !== 'string' || typeof value.to !== 'string') return null;
  return { from: value.from, to: value.to, ...(typeof value.mode === 'string' ? { mode: value.mode } : {}) };
}

// `now-7d`, `now/d`, or an anchored `2025-04-24||-1d`; anything else must be a date.
const isDateMath = (value: string) => value.trim().startsWith('now') || value.includes('||');

/** Epoch ms of one end, or NaN; plain dates skip moment, whose fallback parser guesses (and warns). */
function parseBound(value: string, now: Date, roundUp: boolean): number {
  if (!isDateMath(value)) return Date.parse(value);
  const parsed = dateMath.parse(value, { forceNow: now, roundUp });
  return parsed?.isValid() ? parsed.valueOf() : Number.NaN;
}

export function resolveTimeRange(stored: StoredTimeRange | null | undefined, now: Date = new Date()): ResolvedTimeRange {
  if (!stored) return { ok: false, problem: 'It has no time range.' };
  const relative = isDateMath(stored.from) || isDateMath(stored.to);
  const from = parseBound(stored.from, now, false);
  const to = parseBound(stored.to, now, true);
  if (Number.isNaN(from) || Number.isNaN(to)) {
    return { ok: false, problem: `Its time range "${stored.from}" to "${stored.to}" is neither dates nor date math.` };
  }
  if (from > to) return { ok: false, problem: `Its time range starts (${stored.from}) after it ends (${stored.to}).` };
  return { ok: true, range: { from: new Date(from).toISOString(), to: new Date(to).toISOString() }, relative: relative ? stored : null };
}

/** The zone a chart's dates follow: the user's, which is the browser's. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The range in the given time zone (the browser's by default), the zone named on each end. */
export function formatTimeRange(range: AbsoluteTimeRange, timeZone?: string): string {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return `${range.from} to ${range.to}`;
  const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone });
  return `${format.format(from)} to ${format.format(to)}`;
}
