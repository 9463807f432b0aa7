/**
 * The read pool (savedObjects.sqlite.readWorkers): what it does to read throughput, and
 * whether a heavy search still holds the other requests.
 *
 * - Throughput: `_find` with filters, loaded like the API scenarios, on a server started with
 *   the pool off (0) and with 1, 2 and 4 workers, on the same data folder.
 * - Isolation: while H clients send the heaviest search the search limits allow, one after
 *   another, a further client asks, one at a time, alternately for one case by id and for
 *   /api/status. Their p95 is the figure; the target is under 200 ms. Run with the
 *   pool off and on, and once with a time budget set below the heavy search's own duration,
 *   so every heavy search is cancelled (503) by construction.
 */
import { runLoad } from './api_load.mjs';
import { findWithFilters, pick, READ_HEADERS } from './api_requests.mjs';
import { startBuiltServer } from './built_server.mjs';
import { API_CONNECTIONS } from './ceilings.mjs';
import { percentile, round } from './stats.mjs';

export const WORKER_COUNTS = [0, 1, 2, 4];
const HEAVY_CLIENTS = [1, 4];

/**
 * The search limits allow 20 terms, 5 of them prefixes of at least 2 characters: the 15 most
 * common words of the generated text and 5 short prefixes of common beginnings, OR-ed (the
 * default), match nearly every case, which relevance then ranks and the list counts per status.
 */
export const HEAVY_SEARCH =
  'suspicious login alert user process host detected activity network file access account connection endpoint malware ' +
  'ac* co* ex* se* pr*';
const heavyPath = `/api/cases/_find?search=${encodeURIComponent(HEAVY_SEARCH)}&perPage=20`;

const workersFlag = (n) => `--savedObjects.sqlite.readWorkers=${n}`;

async function timed(url, path) {
  const started = performance.now();
  const res = await fetch(`${url}${path}`, { headers: READ_HEADERS, signal: AbortSignal.timeout(120_000) });
  await res.arrayBuffer();
  return { status: res.status, ms: performance.now() - started };
}

/** H clients repeating the heavy search until `stop()`; each answer must be 200 or 503. */
function heavyClients(url, count) {
  let running = true;
  const samples = [];
  const statuses = {};
  const loops = Array.from({ length: count }, async () => {
    while (running) {
      const { status, ms } = await timed(url, heavyPath);
      if (status !== 200 && status !== 503) throw new Error(`heavy search answered ${status}`);
      statuses[status] = (statuses[status] ?? 0) + 1;
      samples.push(ms);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return { samples, statuses };
    },
  };
}

/** One client, one request at a time: get case and status alternately, for `seconds`. */
async function probe(url, ids, seconds) {
  const get = [];
  const status = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const a = await timed(url, `/api/cases/${pick(ids)}`);
    const b = await timed(url, '/api/status');
    if (a.status !== 200 || b.status !== 200) throw new Error(`probe answered ${a.status} / ${b.status}`);
    get.push(a.ms);
    status.push(b.ms);
  }
  return { get, status };
}

async function isolationRow({ main, folder, ids, seconds, workers, heavy, budgetMs }) {
  const args = [workersFlag(workers), ...(budgetMs ? [`--savedObjects.sqlite.queryTimeout=${budgetMs}`] : [])];
  const server = await startBuiltServer(main, folder.dataDir, { args });
  try {
    await timed(server.url, heavyPath);
    const clients = heavyClients(server.url, heavy);
    const probed = await probe(server.url, ids, seconds);
    const { samples, statuses } = await clients.stop();
    return {
      'read workers': workers === 0 ? '0 (pool off)' : workers,
      'query budget': budgetMs ? `${budgetMs} ms` : '10 s (default)',
      'heavy clients': heavy,
      'heavy searches': samples.length,
      'heavy p50 ms': round(percentile(samples, 50), 1),
      'heavy 503': statuses[503] ?? 0,
      'get case: requests': probed.get.length,
      'get case p95 ms': round(percentile(probed.get, 95), 2),
      'status p95 ms': round(percentile(probed.status, 95), 2),
      'get case max ms': round(Math.max(...probed.get), 1),
    };
  } finally {
    await server.stop();
  }
}

async function throughputRow({ main, folder, duration, workers }) {
  const server = await startBuiltServer(main, folder.dataDir, { args: [workersFlag(workers)] });
  try {
    const connections = API_CONNECTIONS.read;
    const r = await runLoad({ name: `_find filters, ${workers} workers`, url: server.url, connections, duration, pid: server.child.pid, requests: [findWithFilters()] });
    return { workers, connections, requests: r.requests, rps: r.rps, p50: r.p50, p95: r.p95 };
  } finally {
    await server.stop();
  }
}

/** Solo duration of the heavy search on the default pool: what the budget run is set below. */
async function heavySolo(main, folder) {
  const server = await startBuiltServer(main, folder.dataDir);
  try {
    await timed(server.url, heavyPath);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push((await timed(server.url, heavyPath)).ms);
    return percentile(runs, 50);
  } finally {
    await server.stop();
  }
}

/** Returns `{ throughput, isolation, heavySoloMs, budgetMs }`. */
export async function benchReadPool({ main, folder, duration }) {
  const ids = folder.seededCases().map((c) => c.id);
  const throughput = [];
  for (const workers of WORKER_COUNTS) throughput.push(await throughputRow({ main, folder, duration, workers }));
  const heavySoloMs = await heavySolo(main, folder);
  // A quarter of what the search needs alone: every heavy search passes it, whatever the machine.
  const budgetMs = Math.max(1, Math.floor(heavySoloMs / 4));
  const isolation = [];
  for (const workers of [0, 2]) {
    for (const heavy of HEAVY_CLIENTS) isolation.push(await isolationRow({ main, folder, ids, seconds: duration, workers, heavy }));
  }
  isolation.push(await isolationRow({ main, folder, ids, seconds: duration, workers: 2, heavy: 4, budgetMs }));
  return { throughput, isolation, heavySoloMs, budgetMs };
}
