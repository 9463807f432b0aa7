/**
 * The alerts benchmark (issue 13): one case holding a tenth of the alerts in the index, on the
 * embedded store, against the built server on a fresh data folder. In order: ingest, attach,
 * the case's Alerts tab, its alerts metrics, the Alerts page in Chromium, then closing the
 * synced case. Every answer is checked (alerts_checks.mjs); timings are never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachedFacts, checkSynced } from './alerts_checks.mjs';
import { callJson, fillPath } from './alerts_http.mjs';
import { attachAlerts, createSyncedCase, ingestAlerts } from './alerts_load.mjs';
import { measureAlertsPage } from './alerts_page_render.mjs';
import { measureMetrics, measureTab, tabPath } from './alerts_reads.mjs';
import { startBuiltServer } from './built_server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const built = (path) => require(join(root, 'build', path));

/** Alerts in the index and attached to the one case; `--quick` keeps the ratio at a size `npm test` runs in seconds. */
export const ALERTS_SIZES = { full: { alerts: 1_000_000, attached: 100_000 }, quick: { alerts: 20_000, attached: 2_000 } };

async function totalOf(url, method, path, body) {
  return (await callJson(url, method, path, body)).body.total;
}

/** The case's alerts not yet closed, read from the alert documents through the tab's status filter. */
async function caseNotClosed(url, constants, caseId) {
  let total = 0;
  for (const status of ['open', 'acknowledged']) total += await totalOf(url, 'GET', tabPath(constants, caseId, { page: '1', perPage: '1', status }));
  return total;
}

/** PATCHes the case to closed and times that one request; then checks that its alerts were closed, and no others. */
export async function measureSyncOnClose({ url, constants, caseId }) {
  const closedFind = () => totalOf(url, 'POST', constants.INTERNAL_ALERTS_FIND_URL, { status: ['closed'], perPage: 1 });
  const closedBefore = await closedFind();
  const caseNotClosedBefore = await caseNotClosed(url, constants, caseId);
  const { body: current } = await callJson(url, 'GET', fillPath(constants.CASE_DETAILS_URL, { case_id: caseId }));
  const answer = await callJson(url, 'PATCH', constants.CASES_URL, { cases: [{ id: caseId, version: current.version, status: 'closed' }] });
  if (answer.body?.[0]?.status !== 'closed') throw new Error(`alerts bench: closing the case answered ${JSON.stringify(answer.body).slice(0, 300)}`);
  checkSynced({ caseNotClosedAfter: await caseNotClosed(url, constants, caseId), closedBefore, closedAfter: await closedFind(), caseNotClosedBefore });
  return { seconds: answer.ms / 1000, synced: caseNotClosedBefore };
}

/** Returns `{ size, generation, attach, tab, metrics, ui, sync }` for alerts_section.mjs. */
export async function runAlerts({ main, quick, timing }) {
  const size = quick ? ALERTS_SIZES.quick : ALERTS_SIZES.full;
  const constants = built('common/constants.js');
  const index = built('server/config.js').DEFAULT_ALERTS_INDEX_PATTERN.replace('{spaceId}', 'default');
  const dataDir = mkdtempSync(join(tmpdir(), `cases-bench-alerts-${size.alerts}-`));
  let server;
  try {
    server = await startBuiltServer(main, dataDir);
    const { url } = server;
    const { id: caseId } = await createSyncedCase(url);
    const fmt = (n) => n.toLocaleString('en-US');
    console.error(`ingesting ${fmt(size.alerts)} alerts…`);
    const attachEvery = size.alerts / size.attached;
    const { generation, attached } = await ingestAlerts({ url, constants, count: size.alerts, attachEvery, index, endMs: Date.now(), verbose: !quick });
    console.error(`attaching ${fmt(attached.length)} alerts to one case…`);
    const attach = await attachAlerts({ url, constants, caseId, attached });
    const facts = attachedFacts(attached);
    console.error('case Alerts tab and metrics…');
    const tab = await measureTab({ url, constants, caseId, facts, timing });
    const metrics = await measureMetrics({ url, constants, caseId, facts, timing });
    console.error('Alerts page in Chromium…');
    const ui = await measureAlertsPage(url);
    console.error('closing the case (alert sync)…');
    const sync = await measureSyncOnClose({ url, constants, caseId });
    return { size, generation, attach, tab, metrics, ui, sync };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
