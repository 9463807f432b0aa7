/**
 * What the alerts benchmark knows its answers must be, from the alerts it generated and
 * attached: a fast wrong answer is not a figure, so every timed route's answer is checked
 * against these facts, and a mismatch throws (the one way the quick bench may fail `npm test`).
 */

export const TOP_VALUES = 10;

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(item[key], (counts.get(item[key]) ?? 0) + 1);
  return counts;
}

/** `attached`: `[{ id, timestamp, host, user }]` of every alert attached to the case. */
export function attachedFacts(attached) {
  return {
    count: attached.length,
    hosts: countBy(attached, 'host'),
    users: countBy(attached, 'user'),
    timestampsDesc: attached.map((a) => a.timestamp).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)),
  };
}

function fail(what, detail) {
  throw new Error(`alerts bench: wrong answer from ${what}: ${detail}`);
}

const asArray = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/**
 * A page of the case's Alerts tab sorted by `@timestamp` desc: the total is the case's alert
 * count, the page holds exactly the expected timestamps (ties make ids ambiguous, times not),
 * and every alert names the case in `kibana.alert.case_ids`.
 */
export function checkTabPage(answer, { facts, caseId, page, perPage, what }) {
  if (answer.total !== facts.count) fail(what, `total ${answer.total}, expected ${facts.count}`);
  const expected = facts.timestampsDesc.slice((page - 1) * perPage, page * perPage);
  const got = (answer.alerts ?? []).map((a) => a.fields?.['@timestamp']);
  if (got.length !== expected.length || got.some((t, i) => t !== expected[i])) {
    fail(what, `timestamps ${JSON.stringify(got.slice(0, 3))}…, expected ${JSON.stringify(expected.slice(0, 3))}…`);
  }
  const stray = answer.alerts.find((a) => !asArray(a.fields?.['kibana.alert.case_ids']).includes(caseId));
  if (stray) fail(what, `alert ${stray.id} does not name the case in kibana.alert.case_ids`);
}

/** `{ total, values: [{ name, count }] }` against the true counts: the distinct total, and the top values with their exact counts. */
function checkTopValues(metric, counts, what) {
  if (!metric || metric.total !== counts.size) fail(what, `total ${metric?.total}, expected ${counts.size}`);
  const values = metric.values ?? [];
  if (values.length !== Math.min(TOP_VALUES, counts.size)) fail(what, `${values.length} values, expected ${Math.min(TOP_VALUES, counts.size)}`);
  for (const value of values) {
    if (counts.get(value.name) !== value.count) fail(what, `${value.name} counted ${value.count}, expected ${counts.get(value.name)}`);
  }
  // The values must be the most frequent ones: none left out may be more frequent than the least one shown.
  const shown = new Set(values.map((v) => v.name));
  const least = Math.min(...values.map((v) => v.count));
  const missed = [...counts].find(([name, count]) => !shown.has(name) && count > least);
  if (missed) fail(what, `${missed[0]} (${missed[1]} alerts) is missing from the top ${TOP_VALUES}`);
}

/** One feature's answer of GET /internal/cases/metrics/{case_id}. */
export function checkMetric(feature, answer, facts) {
  const what = `metrics ${feature}`;
  if (feature === 'alerts.count') {
    if (answer?.alerts?.count !== facts.count) fail(what, `count ${answer?.alerts?.count}, expected ${facts.count}`);
  } else if (feature === 'alerts.users') {
    checkTopValues(answer?.alerts?.users, facts.users, what);
  } else if (feature === 'alerts.hosts') {
    checkTopValues(answer?.alerts?.hosts, facts.hosts, what);
  } else {
    throw new Error(`no check for ${feature}`);
  }
}

/**
 * After closing the synced case: none of its alerts is left open or acknowledged, and the
 * index's closed count grew by exactly the case's alerts that were not closed before.
 */
export function checkSynced({ caseNotClosedAfter, closedBefore, closedAfter, caseNotClosedBefore }) {
  if (caseNotClosedAfter !== 0) fail('the case Alerts tab after closing', `${caseNotClosedAfter} of the case's alerts are still open or acknowledged`);
  if (closedAfter !== closedBefore + caseNotClosedBefore) {
    fail('the Alerts page find after closing', `${closedAfter} closed alerts, expected ${closedBefore} + ${caseNotClosedBefore}`);
  }
}
