/**
 * API: the REST routes under load, on a generated data folder (generate/seeded_folder.mjs).
 * The built server starts on the folder and autocannon loads one route at a time from this
 * process over 127.0.0.1, each scenario bounded in time (and in count).
 *
 * Reads run first, so they see exactly the generated cases; writes after. The patch pool is
 * read (GET) before the timed runs, see api_requests.mjs. Comments and user actions are read
 * on cases that have generated comments.
 */
import { loadRow, rssMiB, runLoad } from './api_load.mjs';
import {
  addComment,
  createAnalyst,
  createCase,
  findText,
  findWithFilters,
  getCase,
  getCaseAsAnalyst,
  getEach,
  patchStatus,
  pick,
  READ_HEADERS,
  searchText,
  searchWithFilters,
  similarCases,
} from './api_requests.mjs';
import { startBuiltServer } from './built_server.mjs';
import { API_CONNECTIONS } from './ceilings.mjs';
import { round } from './stats.mjs';

const MAX_DOCS_PER_PAGE = 10_000;
const DEEP_PAGE_SIZE = 25;

/** Runs `fn` over `items` with at most `limit` in flight. */
async function inParallel(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

async function readPatchPool(url, ids) {
  const pool = [];
  await inParallel(ids, 20, async (id) => {
    const res = await fetch(`${url}/api/cases/${id}`, { headers: READ_HEADERS });
    if (res.status !== 200) throw new Error(`GET /api/cases/${id}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    const c = await res.json();
    pool.push({ id, version: c.version, status: c.status });
  });
  return pool;
}

/** The scenario definitions: name, connections, request, and which ceiling it is read against. */
function scenarios({ seeded, pool, size }) {
  const reads = API_CONNECTIONS.read;
  const writes = API_CONNECTIONS.write;
  const ids = seeded.map((c) => c.id);
  const securityIds = seeded.filter((c) => c.owner === 'securitySolution').map((c) => c.id);
  if (securityIds.length === 0) throw new Error('the role scenario needs Security cases in the data folder');
  const commented = seeded.filter((c) => c.comments > 0);
  if (commented.length === 0) throw new Error('the API scenarios need a data folder with comments');
  // The deepest page the API allows (it pages through at most 10,000 documents), or the last.
  const deepPage = Math.floor(Math.min(MAX_DOCS_PER_PAGE, size) / DEEP_PAGE_SIZE);
  return [
    { name: 'get case (random id)', connections: reads, request: getCase(ids), storage: 'pointRead' },
    // The same read by a user whose role is resolved per space: the cost of authorization by roles.
    { name: 'get case (random Security case) as soc_l2', connections: reads, request: getCaseAsAnalyst(securityIds), storage: 'pointRead' },
    { name: '_find, no filter (page 1 of 20)', connections: reads, request: getEach(() => '/api/cases/_find') },
    { name: '_find, status + severity + tag', connections: reads, request: findWithFilters() },
    { name: '_search, status + severity + tag + custom field (escalated=true)', connections: reads, request: searchWithFilters() },
    { name: '_find, text search (one word)', connections: reads, request: findText() },
    { name: '_search, text search (one word)', connections: reads, request: searchText() },
    { name: '_similar (random case with observables, page 1 of 10)', connections: reads, request: similarCases(seeded) },
    {
      name: `_find, sortField=updatedAt, page ${deepPage} of ${DEEP_PAGE_SIZE}`,
      connections: reads,
      request: getEach(() => `/api/cases/_find?sortField=updatedAt&sortOrder=desc&page=${deepPage}&perPage=${DEEP_PAGE_SIZE}`),
    },
    { name: 'create case', connections: writes, request: createCase(), storage: 'insertAutocommit' },
    { name: 'patch case (status toggle, current version)', connections: reads, request: patchStatus(pool) },
    { name: 'add comment (random case)', connections: reads, request: addComment(seeded) },
    { name: 'comments/_find (page 1 of 20)', connections: reads, request: getEach(() => `/api/cases/${pick(commented).id}/comments/_find?sortOrder=asc&page=1&perPage=20`) },
    { name: 'user_actions/_find (page 1 of 20)', connections: reads, request: getEach(() => `/api/cases/${pick(commented).id}/user_actions/_find?sortOrder=desc&perPage=20`) },
  ];
}

/**
 * `folder`: a seeded folder with comments, or a seeded cluster (generate/seeded_cluster.mjs,
 * whose `serverEnv` points the server at its alias); `ceilings`: benchCeilings' answer, for
 * the ratio columns, which are left out without it (an Elasticsearch run measures no ceiling).
 * Returns the rows and the server's peak resident set over the whole run.
 */
export async function benchApiScenarios({ main, folder, duration, ceilings }) {
  const server = await startBuiltServer(main, folder.dataDir, { env: folder.serverEnv });
  try {
    const { url } = server;
    const pid = server.child.pid;
    const seeded = folder.seededCases();
    const poolIds = [...seeded].sort(() => Math.random() - 0.5).slice(0, Math.min(seeded.length, 500));
    const pool = await readPatchPool(url, poolIds.map((c) => c.id));
    await createAnalyst(url);
    const rows = [];
    for (const s of scenarios({ seeded, pool, size: folder.size })) {
      const r = await runLoad({ name: s.name, url, connections: s.connections, duration, pid, requests: [s.request] });
      const row = loadRow(s.name, s.connections, r);
      if (ceilings) {
        row['% of HTTP ceiling'] = round((100 * r.rps) / ceilings.http[s.connections], 1);
        row['% of storage ceiling'] = s.storage ? round((100 * r.rps) / ceilings.storage[s.storage], 2) : '';
      }
      rows.push(row);
    }
    return { rows, serverPeakMiB: rssMiB(pid, 'VmHWM') };
  } finally {
    await server.stop();
  }
}
