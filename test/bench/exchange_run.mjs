/**
 * The "Export and import" benchmark (issue 18), against the built server:
 * - seeds a folder of cases with 10 comments each on average, and their user actions
 *   (10,000 cases; `--quick` 500; `--sizes=N` N, a development run);
 * - exports every case (`POST /api/saved_objects/_export`, type `cases`: each case brings its
 *   comments and user actions) streamed to a temporary file, and checks what it holds;
 * - imports that file, streamed from disk, into an empty space with the same ids, then again
 *   into another space with createNewCopies, and checks each answer and counts read back over
 *   the Cases API in the space;
 * - samples the server's RSS throughout: idle after a first GET /api/status, then the peak of
 *   each step.
 * A full `npm run bench` runs it after the files benchmark, on a folder of its own.
 */
import { createWriteStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Agent, fetch, FormData } from 'undici';
import { benchAuthHeader, startBuiltServer } from './built_server.mjs';
import { checkCount, checkExport, checkImport, expectedExport, importedCaseId, tallyExport } from './exchange_checks.mjs';
import { COPIES_SPACE, EXCHANGE_COMMENTS_PER_CASE, exchangeCases, IMPORT_SPACE } from './exchange_settings.mjs';
import { createSeededFolder } from './generate/seeded_folder.mjs';
import { baselineRss, sampleRss } from './rss_sampler.mjs';

// An import of 200,000 objects answers only once it is done: no client timeout may cut it short.
const dispatcher = new Agent({ headersTimeout: 0, bodyTimeout: 0 });
const headers = { authorization: benchAuthHeader, 'kbn-xsrf': 'bench' };

async function call(url, path, init = {}) {
  const res = await fetch(`${url}${path}`, { dispatcher, ...init, headers: { ...headers, ...init.headers } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res;
}

const json = async (url, path, init) => (await call(url, path, init)).json();
const postJson = (url, path, body) => json(url, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Runs `step` while sampling the server's RSS: `{ result, seconds, rss: { before, peak, samples } }` (MiB). */
async function measured(pid, step) {
  const before = await baselineRss(pid);
  const sampler = sampleRss(pid);
  const started = performance.now();
  let result;
  try {
    result = await step();
  } catch (error) {
    sampler.stop();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const { peak, samples } = sampler.stop();
  return { result, seconds, rss: { before, peak, samples: samples.length } };
}

/** The export, streamed to `file` as it arrives: the client holds one chunk at a time. */
async function exportTo(url, file) {
  const res = await call(url, '/api/saved_objects/_export', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: ['cases'], excludeExportDetails: false }),
  });
  await pipeline(Readable.fromWeb(res.body), createWriteStream(file));
}

/** The file as the multipart `file` field; openAsBlob reads it from disk as the request is sent. */
async function importFrom(url, space, file, query) {
  const form = new FormData();
  form.append('file', await openAsBlob(file, { type: 'application/ndjson' }), 'export.ndjson');
  return json(url, `/s/${space}/api/saved_objects/_import${query}`, { method: 'POST', body: form });
}

/**
 * What the import wrote, read back over the Cases API in its space: every case (`_find`'s
 * total), and the seeded case with the most comments, its comments and its user actions (one
 * `create_case` and one per comment).
 */
async function checkSpace(url, space, { cases, sample, successResults, newCopies }) {
  const found = await json(url, `/s/${space}/api/cases/_find?perPage=1`);
  checkCount(`cases in space ${space} (_find total)`, found.total, cases);
  const id = importedCaseId(successResults, sample.id, { newCopies });
  const comments = await json(url, `/s/${space}/api/cases/${id}/comments/_find?perPage=1`);
  checkCount(`comments of case ${id} in space ${space}`, comments.total, sample.comments);
  const actions = await json(url, `/s/${space}/api/cases/${id}/user_actions/_find?perPage=1`);
  checkCount(`user actions of case ${id} in space ${space}`, actions.total, sample.comments + 1);
}

async function runSteps({ url, pid, folder, workDir }) {
  await json(url, '/api/status');
  const idle = await baselineRss(pid, 10);
  const expected = expectedExport(folder.report);
  const file = join(workDir, 'export.ndjson');

  console.error(`exchange bench: exporting ${expected.total.toLocaleString('en-US')} objects…`);
  const exported = await measured(pid, () => exportTo(url, file));
  const objects = checkExport(await tallyExport(file), expected);
  const bytes = statSync(file).size;

  const sample = folder.seededCases().reduce((most, c) => (c.comments > most.comments ? c : most));
  const imports = [];
  for (const [space, query, newCopies] of [
    [IMPORT_SPACE, '', false],
    [COPIES_SPACE, '?createNewCopies=true', true],
  ]) {
    await postJson(url, '/api/spaces/space', { id: space, name: space });
    console.error(`exchange bench: importing into ${space}${newCopies ? ' as new copies' : ''}…`);
    const step = await measured(pid, () => importFrom(url, space, file, query));
    const successResults = checkImport(step.result, objects, `import into ${space}${query}`);
    await checkSpace(url, space, { cases: folder.size, sample, successResults, newCopies });
    imports.push({ space, newCopies, seconds: step.seconds, rss: step.rss });
  }
  return { idle, export: { seconds: exported.seconds, bytes, objects, rss: exported.rss }, imports };
}

/**
 * `{ cases, commentsPerCase, seeding, idle, export: { seconds, bytes, objects, rss }, imports:
 * [{ space, newCopies, seconds, rss }] }`, RSS in MiB. Throws when an answer is wrong.
 */
export async function runExchange({ main, quick, sizes = [], customSizes = false }) {
  const cases = exchangeCases({ quick, sizes, customSizes });
  console.error(`exchange bench: generating ${cases.toLocaleString('en-US')} cases, ${EXCHANGE_COMMENTS_PER_CASE} comments per case…`);
  const started = performance.now();
  const folder = await createSeededFolder({ main, cases, commentsPerCase: EXCHANGE_COMMENTS_PER_CASE, verbose: !quick });
  const seeding = { ...folder.report, wallSeconds: (performance.now() - started) / 1000 };
  const workDir = mkdtempSync(join(tmpdir(), 'cases-bench-exchange-'));
  let server;
  try {
    server = await startBuiltServer(main, folder.dataDir, { timeoutMs: 10 * 60_000 });
    let steps;
    try {
      steps = await runSteps({ url: server.url, pid: server.child.pid, folder, workDir });
    } catch (error) {
      throw new Error(`${error.message}\nthe server's last log lines:\n${server.output().slice(-4000)}`, { cause: error });
    }
    return { cases, commentsPerCase: EXCHANGE_COMMENTS_PER_CASE, seeding, ...steps };
  } finally {
    await server?.stop();
    rmSync(workDir, { recursive: true, force: true });
    folder.remove();
  }
}
