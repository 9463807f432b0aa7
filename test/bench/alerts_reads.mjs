/**
 * The case's reads at one connection (sequential_load.mjs: the cost of a request without
 * queueing): the Alerts tab's first and a deep page, and each alerts metric alone. Each route
 * is first answered once and checked (alerts_checks.mjs), then warmed up and timed.
 */
import { URLSearchParams } from 'node:url';
import { READ_HEADERS } from './api_requests.mjs';
import { checkMetric, checkTabPage } from './alerts_checks.mjs';
import { callJson, fillPath } from './alerts_http.mjs';
import { runSequential } from './sequential_load.mjs';

/** Rows per page of the tab; the deepest page measured is the last one inside a 10,000-row window, as Elasticsearch's default max_result_window allows. */
export const TAB_PER_PAGE = 50;
const RESULT_WINDOW = 10_000;
export const METRIC_FEATURES = ['alerts.count', 'alerts.users', 'alerts.hosts'];

export const deepPageOf = (count) => Math.max(1, Math.floor(Math.min(count, RESULT_WINDOW) / TAB_PER_PAGE));

export const tabPath = (constants, caseId, query) =>
  `${fillPath(constants.INTERNAL_CASE_ALERTS_FIND_URL, { case_id: caseId })}?${new URLSearchParams(query)}`;

async function timed(url, name, path, timing) {
  const request = { method: 'GET', path, headers: READ_HEADERS };
  await runSequential({ name: `${name}, warm-up`, url, request, seconds: timing.seconds, maxRequests: timing.warmup });
  return runSequential({ name, url, request, seconds: timing.seconds, maxRequests: timing.maxRequests });
}

/** `[{ page, ...runSequential result }]` for page 1 and the deep page, sorted by `@timestamp` desc. */
export async function measureTab({ url, constants, caseId, facts, timing }) {
  const rows = [];
  for (const page of [...new Set([1, deepPageOf(facts.count)])]) {
    const path = tabPath(constants, caseId, { page: String(page), perPage: String(TAB_PER_PAGE), sortField: '@timestamp', sortOrder: 'desc' });
    const what = `the case Alerts tab, page ${page}`;
    checkTabPage((await callJson(url, 'GET', path)).body, { facts, caseId, page, perPage: TAB_PER_PAGE, what });
    rows.push({ page, ...(await timed(url, what, path, timing)) });
  }
  return rows;
}

/** `[{ feature, ...runSequential result }]`, one feature per request. */
export async function measureMetrics({ url, constants, caseId, facts, timing }) {
  const rows = [];
  for (const feature of METRIC_FEATURES) {
    const path = `${fillPath(constants.INTERNAL_SINGLE_CASE_METRICS_URL, { case_id: caseId })}?features=${feature}`;
    checkMetric(feature, (await callJson(url, 'GET', path)).body, facts);
    rows.push({ feature, ...(await timed(url, `metrics ${feature}`, path, timing)) });
  }
  return rows;
}
