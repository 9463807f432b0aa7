/**
 * The "Alerts" section of BENCHMARKS.md. An `--alerts` run writes it alone, so its note
 * carries its own date, machine and command, as the Elasticsearch section does; a full run
 * writes it with the rest.
 */
import { TOP_VALUES } from './alerts_checks.mjs';
import { deepPageOf, TAB_PER_PAGE } from './alerts_reads.mjs';
import { HOST_COUNT, USER_COUNT } from './generate/alerts_documents.mjs';
import { evaluateAlertTargets } from './targets.mjs';

export const ALERTS_SECTION_TITLE = 'Alerts';

const fmt = (n) => n.toLocaleString('en-US');

/** `results`: runAlerts's answer; `machine`: describeMachine's. */
export function alertsSection(results, { machine, command }) {
  const { size, attach } = results;
  return {
    title: ALERTS_SECTION_TITLE,
    note:
      `Measured ${machine.date} by \`${command}\` on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}: the built server on the embedded store, a fresh data folder, one client over 127.0.0.1. ` +
      `${fmt(size.alerts)} generated alerts (seeded: 16 rules, the noisy ones most frequent; ${fmt(HOST_COUNT)} hosts and ${fmt(USER_COUNT)} users drawn with a skew, so a few are in most alerts; 30 days, recent days busier; old alerts more often acknowledged or closed) ingested through \`POST /api/alerts/_ingest\` in requests of 10,000 (about 9 MB of JSON each); ` +
      `every tenth, ${fmt(attach.alerts)}, attached to one case with alert sync on through \`POST /internal/cases/{case_id}/attachments/_bulk_create\` in requests of 10,000 ids, one alert attachment per rule as the Alerts page sends them. Rates count the requests alone. ` +
      `Reads at ONE connection after a warm-up, so latency is the cost of the request, not queueing: the case's Alerts tab (\`GET /internal/cases/{case_id}/alerts/_find\`, ${TAB_PER_PAGE} rows sorted by \`@timestamp\` desc, page 1 and page ${deepPageOf(attach.alerts)}, the last inside a 10,000-row window) reads the live alert documents holding the case id, and each metric (\`GET /internal/cases/metrics/{case_id}?features=…\`, one feature per request) counts or aggregates them (top ${TOP_VALUES} users and hosts with distinct totals). ` +
      'Closing the case is one `PATCH /api/cases` timed to its answer: the server sets every one of the case\'s alerts to closed in batches before answering. ' +
      'Every answer is checked against the generated data (totals, pages, metric counts, alerts closed afterwards), so a figure is never of a wrong answer. ' +
      `The Alerts page is timed in headless Chromium from navigation until its table's first row, with its default filters over all ${fmt(size.alerts)} alerts; cold is the first load with the browser's cache emptied (the server has been serving the steps above). ` +
      'Targets: issue 13, stated at 100,000 alerts in one case out of 1,000,000.',
    rows: evaluateAlertTargets(results),
  };
}
