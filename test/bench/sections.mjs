/**
 * The run's results as titled sections, each with a note that says how the figure was taken
 * and what limits it. The notes name the sizes and words of this run, so they stay true when
 * `--sizes` changes them.
 */
import { VOCABULARY_SIZE } from './generate/vocabulary.mjs';
import { round } from './stats.mjs';
import { evaluateTargets } from './targets.mjs';
import { LOADED_CONNECTIONS } from './under_load.mjs';

const fmt = (n) => n.toLocaleString('en-US');
const percent = (share) => `${round(100 * share, 1)}%`;

function generationSection(generation) {
  const word = generation[0]?.searchWord;
  return {
    title: 'Data generation',
    note:
      'Cases, their comments and their user actions (one `create_case` per case, one per comment) written by one process through the built saved-objects layer, the code the server runs, into a stopped server\'s data folder: single-transaction bulk writes of up to 5,000 objects. ' +
      `Titles, descriptions and comments are drawn from ${VOCABULARY_SIZE} words with a Zipf-like skew, plus hosts, accounts, IP addresses and hashes; statuses, severities, tags, categories, owners and assignees are skewed as in a SOC, old cases mostly closed; the securitySolution owner has a configuration of four custom fields (two toggles, a text, a number) and its cases hold values for them, often null. Deterministic (seeded). ` +
      'Rates count the write calls alone. Limited by the layer\'s per-object work on one thread (JSON, the derived index rows of every mapped field, FTS5 tokenizing) and by B-trees outgrowing the page cache as the store grows. ' +
      `The text-search scenarios search for \`${word}\`, which is in the share of cases given in the last column.`,
    rows: generation.map((g) => ({
      cases: fmt(g.cases),
      comments: fmt(g.comments),
      'user actions': fmt(g.userActions),
      'cases/s': fmt(Math.round(g.casesPerSecond)),
      'comments/s': g.comments ? fmt(Math.round(g.commentsPerSecond)) : '',
      'user actions/s': fmt(Math.round(g.userActionsPerSecond)),
      'total s': round(g.seconds, 1),
      'store MiB': round(g.storeMiB, 0),
      [`cases with "${g.searchWord}"`]: percent(g.searchWordShare),
    })),
  };
}

function ceilingsSection(ceilings) {
  return {
    title: 'Ceilings',
    note:
      'What the stack underneath can do at best, measured in the same run, so each API figure reads as a fraction of a limit. HTTP: bare Fastify 5 answering `{ ok: true }`, no auth, no storage, loaded like the API scenarios; limited by one Node event loop and by autocannon sharing the cores. ' +
      `Storage: raw better-sqlite3 in this process, the store's settings (WAL, synchronous=FULL), case documents of about ${fmt(ceilings.docBytes)} bytes; batches are limited by the CPU, autocommit inserts by one fsync each, point reads by the B-tree walk and copying the row out.`,
    rows: ceilings.rows,
  };
}

function apiSection(api, generated) {
  return {
    title: `API at ${fmt(generated.cases)} cases`,
    note:
      `One route at a time, each for a fixed time, on ${fmt(generated.cases)} generated cases with ${round(generated.comments / generated.cases, 1)} comments each on average; reads first, so they see exactly the generated data, then writes. ` +
      'Each request is authenticated (cached credentials), authorized, decoded strictly, answered from SQLite and encoded as JSON, all on the server\'s one event loop, which is what limits the reads; writes are also limited by committing to the WAL (fsync). ' +
      'Latency here includes queueing behind the other connections (about connections / throughput); the scale section measures query cost alone. ' +
      'The HTTP ceiling is the hello-world rate at the same connection count; the storage ceiling is the raw SQLite rate of the closest operation (point read, autocommit insert).',
    rows: api.rows,
  };
}

function scaleSection(scale, generation, timing) {
  const bySize = (size, key) => scale.find((s) => s.size === size)[key];
  const first = scale[0];
  const last = scale[scale.length - 1];
  const rows = scale.map((s) => ({
    cases: fmt(s.size),
    'comments per case': generation.find((g) => g.cases === s.size)?.commentsPerCase ?? 0,
    'filters: requests': s.filters.requests,
    'filters p50 ms': round(s.filters.p50, 2),
    'filters p95 ms': round(s.filters.p95, 2),
    'filters p99 ms': round(s.filters.p99, 2),
    'custom field: requests': s.customField.requests,
    'custom field p50 ms': round(s.customField.p50, 2),
    'custom field p95 ms': round(s.customField.p95, 2),
    'custom field p99 ms': round(s.customField.p99, 2),
    'text: requests': s.text.requests,
    'text p50 ms': round(s.text.p50, 2),
    'text p95 ms': round(s.text.p95, 2),
    'text p99 ms': round(s.text.p99, 2),
  }));
  if (scale.length > 1) {
    rows.push({
      cases: `growth ${fmt(first.size)} → ${fmt(last.size)}`,
      'filters p95 ms': `${round(bySize(last.size, 'filters').p95 / bySize(first.size, 'filters').p95, 2)}×`,
      'custom field p95 ms': `${round(bySize(last.size, 'customField').p95 / bySize(first.size, 'customField').p95, 2)}×`,
      'text p95 ms': `${round(bySize(last.size, 'text').p95 / bySize(first.size, 'text').p95, 2)}×`,
    });
  }
  return {
    title: '`_find` at scale, one connection',
    note:
      `\`_find\` with one status, one severity and one common tag (drawn per request); \`_search\` (POST /internal/cases/_search, what the cases list sends once a custom field filter is added) with the same filters, the owner whose configuration defines the field, and the toggle \`escalated\` = true (about one case in ten of that owner); and \`_find\` with a one-word text search; on a freshly started server per size, ONE connection: after ${timing.warmup} warm-up requests, requests one after another for up to ${timing.seconds} s or ${fmt(timing.maxRequests)} requests. ` +
      'One connection because under N connections a single-threaded server\'s latency is mostly queueing (about N / throughput), not the cost of the query. ' +
      'What limits it is how much of the match set a request visits: the filters are indexed columns (a toggle custom field is a `key=value` term of one derived keyword array, indexed like tags) and the text search an FTS5 match, and each request cuts a page in creation-time order and counts the matches per status (the open / in-progress / closed totals). The matches are a fixed share of all cases here, so that work grows with the store unless the plan avoids visiting them all. ' +
      'At the size with comments each page also counts its cases\' comments.',
    rows,
  };
}

