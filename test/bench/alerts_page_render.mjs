/**
 * The Alerts page's first render with the whole index behind it, in headless Chromium, timed
 * as the all-cases UI figure is (ui_list_render.mjs): navigation start until the first data
 * row of the alerts table is attached, once cold (browser cache emptied) and WARM_LOADS times
 * warm. The page opens with its default filters (open and acknowledged, the last 30 days), so
 * its first request sorts and counts nearly the whole index.
 */
import { median, round } from './stats.mjs';
import { kB, measureFirstRowLoads, WARM_LOADS } from './ui_list_render.mjs';

/** Where the Alerts page helper put the page and its table (public/components/alerts). */
export const ALERTS_PAGE_PATH = '/app/security/alerts';
export const ALERTS_TABLE_ROW = '[data-test-subj="alerts-table"] [data-test-subj^="alerts-table-row-"]';

/** `{ 'cold ms', 'p50 ms', 'max ms', 'cold kB', loads }` of the page on a running server. */
export async function measureAlertsPage(url) {
  const { cold, warm } = await measureFirstRowLoads({ url, path: ALERTS_PAGE_PATH, row: ALERTS_TABLE_ROW });
  const warmMs = warm.map((load) => load.ms);
  return { loads: WARM_LOADS, 'cold ms': round(cold.ms), 'p50 ms': round(median(warmMs)), 'max ms': round(Math.max(...warmMs)), 'cold kB': kB(cold.bytes) };
}
