/**
 * A time zone's UTC offset as a SQL expression over epoch seconds, so a histogram's rows are
 * put on the local wall clock inside SQLite (one integer per row) rather than in JavaScript
 * (one Intl call per row). The zone's offset changes are found once per zone from Intl and
 * become a balanced CASE: a dozen comparisons per row for a zone with daylight saving time.
 *
 * Changes are looked for from 1970 to 2100, sampling every SAMPLE_DAYS and bisecting to the
 * second where two samples differ; before and after, the nearest known offset holds. Zones
 * changing twice within SAMPLE_DAYS (none has since the 1970s: DST periods last months) would be missed.
 */
import { isUtc, offsetMs } from './date_histogram';

const FROM = Date.UTC(1970, 0, 1) / 1000;
const TO = Date.UTC(2100, 0, 1) / 1000;
const SAMPLE_DAYS = 28;
const DAY_SECONDS = 86_400;

/** The offset in seconds that holds from `from` (epoch seconds) to the next span. */
interface OffsetSpan {
  from: number;
  offset: number;
}

const spansByZone = new Map<string, OffsetSpan[]>();

const offsetSeconds = (epochSeconds: number, timeZone: string): number => offsetMs(epochSeconds * 1000, timeZone) / 1000;

/** The first second at which the offset differs from the one at `low`; it differs at `high`. */
function changeBetween(low: number, high: number, timeZone: string): number {
  const before = offsetSeconds(low, timeZone);
  let [lo, hi] = [low, high];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetSeconds(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

export function offsetSpans(timeZone: string): OffsetSpan[] {
  const known = spansByZone.get(timeZone);
  if (known) return known;
  const spans: OffsetSpan[] = [{ from: -Infinity, offset: offsetSeconds(FROM, timeZone) }];
  let previous = FROM;
  let previousOffset = spans[0].offset;
  for (let at = FROM + SAMPLE_DAYS * DAY_SECONDS; at <= TO; at += SAMPLE_DAYS * DAY_SECONDS) {
    const offset = offsetSeconds(at, timeZone);
    if (offset !== previousOffset) {
      const change = changeBetween(previous, at, timeZone);
      spans.push({ from: change, offset: offsetSeconds(change, timeZone) });
      // Two changes within one sample step (rare): the bisection found the first; look again.
      if (spans[spans.length - 1].offset !== offset) {
        const second = changeBetween(change, at, timeZone);
        spans.push({ from: second, offset });
      }
      previousOffset = offset;
    }
    previous = at;
  }
  spansByZone.set(timeZone, spans);
  return spans;
}

function caseOver(spans: OffsetSpan[], epochSeconds: string): string {
  if (spans.length === 1) return String(spans[0].offset);
  const mid = Math.floor(spans.length / 2);
  const before = caseOver(spans.slice(0, mid), epochSeconds);
  const after = caseOver(spans.slice(mid), epochSeconds);
  return `CASE WHEN ${epochSeconds} < ${spans[mid].from} THEN ${before} ELSE ${after} END`;
}

/** The zone's offset in seconds at `epochSeconds` (an integer SQL expression). */
export function offsetSql(epochSeconds: string, timeZone: string | undefined): string {
  if (isUtc(timeZone)) return '0';
  return caseOver(offsetSpans(timeZone as string), epochSeconds);
}
