#!/usr/bin/env node
/**
 * Fills a stopped server's data folder with cases, fast: opens its SQLite file with the BUILT
 * saved-objects layer (the same code the server runs, so the rows, derived columns and FTS
 * tables are exactly what the server would write), registers the cases types and bulk-creates
 * cases in single-transaction batches of 1,000, then sets the per-space case-number counter so
 * the next case created through the API continues the sequence.
 *
 *   node test/bench/ui_seed_cases.mjs <dataDir> <count> [profileUid]
 *
 * Run it as a child process while no server has the folder open: a bulk load through the API
 * would spend its time in HTTP, authorization and user actions, none of which the list page
 * reads.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const built = (path) => require(join(root, 'build/server', path));

const BATCH = 1_000;
const WORDS = ['phishing', 'malware', 'ransomware', 'lateral', 'movement', 'credential', 'dumping', 'beacon', 'exfiltration', 'brute', 'force', 'privilege', 'escalation', 'suspicious', 'powershell', 'dns', 'tunnel', 'impossible', 'travel', 'persistence'];
const HOSTS = ['web-01', 'db-02', 'dc-01', 'vpn-gw', 'laptop-4411', 'mail-relay', 'k8s-node-7', 'jump-host'];
const TAGS = ['phishing', 'malware', 'insider', 'cloud', 'endpoint', 'network', 'p1', 'p2', 'customer', 'false-positive', 'mitre:T1059', 'mitre:T1566'];
const CATEGORIES = [null, 'Intrusion', 'Malware', 'Phishing', 'Data leak', 'Policy violation'];
const OWNERS = ['securitySolution', 'securitySolution', 'securitySolution', 'observability', 'cases'];
const STATUSES = ['open', 'open', 'open', 'in-progress', 'closed'];
const SEVERITIES = ['low', 'low', 'medium', 'medium', 'high', 'critical'];
const REPORTERS = [
  { username: 'elastic', full_name: null, email: null },
  { username: 'analyst1', full_name: 'Ana Lyst', email: 'ana@example.com' },
  { username: 'analyst2', full_name: 'Bo Hunter', email: 'bo@example.com' },
  { username: 'soc-lead', full_name: 'Sam Lead', email: 'sam@example.com' },
];

/** A small deterministic generator: the same data on every run, so runs compare. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUS_RANK = { open: 0, 'in-progress': 1, closed: 2 };
const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 };

export function caseAttributes(n, total, random, profileUid) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Spread creation over the last year, oldest first, so case numbers follow creation time.
  const createdAt = new Date(Date.now() - (total - n) * ((365 * 86_400_000) / total) - 60_000);
  const status = pick(STATUSES);
  const severity = pick(SEVERITIES);
  const reporter = pick(REPORTERS);
  const title = `${pick(WORDS)} ${pick(WORDS)} on ${pick(HOSTS)} #${n}`;
  const tags = [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(TAGS)))];
  const updatedAt = status === 'open' && random() < 0.5 ? null : new Date(createdAt.getTime() + Math.floor(random() * 3_600_000));
  const closedAt = status === 'closed' ? new Date((updatedAt ?? createdAt).getTime() + 1000) : null;
  return {
    title,
    description: `Alert triage for ${title}.\n\n- host: **${pick(HOSTS)}**\n- source: \`${pick(WORDS)}\`\n\nSee the timeline for details.`,
    tags,
    owner: pick(OWNERS),
    status,
    severity,
    assignees: profileUid && random() < 0.3 ? [{ uid: profileUid }] : [],
    category: pick(CATEGORIES),
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    settings: { syncAlerts: random() < 0.7 },
    external_service: null,
    customFields: [],
    incremental_id: n,
    created_at: createdAt.toISOString(),
    created_by: reporter,
    updated_at: updatedAt?.toISOString() ?? null,
    updated_by: updatedAt ? reporter : null,
    closed_at: closedAt?.toISOString() ?? null,
    closed_by: closedAt ? reporter : null,
    duration: closedAt ? Math.round((closedAt.getTime() - createdAt.getTime()) / 1000) : null,
    in_progress_at: status === 'open' ? null : createdAt.toISOString(),
    time_to_acknowledge: null,
    time_to_investigate: null,
    time_to_resolve: null,
    status_rank: STATUS_RANK[status],
    severity_rank: SEVERITY_RANK[severity],
  };
}

export async function seedCases({ dataDir, count, profileUid, log = () => {} }) {
  const { createSqliteBackend } = built('core/saved_objects/sqlite/sqlite_backend.js');
  const { TypeRegistry } = built('core/saved_objects/type_registry.js');
  const { casesSavedObjectTypes } = built('saved_object_types/index.js');
  const { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } = built('saved_object_types/id_counter.js');
  const { CASE_SAVED_OBJECT, CASE_ID_INCREMENTER_SAVED_OBJECT } = require(join(root, 'build/common/constants.js'));

  const registry = new TypeRegistry();
  for (const type of casesSavedObjectTypes) registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path: join(dataDir, 'cases.sqlite'), registry });
  await backend.start();
  const random = rng(42);
  const started = performance.now();
  try {
    for (let first = 1; first <= count; first += BATCH) {
      const objects = [];
      for (let n = first; n < Math.min(first + BATCH, count + 1); n++) {
        objects.push({ type: CASE_SAVED_OBJECT, attributes: caseAttributes(n, count, random, profileUid) });
      }
      const { saved_objects: items } = await backend.repository.bulkCreate(objects, { refresh: false, user: 'elastic' });
      const failed = items.find((item) => item.error);
      if (failed) throw new Error(`bulkCreate failed: ${JSON.stringify(failed.error)}`);
      if ((first - 1) % 20_000 === 0) log(`seeded ${first - 1 + objects.length} / ${count}`);
    }
    // The counter creates itself at `initial` and increments: it ends at `count`.
    const last = await backend.repository.incrementCounter(CASE_ID_INCREMENTER_SAVED_OBJECT, CASE_ID_COUNTER_OBJECT_ID, CASE_ID_COUNTER_FIELD, {
      initial: count - 1,
    });
    if (last !== count) throw new Error(`case counter ended at ${last}, expected ${count}: was the folder already seeded?`);
    backend.optimize();
  } finally {
    await backend.close();
  }
  return { ms: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dataDir, count, profileUid] = process.argv.slice(2);
  if (!dataDir || !count) {
    console.error('usage: node test/bench/ui_seed_cases.mjs <dataDir> <count> [profileUid]');
    process.exit(2);
  }
  seedCases({ dataDir, count: Number(count), profileUid, log: (m) => console.error(m) }).then(
    ({ ms }) => console.log(JSON.stringify({ seeded: Number(count), ms: Math.round(ms) })),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
