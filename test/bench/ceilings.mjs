/**
 * Ceilings: what the hardware and the stack underneath the Cases server can do at best, so
 * that every API figure can be read as a fraction of a limit rather than in a vacuum.
 * - HTTP: bare Fastify 5 with one GET route answering `{ ok: true }`, in its own process,
 *   loaded by autocannon exactly like the API scenarios (same connection counts and
 *   durations). No auth, no body parsing, no storage: the most the HTTP layer, one Node
 *   event loop and the load generator on this machine allow.
 * - Storage: raw better-sqlite3, in this process, on a file in the same temporary folder
 *   the server's data lives in, with the store's settings (WAL, synchronous=FULL, 64 MiB
 *   cache): inserts of case-sized JSON documents (the seeder's attributes) in transactions of
 *   1,000 rows and one row per autocommit transaction (one fsync each), then point reads by
 *   primary key. No saved-objects layer, no derived columns, no FTS, no JSON.parse.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRow, rssMiB, runLoad } from './api_load.mjs';
import { percentile, round } from './stats.mjs';
import { generateCase } from './generate/documents.mjs';
import { seededRandom } from './generate/vocabulary.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

export const API_CONNECTIONS = { write: 50, read: 20 };

function startHello() {
  const child = spawn(process.execPath, [join(here, 'ceilings_hello_server.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`hello server not listening in 10 s:\n${out}`)), 10_000);
    child.stdout.on('data', (d) => {
      out += d;
      const match = /listening (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          pid: child.pid,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr.on('data', (d) => (out += d));
    exited.then((code) => reject(new Error(`hello server exited ${code}:\n${out}`)));
  });
}

/** Runs `op(i)` until `seconds` have passed or `max` ops are done; per-op times in ms. */
function timeOps(op, seconds, max) {
  const times = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  for (let i = 0; i < max && performance.now() < deadline; i++) {
    const t = performance.now();
    op(i);
    times.push(performance.now() - t);
  }
  return { times, seconds: (performance.now() - started) / 1000 };
}

function storageRow(scenario, unit, { times, seconds }, perOp = 1) {
  return {
    scenario,
    conns: '1 (in-process)',
    requests: times.length * perOp,
    'req/s': round((times.length * perOp) / seconds, 0),
    'p50 ms': round(percentile(times, 50), 3),
    'p95 ms': round(percentile(times, 95), 3),
    'p99 ms': round(percentile(times, 99), 3),
    'non-2xx': '',
    timeouts: '',
    'peak RSS MiB': round(rssMiB(process.pid, 'VmHWM'), 0),
    unit,
  };
}

function benchStorage({ quick, rows }) {
  const Database = require('better-sqlite3');
  const dir = mkdtempSync(join(tmpdir(), 'cases-bench-sqlite-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, type TEXT NOT NULL, doc TEXT NOT NULL) WITHOUT ROWID');
    const random = seededRandom(7);
    const people = [{ username: 'elastic', full_name: null, email: null, profile_uid: 'u_bench_0' }];
    const docs = Array.from({ length: 1_000 }, (_, n) => JSON.stringify(generateCase({ n: n + 1, total: 1_000, random, people, commentsPerCase: 0 }).attributes));
    const insert = db.prepare('INSERT INTO docs (id, type, doc) VALUES (?, ?, ?)');
    let next = 0;
    const insertOne = () => {
      insert.run(`case-${String(next).padStart(8, '0')}-${next.toString(36)}`, 'cases', docs[next % docs.length]);
      next++;
    };
    const batch = db.transaction(() => {
      for (let i = 0; i < 1_000; i++) insertOne();
    });
    // Batches first: they also fill the table the point reads read, to the API section's case
    // count, so that a point read walks a B-tree as deep as the server's.
    const batches = timeOps(() => batch(), quick ? 1 : 5, quick ? 20 : 100);
    while (next < rows) batch();
    const autocommit = timeOps(insertOne, quick ? 1 : 5, 100_000);
    const total = next;
    const select = db.prepare('SELECT doc FROM docs WHERE id = ?');
    const ids = Array.from({ length: 10_000 }, () => {
      const n = Math.floor(random() * total);
      return `case-${String(n).padStart(8, '0')}-${n.toString(36)}`;
    });
    const reads = timeOps(
      (i) => {
        if (select.get(ids[i % ids.length]) === undefined) throw new Error('point read missed');
      },
      quick ? 1 : 5,
      5_000_000,
    );
    const docBytes = Math.round(docs.reduce((s, d) => s + d.length, 0) / docs.length);
    return {
      docBytes,
      rows: [
        storageRow('raw SQLite insert, 1,000-row transactions', 'rows/s; latency per 1,000-row transaction', batches, 1_000),
        storageRow('raw SQLite insert, autocommit (1 fsync each)', 'rows/s; latency per insert', autocommit),
        storageRow(`raw SQLite point read by primary key (${total.toLocaleString('en-US')} rows)`, 'reads/s; latency per read', reads),
      ],
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Returns `{ rows, http: { [connections]: req/s }, storage: { insertAutocommit, insertBatch,
 * pointRead } }` so that the API section can state each scenario as a fraction of its ceiling.
 */
export async function benchCeilings({ quick, duration, tableRows }) {
  const rows = [];
  const http = {};
  const hello = await startHello();
  try {
    for (const connections of [API_CONNECTIONS.read, API_CONNECTIONS.write]) {
      const r = await runLoad({
        name: `hello-world ${connections}`,
        url: hello.url,
        connections,
        duration,
        pid: hello.pid,
        requests: [{ method: 'GET', path: '/hello' }],
      });
      http[connections] = r.rps;
      rows.push({ ...loadRow('HTTP: bare Fastify 5, GET → { ok: true }', connections, r), unit: 'req/s' });
    }
  } finally {
    await hello.stop();
  }
  const storage = benchStorage({ quick, rows: tableRows });
  rows.push(...storage.rows);
  const rate = (i) => storage.rows[i]['req/s'];
  return { rows, docBytes: storage.docBytes, http, storage: { insertBatch: rate(0), insertAutocommit: rate(1), pointRead: rate(2) } };
}
