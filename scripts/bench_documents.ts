/**
 * Measures the embedded document store at scale: ingest of the alerts family, case ids added
 * to and workflow status set on the alerts of one case, and the case tab's reads. Not a test
 * (no assertion on time): run it by hand before and after a storage change and compare.
 *
 *   npx esbuild scripts/bench_documents.ts --bundle --platform=node --external:better-sqlite3 --outfile=/tmp/bench_documents.js
 *   node /tmp/bench_documents.js --alerts 1000000 --case 100000 --path /tmp/bench.sqlite
 */
import { rmSync } from 'node:fs';
import { ALERT_FIELDS } from '../common/alerts/alert_fields';
import { alertIndexDefinition } from '../server/alerts/alert_index';
import { generateSampleData } from '../server/alerts/sample_data/generate';
import { resolveCasesConfig } from '../server/config';
import { createDataService } from '../server/core/data/data_service';
import { createSqliteDocumentsBackend } from '../server/core/data/sqlite/sqlite_documents';
import { f } from '../server/core/saved_objects/types';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const ALERTS = Number(arg('alerts', '1000000'));
const IN_CASE = Number(arg('case', '100000'));
const PATH = arg('path', '/tmp/bench_documents.sqlite');
const CALL = 10_000;
const BASE = 10_000;

const rows: Array<[string, string]> = [];
async function timed<T>(label: string, count: number, fn: () => Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rate = count > 1 ? `${Math.round((count / ms) * 1000).toLocaleString('en')} docs/s` : '';
  rows.push([label, `${ms.toFixed(0)} ms ${rate}`]);
  console.log(label.padEnd(44), `${ms.toFixed(1)} ms`.padStart(12), rate);
  return result;
}

/** Copies of a fixed set of sample alerts, each with its own id: generating a million is slow. */
function alertAt(base: Array<Record<string, unknown>>, i: number): Record<string, unknown> {
  const alert = base[i % base.length] as { kibana: { alert: Record<string, unknown> } };
  return { ...alert, kibana: { ...alert.kibana, alert: { ...alert.kibana.alert, uuid: `alert-${i}` } } };
}

async function main(): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${PATH}${suffix}`, { force: true });
  const service = createDataService();
  service.setup.registerIndex(alertIndexDefinition(resolveCasesConfig({} as never)));
  const data = await service.start(createSqliteDocumentsBackend({ path: PATH }));
  const client = data.getIndexClient('alerts', 'default');
  const base = generateSampleData({ spaceId: 'default', alerts: BASE, events: 0, now: new Date('2025-01-01T00:00:00Z') }).alerts;

  await timed(`ingest ${ALERTS.toLocaleString('en')}`, ALERTS, async () => {
    for (let i = 0; i < ALERTS; i += CALL) {
      const items = await client.bulkCreate(Array.from({ length: Math.min(CALL, ALERTS - i) }, (_, j) => alertAt(base, i + j)));
      const failed = items.find((item) => item.status !== 'created');
      if (failed) throw new Error(`ingest failed: ${JSON.stringify(failed)}`);
    }
  });
  // Every tenth alert, so the case's rows are spread over the table as real ones are.
  const step = Math.max(1, Math.floor(ALERTS / IN_CASE));
  const ids = Array.from({ length: IN_CASE }, (_, k) => `alert-${k * step}`);
  const batches = (fn: (batch: string[]) => Promise<{ updated: number }>) => async () => {
    let updated = 0;
    for (let i = 0; i < ids.length; i += CALL) updated += (await fn(ids.slice(i, i + CALL))).updated;
    if (updated !== ids.length) throw new Error(`updated ${updated} of ${ids.length}`);
  };
  await timed(`addToArray case_ids ${IN_CASE.toLocaleString('en')}`, IN_CASE, batches((b) => client.addToArray(b, ALERT_FIELDS.caseIds, 'case-1')));
  await timed(`updateFields status ${IN_CASE.toLocaleString('en')}`, IN_CASE, batches((b) =>
    client.updateFields(b, { [ALERT_FIELDS.workflowStatus]: 'closed', [ALERT_FIELDS.workflowStatusUpdatedAt]: '2025-01-02T00:00:00.000Z', [ALERT_FIELDS.workflowReason]: 'false_positive' }),
  ));
  const inCase = f.term(ALERT_FIELDS.caseIds, 'case-1');
  const page = await timed('page of the case, @timestamp desc', 1, () =>
    client.search({ filter: inCase, sort: [{ field: '@timestamp', order: 'desc' }], page: 1, perPage: 20 }),
  );
  const terms = await timed('terms host.name/host.id/user.name in case', 1, () =>
    client.search({
      filter: inCase,
      perPage: 0,
      aggs: {
        hosts: { terms: { field: 'host.name', size: 10 } },
        hostIds: { cardinality: { field: 'host.id' } },
        users: { terms: { field: 'user.name', size: 10 } },
      },
    }),
  );
  await timed('page of closed alerts, risk score desc', 1, () =>
    client.search({ filter: f.term(ALERT_FIELDS.workflowStatus, 'closed'), sort: [{ field: ALERT_FIELDS.riskScore, order: 'desc' }], perPage: 20 }),
  );
  await timed('filter on an entity field (file.hash.sha256)', 1, () =>
    client.search({ filter: f.exists('file.hash.sha256'), perPage: 1 }),
  );
  // Printed so a before/after pair can be compared for identical results.
  console.log('check', JSON.stringify({ total: page.total, first: page.hits[0]?._id, aggs: terms.aggregations }).slice(0, 400));
  await service.stop();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