function loadedSection(loaded, size) {
  return {
    title: `Under load at ${fmt(size)} cases`,
    note:
      `A freshly started server on ${fmt(size)} generated cases takes ${LOADED_CONNECTIONS} connections of each scenario in turn; latency includes queueing. ` +
      `Its peak resident set (VmHWM, the kernel's high-water mark over the whole process life) was ${round(loaded.serverPeakMiB, 0)} MiB: limited by the V8 heap under load plus SQLite's page cache and memory-mapped reads of the store, which are capped by configuration, not by the number of cases.`,
    rows: loaded.rows,
  };
}

function readPoolSections(readPool, size) {
  const base = readPool.throughput.find((r) => r.workers === 0);
  return [
    {
      title: `Read workers: \`_find\` throughput at ${fmt(size)} cases`,
      note:
        `\`_find\` with status, severity and tag (drawn per request), ${readPool.throughput[0].connections} connections, on a server started with \`savedObjects.sqlite.readWorkers\` set to each count in turn, same data. ` +
        '0 runs finds on the event loop (no pool); N runs them on N threads with their own read-only connections, while the event loop keeps HTTP, auth, JSON and the conversion of rows (model-version migrations). ' +
        'What limits it is the cores: beyond them workers only contend, and autocannon runs on the same machine. A worker costs a message each way per find, which the pool off does not pay.',
      rows: readPool.throughput.map((r) => ({
        'read workers': r.workers === 0 ? '0 (pool off)' : r.workers,
        requests: r.requests,
        'req/s': round(r.rps, 0),
        'vs pool off': `${round(r.rps / base.rps, 2)}×`,
        'p50 ms': round(r.p50, 2),
        'p95 ms': round(r.p95, 2),
      })),
    },
    {
      title: `Read workers: other requests during a worst-case search at ${fmt(size)} cases`,
      note:
        `Heavy clients send, one after another each, the heaviest search the search limits allow (20 terms, 5 of them two-letter prefixes, all common: nearly every case matches, ranked and counted per status). ` +
        'Meanwhile one more client asks, one request at a time, for a random case by id and for /api/status, alternately; their p95 is the figure (target: under 200 ms). ' +
        `The last row sets the time budget to ${readPool.budgetMs} ms, a quarter of what the heavy search takes alone (${round(readPool.heavySoloMs, 1)} ms), so each heavy search is cancelled with 503 and its worker replaced. ` +
        'With the pool off the heavy search runs on the event loop and every other request waits behind it.',
      rows: readPool.isolation,
    },
  ];
}

export function buildSections(results) {
  const { sizes, scenarioSize, startup, generation, ceilings, api, scale, loaded, ui, timing, readPool } = results;
  const sections = [
    {
      title: 'Targets',
      note: 'Set for the embedded store on a 2-core machine (the header says what this run ran on). Each target against what this run measured; the sections below say how. The alerts targets are in the Alerts section, which `--alerts` rewrites alone.',
      rows: evaluateTargets(results),
    },
    {
      title: 'Startup',
      note: 'From process start to the ready line and to the first authenticated answer of GET /api/status, embedded store. Limited by loading the code and opening SQLite; the first start also hashes the superuser password with scrypt.',
      rows: startup,
    },
    generationSection(generation),
    ceilingsSection(ceilings),
  ];
  if (api) sections.push(apiSection(api, generation.find((g) => g.cases === scenarioSize)));
  if (readPool) sections.push(...readPoolSections(readPool, scenarioSize));
  sections.push(scaleSection(scale, generation, timing));
  if (loaded) sections.push(loadedSection(loaded, sizes[sizes.length - 1]));
  if (ui) {
    sections.push({
      title: 'UI',
      note: `Headless Chromium, logged in: from navigating to /app/cases until the first page of rows is in the cases table, with ${fmt(scenarioSize)} generated cases. Cold is the first load after the server starts, with the browser's cache emptied; p50 and max are over 5 further (warm) loads in the same profile. kB are bytes received over the wire until the first row (compressed, headers included). Limited by loading and parsing the bundle, the list's API calls (a page of cases with their counts) and the first render.`,
      rows: ui,
    });
  }
  return sections;
}
